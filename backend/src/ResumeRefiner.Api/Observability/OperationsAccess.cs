using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using ResumeRefiner.Api.Configuration;
using ResumeRefiner.Api.Errors;

namespace ResumeRefiner.Api.Observability;

/// <summary>
/// Who may read operations data: <c>/metrics</c> and the checks of <c>/health/ready</c> (AI host and model, AI cost,
/// free disk). With METRICS_TOKEN set, only a caller sending <c>Authorization: Bearer &lt;METRICS_TOKEN&gt;</c>, from
/// any address, this machine included. Without it, only a caller on this machine (loopback, after forwarded headers
/// from KNOWN_PROXIES are applied); an unknown address (none, as an in-memory server reports) is not this machine.
/// </summary>
internal sealed class OperationsAccess(IOptions<ObservabilityOptions> observability)
{
    private const string Bearer = "Bearer ";

    // Hashes are compared, not the tokens, so the comparison takes the same time whatever the length sent.
    private readonly byte[]? _tokenHash = observability.Value.MetricsToken is { } token ? Hash(token) : null;

    public bool Allows(HttpContext context) =>
        _tokenHash is null ? IsLoopback(context.Connection.RemoteIpAddress) : SendsToken(context.Request, _tokenHash);

    /// <summary>Answers a refused caller: 401, the same whether or not a token is configured, so it tells nothing about the set-up.</summary>
    public static Task RefuseAsync(HttpContext context)
    {
        context.Response.Headers.WWWAuthenticate = "Bearer";
        return Problems.OperationsTokenRequired().ExecuteAsync(context);
    }

    private static bool SendsToken(HttpRequest request, byte[] tokenHash)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase)
            && CryptographicOperations.FixedTimeEquals(Hash(header[Bearer.Length..].Trim()), tokenHash);
    }

    private static bool IsLoopback(IPAddress? address) =>
        address is not null && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);

    private static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
