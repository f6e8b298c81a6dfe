using System.Net;
using System.Text.Json;
using ResumeRefiner.Api.Tests.Infrastructure;

namespace ResumeRefiner.Api.Tests.Observability;

/// <summary>
/// /metrics and the checks of /health/ready (AI host and model, AI cost, free disk) are operations data: with
/// METRICS_TOKEN set, for its bearer only; without, for callers on the server itself. Readiness status stays public.
/// </summary>
public sealed class OperationsAccessTests
{
    private static readonly Dictionary<string, string?> NoToken = new() { ["METRICS_TOKEN"] = "" };

    [Fact]
    public async Task With_a_token_metrics_answer_401_without_it_or_with_another_and_200_with_it()
    {
        using var factory = ApiFactory.Sqlite();
        using var client = factory.CreateClient();

        using var bare = await client.GetAsync(new Uri("/metrics", UriKind.Relative));
        using var wrong = await client.GetOperationsAsync("/metrics", ApiFactory.MetricsToken + "x");
        using var shorter = await client.GetOperationsAsync("/metrics", ApiFactory.MetricsToken[..^1]);
        using var right = await client.GetOperationsAsync("/metrics");

        foreach (var refused in new[] { bare, wrong, shorter })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
            Assert.EndsWith("operations-token-required", (await refused.ReadProblemAsync()).GetProperty("type").GetString(), StringComparison.Ordinal);
            Assert.Equal("Bearer", refused.Headers.WwwAuthenticate.Single().Scheme);
        }

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal("text/plain", right.Content.Headers.ContentType?.MediaType);
        Assert.Contains("# TYPE ", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_token_readiness_tells_everyone_its_status_and_only_the_token_its_checks()
    {
        using var factory = ApiFactory.Sqlite();
        using var client = factory.CreateClient();

        using var bare = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        using var wrong = await client.GetOperationsAsync("/health/ready", "not-the-token-but-quite-long-enough-anyway");
        using var right = await client.GetOperationsAsync("/health/ready");

        foreach (var outsider in new[] { bare, wrong })
        {
            var body = await ReadJsonAsync(outsider);
            Assert.Equal(HttpStatusCode.OK, outsider.StatusCode);
            Assert.Equal("ready", body.GetProperty("status").GetString());
            Assert.False(body.TryGetProperty("checks", out _));
        }

        Assert.True((await ReadJsonAsync(right)).GetProperty("checks").TryGetProperty("disk", out _));
    }

    [Fact]
    public async Task An_outsider_still_sees_503_when_the_replica_is_not_ready()
    {
        using var factory = ApiFactory.Sqlite(new Dictionary<string, string?> { ["MIN_FREE_DISK_MB"] = "1000000000" });
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var body = await ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("not-ready", body.GetProperty("status").GetString());
        Assert.False(body.TryGetProperty("checks", out _));
    }

    [Fact]
    public async Task With_a_token_a_caller_on_the_server_itself_needs_it_too()
    {
        await using var factory = ApiFactory.Sqlite();
        using var client = new HttpClient { BaseAddress = factory.StartOnSocket() };

        using var metrics = await client.GetAsync(new Uri("/metrics", UriKind.Relative));
        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, metrics.StatusCode);
        Assert.False((await ReadJsonAsync(ready)).TryGetProperty("checks", out _));
    }

    [Fact]
    public async Task Without_a_token_a_caller_on_the_server_itself_gets_metrics_and_checks()
    {
        await using var factory = ApiFactory.Sqlite(NoToken);
        using var client = new HttpClient { BaseAddress = factory.StartOnSocket() };

        using var metrics = await client.GetAsync(new Uri("/metrics", UriKind.Relative));
        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, metrics.StatusCode);
        Assert.True((await ReadJsonAsync(ready)).GetProperty("checks").TryGetProperty("database", out _));
    }

    [Fact]
    public async Task Without_a_token_a_client_forwarded_by_a_local_proxy_is_an_outsider()
    {
        // nginx on the same machine (KNOWN_PROXIES=127.0.0.1) forwards a public client: the client's address counts.
        await using var factory = ApiFactory.Sqlite(new Dictionary<string, string?> { ["METRICS_TOKEN"] = "", ["KNOWN_PROXIES"] = "127.0.0.1" });
        using var client = new HttpClient { BaseAddress = factory.StartOnSocket() };

        using var metrics = await SendForwardedAsync(client, "/metrics", "203.0.113.7");
        using var ready = await SendForwardedAsync(client, "/health/ready", "203.0.113.7");
        using var local = await SendForwardedAsync(client, "/metrics", "127.0.0.1");

        Assert.Equal(HttpStatusCode.Unauthorized, metrics.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.False((await ReadJsonAsync(ready)).TryGetProperty("checks", out _));
        Assert.Equal(HttpStatusCode.OK, local.StatusCode);
    }

    [Fact]
    public async Task Without_a_token_a_caller_of_unknown_address_is_an_outsider()
    {
        // The in-memory test server reports no remote address; nothing proves such a caller is on this machine.
        using var factory = ApiFactory.Sqlite(NoToken);
        using var client = factory.CreateClient();

        using var metrics = await client.GetAsync(new Uri("/metrics", UriKind.Relative));
        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, metrics.StatusCode);
        Assert.False((await ReadJsonAsync(ready)).TryGetProperty("checks", out _));
    }

    private static async Task<HttpResponseMessage> SendForwardedAsync(HttpClient client, string path, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return await client.SendAsync(request);
    }

    private static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
