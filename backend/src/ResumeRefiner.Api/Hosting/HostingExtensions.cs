using System.Globalization;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using ResumeRefiner.Api.Configuration;
using ResumeRefiner.Api.Errors;
using ResumeRefiner.Api.Observability;
using ResumeRefiner.Api.OpenApi;
using ResumeRefiner.Api.Security;
using Serilog;
using Serilog.Events;
using Serilog.Extensions.Logging;
using Serilog.Formatting.Compact;

namespace ResumeRefiner.Api.Hosting;

/// <summary>The cross-cutting parts every endpoint shares: logging, errors, JSON, CORS, rate limits.</summary>
internal static class HostingExtensions
{
    public static WebApplicationBuilder ConfigureHosting(this WebApplicationBuilder builder, HostingOptions hosting, HttpOptions http, ObservabilityOptions observability, DatabaseOptions database)
    {
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            // Containers need every interface; a developer's machine only needs its own.
            builder.WebHost.UseUrls(hosting.IsProduction ? $"http://0.0.0.0:{hosting.Port}" : $"http://localhost:{hosting.Port}");
        }

        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

        // One logger per host, never the static Log.Logger, so hosts in one process (tests) keep their own sinks.
        var logging = new LoggerConfiguration()
            .MinimumLevel.Is(observability.LogLevel)
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .Enrich.With<NoRequestPaths>();
        if (hosting.IsProduction)
        {
            logging.WriteTo.Console(new RenderedCompactJsonFormatter());
        }
        else
        {
            logging.WriteTo.Console(formatProvider: CultureInfo.InvariantCulture);
        }

        if (observability.LogFile is { } logFile)
        {
            logging.WriteTo.File(new CompactJsonFormatter(), logFile, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14);
        }

        // Errors logged with an exception also go to the Microsoft.Extensions.Logging providers, which leaves only
        // Sentry's (UseSentry registers it after this): a failure a background service catches and logs (AI worker,
        // retention sweep) is reported like an unhandled request error. The default providers are cleared so
        // nothing else (a plain-text console) receives them.
        var providers = new LoggerProviderCollection();
        logging.WriteTo.Logger(toProviders => toProviders
            .Filter.ByIncludingOnly(e => e.Exception is not null && e.Level >= LogEventLevel.Error)
            .WriteTo.Providers(providers));
        builder.Logging.ClearProviders();

        var logger = logging.CreateLogger();
        builder.Services.AddSerilog(logger, dispose: true, providers);
        builder.Services.AddSingleton<Serilog.ILogger>(logger);

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddApiDocument();
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
        });
        builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions["traceId"] = System.Diagnostics.Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
            // Stack traces and exception messages stay in the logs, never in a response.
            context.ProblemDetails.Extensions.Remove("exception");
            Problems.DescribeUnboundRequest(context.ProblemDetails);
        });

        builder.Services.AddExceptionHandler<OutageHandler>();

        builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
            .WithOrigins([.. http.AllowedOrigins])
            .AllowAnyHeader()
            .AllowAnyMethod()
            .AllowCredentials()));

        builder.Services.AddClientRateLimits(http, database.Target);
        builder.Services.AddForwardedHeaders(http);
        builder.Services.AddHostFiltering(hosts => hosts.AllowedHosts = [.. http.AllowedHosts]);
        if (hosting.IsProduction)
        {
            builder.Services.AddHsts(hsts =>
            {
                hsts.MaxAge = TimeSpan.FromDays(365);
                hsts.IncludeSubDomains = true;
            });
        }

        return builder;
    }

    public static WebApplication UseHostingPipeline(this WebApplication app, HostingOptions hosting)
    {
        app.UseForwardedHeaders();
        app.UseHostFiltering();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSerilogRequestLogging(requests =>
        {
            requests.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            // The route template, not the path: it groups requests and holds no ids. Never the query or the body.
            requests.MessageTemplate = "HTTP {RequestMethod} {RouteTemplate} responded {StatusCode} in {Elapsed:0.0000} ms";
            requests.EnrichDiagnosticContext = (diagnostics, context) =>
            {
                diagnostics.Set("RouteTemplate", (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no route)");
                diagnostics.Set("TraceId", System.Diagnostics.Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier);
            };
            // Probes and scrapes are frequent: Verbose when fine, Warning when a replica reports itself not ready.
            requests.GetLevel = (context, _, exception) =>
                ObservabilityExtensions.IsOperationsPath(context.Request.Path) && exception is null
                    ? context.Response.StatusCode >= StatusCodes.Status500InternalServerError ? LogEventLevel.Warning : LogEventLevel.Verbose
                    : exception is not null || context.Response.StatusCode >= StatusCodes.Status500InternalServerError ? LogEventLevel.Error
                    : LogEventLevel.Information;
        });
        if (hosting.IsProduction)
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseSecurityHeaders();
        app.UseCors();
        app.UseMiddleware<CrossSiteRequestGuard>();
        app.UseRateLimiter();
        app.UseJsonBodyLimits();
        return app;
    }
}
