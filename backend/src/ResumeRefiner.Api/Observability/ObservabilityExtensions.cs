using System.Reflection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using ResumeRefiner.Api.Ai;
using ResumeRefiner.Api.Configuration;
using Sentry.AspNetCore;

namespace ResumeRefiner.Api.Observability;

/// <summary>
/// Metrics and traces (OpenTelemetry: Prometheus scrape at /metrics, OTLP push when OTEL_EXPORTER_OTLP_ENDPOINT is
/// set) and error reporting (Sentry when SENTRY_DSN is set, a no-op otherwise): unhandled request exceptions, and
/// errors logged with an exception anywhere, such as in the AI worker or the retention sweep.
/// </summary>
internal static class ObservabilityExtensions
{
    public const string MetricsPath = "/metrics";

    public static string Version { get; } =
        typeof(ObservabilityExtensions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static WebApplicationBuilder AddObservability(this WebApplicationBuilder builder, ObservabilityOptions observability, HostingOptions hosting)
    {
        builder.Services.AddSingleton<AppMetrics>();
        builder.Services.AddSingleton<OperationsAccess>();
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource
                .AddService(observability.ServiceName, serviceVersion: Version)
                .AddAttributes([new("deployment.environment.name", hosting.EnvironmentName)]))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(aspnet => aspnet.Filter = context => !IsOperationsPath(context.Request.Path))
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                // http.server.request.duration, active requests, Kestrel, routing, rate limiting, handled exceptions.
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(AppMetrics.MeterName, AiMetrics.MeterName)
                .AddPrometheusExporter());
        if (observability.OtlpEndpoint is not null)
        {
            // Endpoint, protocol and headers come from the standard OTEL_EXPORTER_OTLP_* variables.
            telemetry.UseOtlpExporter();
        }

        // Sentry wants an empty DSN to stay off; an absent one fails start-up.
        builder.WebHost.UseSentry(sentry =>
        {
            sentry.Dsn = observability.SentryDsn ?? string.Empty;
            sentry.SendDefaultPii = false;
            sentry.MaxRequestBodySize = Sentry.Extensibility.RequestSize.None;
            sentry.Environment = hosting.EnvironmentName;
            sentry.Release = "resume-refiner@" + Version;
            sentry.TracesSampleRate = 0;
            // Errors logged with an exception become events (see HostingExtensions): background failures included.
            sentry.MinimumEventLevel = LogLevel.Error;
            sentry.SetBeforeSend((sentryEvent, _) => SentryScrubbing.Scrub(sentryEvent));
        });
        return builder;
    }

    /// <summary>
    /// The Prometheus scrape endpoint, for <see cref="OperationsAccess"/> callers only (it shows the AI host, AI cost and
    /// free disk): outside the API's rate limits and the OpenAPI document.
    /// </summary>
    public static IEndpointConventionBuilder MapMetrics(this IEndpointRouteBuilder routes) =>
        routes.MapPrometheusScrapingEndpoint(MetricsPath, meterProvider: null, configureBranchedPipeline: RefuseOutsiders, optionsName: null)
            .DisableRateLimiting()
            .ExcludeFromDescription();

    private static void RefuseOutsiders(IApplicationBuilder scrape) =>
        scrape.Use(next => context => context.RequestServices.GetRequiredService<OperationsAccess>().Allows(context)
            ? next(context)
            : OperationsAccess.RefuseAsync(context));

    /// <summary>Scrapes and probes: not traced, and request logs keep them at Verbose.</summary>
    public static bool IsOperationsPath(PathString path) =>
        path.StartsWithSegments(MetricsPath, StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase);
}
