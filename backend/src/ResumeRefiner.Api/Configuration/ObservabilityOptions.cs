using Microsoft.Extensions.Configuration;
using Serilog.Events;

namespace ResumeRefiner.Api.Configuration;

/// <summary>Logs, traces, metrics and error reports: how much is logged and where telemetry goes.</summary>
public sealed class ObservabilityOptions
{
    public const int MinimumMetricsTokenLength = 32;

    /// <summary>LOG_LEVEL: Verbose, Debug, Information, Warning, Error or Fatal.</summary>
    public LogEventLevel LogLevel { get; set; } = LogEventLevel.Information;

    /// <summary>LOG_FILE: optional path of a daily rolling log file, in addition to stdout.</summary>
    public string? LogFile { get; set; }

    /// <summary>SENTRY_DSN: optional; errors go to Sentry when set (never request bodies or personal data).</summary>
    public string? SentryDsn { get; set; }

    /// <summary>OTEL_EXPORTER_OTLP_ENDPOINT: optional OTLP collector (traces and metrics), e.g. http://otel-collector:4317.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>OTEL_SERVICE_NAME: the service name on traces and metrics.</summary>
    public string ServiceName { get; set; } = "resume-refiner-api";

    /// <summary>
    /// METRICS_TOKEN: optional bearer token (32+ chars) for /metrics and the checks of /health/ready. Unset, only
    /// callers on this machine get them.
    /// </summary>
    public string? MetricsToken { get; set; }

    /// <exception cref="InvalidConfigurationException">A value cannot be read; the message names the variable.</exception>
    internal void ReadFrom(IConfiguration configuration)
    {
        LogLevel = configuration.Mode("LOG_LEVEL", LogLevel, "LOG_LEVEL must be one of Verbose, Debug, Information, Warning, Error, Fatal");
        LogFile = configuration.Text("LOG_FILE");
        SentryDsn = configuration.Text("SENTRY_DSN");
        OtlpEndpoint = configuration.Text("OTEL_EXPORTER_OTLP_ENDPOINT");
        ServiceName = configuration.Text("OTEL_SERVICE_NAME") ?? ServiceName;
        MetricsToken = configuration.Text("METRICS_TOKEN");
    }
}

/// <summary>Telemetry destinations must be URLs; the Sentry DSN must carry its key; a metrics token must be too long to guess.</summary>
internal sealed class ObservabilityOptionsValidator : SettingsValidator<ObservabilityOptions>
{
    protected override IEnumerable<string> Refusals(ObservabilityOptions options)
    {
        if (UnlessHttpUrl("OTEL_EXPORTER_OTLP_ENDPOINT", options.OtlpEndpoint) is { } otlp)
        {
            yield return otlp;
        }

        if (options.SentryDsn is not null
            && !(Uri.TryCreate(options.SentryDsn, UriKind.Absolute, out var dsn) && dsn.Scheme is "http" or "https" && dsn.UserInfo.Length > 0))
        {
            // The DSN itself is not echoed: its key part is a credential.
            yield return "SENTRY_DSN must be a Sentry DSN such as https://<key>@o0.ingest.sentry.io/<project>, or empty to turn Sentry off.";
        }

        // Refused in every environment: a token opens /metrics to any address, so a guessable one opens it to everyone.
        if (options.MetricsToken is { Length: < ObservabilityOptions.MinimumMetricsTokenLength } token)
        {
            yield return $"METRICS_TOKEN is too short ({token.Length} characters): set a random string of at least {ObservabilityOptions.MinimumMetricsTokenLength} "
                + "(e.g. `openssl rand -hex 32`), or leave it empty to serve /metrics to this machine only.";
        }
    }
}
