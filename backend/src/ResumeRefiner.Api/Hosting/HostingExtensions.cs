using System.Globalization;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using ResumeRefiner.Api.Configuration;
using ResumeRefiner.Api.Errors;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace ResumeRefiner.Api.Hosting;

/// <summary>The cross-cutting parts every endpoint shares: logging, errors, JSON, CORS, rate limits.</summary>
internal static class HostingExtensions
{
    public const string ApiRateLimit = "api";

    public static WebApplicationBuilder ConfigureHosting(this WebApplicationBuilder builder, AppSettings settings)
    {
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            // Containers need every interface; a developer's machine only needs its own.
            builder.WebHost.UseUrls(settings.IsProduction ? $"http://0.0.0.0:{settings.Port}" : $"http://localhost:{settings.Port}");
        }

        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

        var level = Enum.Parse<LogEventLevel>(settings.LogLevel, ignoreCase: true);
        builder.Services.AddSerilog(logging =>
        {
            logging.MinimumLevel.Is(level)
                .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
                .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
                .Enrich.FromLogContext();
            if (settings.IsProduction)
            {
                logging.WriteTo.Console(new RenderedCompactJsonFormatter());
            }
            else
            {
                logging.WriteTo.Console(formatProvider: CultureInfo.InvariantCulture);
            }
        });

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        });
        builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions["traceId"] = System.Diagnostics.Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
            // Stack traces and exception messages stay in the logs, never in a response.
            context.ProblemDetails.Extensions.Remove("exception");
        });

        builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
            .WithOrigins([.. settings.AllowedOrigins])
            .AllowAnyHeader()
            .AllowAnyMethod()
            .AllowCredentials()));

        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(ApiRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.RateLimitPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await Problems.Create(StatusCodes.Status429TooManyRequests, "rate-limited", "Too many requests",
                        $"You sent more than {settings.RateLimitPerMinute} requests in a minute. Wait {Math.Ceiling(retryAfter.TotalSeconds)} seconds and try again.")
                    .ExecuteAsync(context.HttpContext);
            };
        });

        return builder;
    }

    public static WebApplication UseHostingPipeline(this WebApplication app, AppSettings settings)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSerilogRequestLogging();
        app.UseCors();
        app.UseRateLimiter();
        return app;
    }
}
