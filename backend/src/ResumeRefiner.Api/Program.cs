using ResumeRefiner.Api.Ai;
using ResumeRefiner.Api.Analyses;
using ResumeRefiner.Api.Configuration;
using ResumeRefiner.Api.Exports;
using ResumeRefiner.Api.Health;
using ResumeRefiner.Api.Hosting;
using ResumeRefiner.Api.Observability;
using ResumeRefiner.Api.Persistence;
using ResumeRefiner.Api.Proofreading;
using ResumeRefiner.Api.Resumes;
using ResumeRefiner.Api.Security;
using ResumeRefiner.Api.Words;
using ResumeRefiner.Api.Workspaces;
using Scalar.AspNetCore;
using Serilog;

// Settings come from environment variables; a local .env fills in what the environment leaves unset.
if (File.Exists(".env"))
{
    DotNetEnv.Env.NoClobber().Load(".env");
}

var builder = WebApplication.CreateBuilder(args);
AppSettings settings;
try
{
    settings = AppSettings.FromConfiguration(builder.Configuration);
    if (settings.Validate() is { Count: > 0 } errors)
    {
        throw new InvalidConfigurationException(string.Join("\n  - ", errors));
    }
}
catch (InvalidConfigurationException e)
{
    await Console.Error.WriteLineAsync("Refusing to start, the configuration is unsafe or invalid:\n  - " + e.Message);
    return 1;
}

builder.ConfigureHosting(settings);
builder.AddObservability(settings);
builder.Services.AddSingleton(settings);
builder.Services.AddPersistence(settings.Database);
builder.Services.AddSharedKeyRing();
builder.Services.AddResumeServices(settings);
builder.Services.AddAnalyses();
builder.Services.AddExports();
builder.Services.AddWorkspaces(settings);
builder.Services.AddAi(settings);
builder.Services.AddReadinessChecks(settings);

var app = builder.Build();

app.UseHostingPipeline(settings);
app.MapHealth();
app.MapReadiness();
app.MapMetrics();
if (settings.RunsApi)
{
    app.MapOpenApi("/openapi/{documentName}.json");
    app.MapScalarApiReference("/docs");
    app.MapClientConfig();
    app.MapWorkspaces();
    app.MapResumes();
    app.MapResumeVersions();
    app.MapAnalyses();
    app.MapExports();
    app.MapFixes();
    app.MapCheck();
    app.MapPersonalDictionary();
    app.MapAi();
    app.UseSpa(settings.SpaDir);
}
else
{
    // ROLE=worker: AI jobs only; its port answers health and metrics for probes and Prometheus.
    app.MapWorkerOnlyNotice();
}

if (!await app.MigrateDatabaseAsync(settings.Database))
{
    return 0;
}

await app.RunAsync();
return 0;
