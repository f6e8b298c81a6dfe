using System.ClientModel;
using System.Net.Sockets;
using Anthropic.Exceptions;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace ResumeRefiner.Api.Ai;

/// <summary>
/// Why a provider call failed, as a bounded category for logs, metrics and the job row (never the provider's text),
/// and whether asking again later can help: throttling, overload, server errors, timeouts, an open circuit and
/// network failures can; a request the provider refuses (bad key, bad request) cannot.
/// </summary>
public sealed record ProviderFailure(string Category, bool Transient)
{
    public const string LeaseExpired = "lease-expired";

    public static ProviderFailure Of(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        int? status = exception switch
        {
            AnthropicApiException api => (int)api.StatusCode,
            ClientResultException { Status: > 0 } openAi => openAi.Status,
            HttpRequestException { StatusCode: { } httpStatus } => (int)httpStatus,
            _ => null,
        };
        if (status is { } code)
        {
            return code switch
            {
                429 => new("rate-limited", true),
                529 => new("overloaded", true),
                408 or 504 => new("timeout", true),
                >= 500 => new("server-error", true),
                _ => new("rejected", false),
            };
        }

        return exception switch
        {
            BrokenCircuitException => new("circuit-open", true),
            TimeoutRejectedException or TimeoutException or OperationCanceledException => new("timeout", true),
            AnthropicIOException or HttpRequestException or IOException or SocketException or ClientResultException => new("connection", true),
            // A garbled stream or an SDK surprise: worth another try, and dead-lettered if it keeps happening.
            _ => new("unexpected", true),
        };
    }
}

/// <summary>What the provider's last answer asked for in <c>Retry-After</c>, if anything.</summary>
public sealed class RetryAfterHint
{
    public TimeSpan? Delay { get; internal set; }
}

/// <summary>
/// Outside the resilience handler, so it sees the answer the call finally gave up on, and notes its
/// <c>Retry-After</c> for the job that made the call (an async-local hint, so concurrent jobs do not mix).
/// The SDKs' exceptions carry the status but not the headers.
/// </summary>
internal sealed class RetryAfterProbe(TimeProvider clock) : DelegatingHandler
{
    private static readonly AsyncLocal<RetryAfterHint?> Current = new();

    /// <summary>Starts listening for the calls made from here on in this async flow.</summary>
    public static RetryAfterHint Listen()
    {
        var hint = new RetryAfterHint();
        Current.Value = hint;
        return hint;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (Current.Value is { } hint && response.Headers.RetryAfter is { } retryAfter)
        {
            hint.Delay = retryAfter.Delta ?? (retryAfter.Date is { } date ? date - clock.GetUtcNow() : null);
        }

        return response;
    }
}
