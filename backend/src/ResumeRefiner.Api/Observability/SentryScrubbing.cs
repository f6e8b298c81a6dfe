using Sentry;

namespace ResumeRefiner.Api.Observability;

/// <summary>
/// What leaves for Sentry: the exception, the route and the trace, never request bodies, cookies, query strings,
/// auth headers or user details (a resume is personal data, and its text can be in a request body).
/// </summary>
public static class SentryScrubbing
{
    private static readonly string[] KeptHeaders = ["User-Agent", "Content-Type", "Content-Length", "Accept", "traceparent"];

    public static SentryEvent Scrub(SentryEvent sentryEvent)
    {
        ArgumentNullException.ThrowIfNull(sentryEvent);
        var request = sentryEvent.Request;
        request.Data = null;
        request.Cookies = null;
        request.QueryString = null;
        foreach (var header in request.Headers.Keys.ToList())
        {
            if (!KeptHeaders.Contains(header, StringComparer.OrdinalIgnoreCase))
            {
                request.Headers.Remove(header);
            }
        }

        sentryEvent.User = new SentryUser();
        return sentryEvent;
    }
}
