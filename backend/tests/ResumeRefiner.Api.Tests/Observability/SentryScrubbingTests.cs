using Microsoft.Extensions.Configuration;
using ResumeRefiner.Api.Configuration;
using ResumeRefiner.Api.Observability;
using Sentry;

namespace ResumeRefiner.Api.Tests.Observability;

public sealed class SentryScrubbingTests
{
    [Fact]
    public void Events_leave_without_request_body_cookies_query_auth_headers_or_user()
    {
        var sentryEvent = new SentryEvent(new InvalidOperationException("boom"))
        {
            User = new SentryUser { Email = "jane.example@example.com", IpAddress = "203.0.113.9" },
        };
        sentryEvent.Request.Data = "Jane Q. Example, 555 0134, Senior engineer at Acme";
        sentryEvent.Request.Cookies = "rr_workspace=secret-token";
        sentryEvent.Request.QueryString = "?format=pdf";
        sentryEvent.Request.Headers["Authorization"] = "Bearer secret-token";
        sentryEvent.Request.Headers["Cookie"] = "rr_workspace=secret-token";
        sentryEvent.Request.Headers["User-Agent"] = "test";

        var scrubbed = SentryScrubbing.Scrub(sentryEvent);

        Assert.Null(scrubbed.Request.Data);
        Assert.Null(scrubbed.Request.Cookies);
        Assert.Null(scrubbed.Request.QueryString);
        Assert.Equal(["User-Agent"], scrubbed.Request.Headers.Keys);
        Assert.Null(scrubbed.User.Email);
        Assert.Null(scrubbed.User.IpAddress);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("https://o0.ingest.sentry.io/1")]
    public void A_malformed_SENTRY_DSN_is_refused_without_echoing_it(string dsn)
    {
        var refusals = Refusals(("SENTRY_DSN", dsn));

        var refusal = Assert.Single(refusals);
        Assert.StartsWith("SENTRY_DSN", refusal, StringComparison.Ordinal);
        Assert.DoesNotContain(dsn, refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Observability_settings_have_safe_defaults()
    {
        var observability = new ObservabilityOptions();

        Assert.Null(observability.SentryDsn);
        Assert.Null(observability.OtlpEndpoint);
        Assert.Equal(500, new StorageOptions().MinFreeDiskMb);
        Assert.Empty(Refusals(("SENTRY_DSN", "https://abc123@o0.ingest.sentry.io/42"), ("OTEL_EXPORTER_OTLP_ENDPOINT", "http://otel-collector:4317")));
        Assert.Single(Refusals(("OTEL_EXPORTER_OTLP_ENDPOINT", "otel-collector:4317")));
    }

    private static IReadOnlyList<string> Refusals(params (string Key, string Value)[] values)
    {
        try
        {
            StartupSettings.Read(new ConfigurationBuilder()
                .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))
                .Build());
            return [];
        }
        catch (InvalidConfigurationException refused)
        {
            return refused.Refusals;
        }
    }
}
