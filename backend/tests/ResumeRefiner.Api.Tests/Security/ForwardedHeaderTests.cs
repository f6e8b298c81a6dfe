using System.Net;
using ResumeRefiner.Api.Tests.Infrastructure;

namespace ResumeRefiner.Api.Tests.Security;

/// <summary>
/// On a real socket (the client is 127.0.0.1): X-Forwarded-For is believed only from a configured proxy, so a
/// client cannot dodge its rate limit by naming a new address on each request.
/// </summary>
public sealed class ForwardedHeaderTests
{
    [Fact]
    public async Task Without_a_known_proxy_a_client_cannot_choose_its_own_address()
    {
        var statuses = await RequestsWithForwardedAddressesAsync(knownProxies: null, ["203.0.113.1", "203.0.113.2", "203.0.113.3", "203.0.113.4"]);

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task Behind_a_known_proxy_each_forwarded_client_has_its_own_limit()
    {
        var distinct = await RequestsWithForwardedAddressesAsync("127.0.0.1", ["203.0.113.1", "203.0.113.2", "203.0.113.3", "203.0.113.4"]);
        var same = await RequestsWithForwardedAddressesAsync("127.0.0.1", ["203.0.113.9", "203.0.113.9", "203.0.113.9", "203.0.113.9"]);

        Assert.All(distinct, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, same[^1]);
    }

    private static async Task<List<HttpStatusCode>> RequestsWithForwardedAddressesAsync(string? knownProxies, string[] addresses)
    {
        await using var factory = ApiFactory.Sqlite(new Dictionary<string, string?>
        {
            ["RATE_LIMIT_PER_MINUTE"] = "3",
            ["KNOWN_PROXIES"] = knownProxies ?? string.Empty,
        });
        using var client = new HttpClient { BaseAddress = factory.StartOnSocket() };

        var statuses = new List<HttpStatusCode>();
        foreach (var forwarded in addresses)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/resumes");
            request.Headers.Add("X-Forwarded-For", forwarded);
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }
}
