using ResumeRefiner.Api.Ai;
using ResumeRefiner.Api.Analyses;
using ResumeRefiner.Api.Configuration;
using ResumeRefiner.Api.CoverLetters;
using ResumeRefiner.Api.Exports;
using ResumeRefiner.Api.Feedback;
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

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    EnvironmentName = HostingOptions.HostEnvironmentName(new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(args).Build()),
});
StartupSettings settings;
try
{
    settings = StartupSettings.Read(builder.Configuration);
}
catch (InvalidConfigurationException e)
{
    await Console.Error.WriteLineAsync("Refusing to start, the configuration is unsafe or invalid:" + string.Concat(e.Refusals.Select(refusal => "\n  - " + refusal)));
    return 1;
}

builder.Services.AddSettings(builder.Configuration);
builder.ConfigureHosting(settings.Hosting, settings.Http, settings.Observability, settings.Database);
builder.AddObservability(settings.Observability, settings.Hosting);
builder.Services.AddPersistence(settings.Database.Target);
builder.Services.AddSharedKeyRing();
builder.Services.AddResumeServices(settings.Storage);
builder.Services.AddAnalyses();
builder.Services.AddExports();
builder.Services.AddWorkspaces(settings.Workspace, settings.Hosting);
builder.Services.AddAi(settings.Ai, settings.AiJobs, settings.Hosting, settings.Database.Target);
builder.Services.AddCoverLetters();
builder.Services.AddReadinessChecks(settings.Hosting, settings.Storage);

var app = builder.Build();

app.UseHostingPipeline(settings.Hosting);
app.MapHealth();
app.MapReadiness();
app.MapMetrics();
if (settings.Hosting.RunsApi)
{
    app.MapOpenApi("/openapi/{documentName}.json");
    // Scalar's default fonts come from its CDN, which the docs' CSP (font-src 'self' data:) blocks: system fonts instead.
    app.MapScalarApiReference("/docs", docs => docs.DisableDefaultFonts());
    app.MapClientConfig();
    app.MapWorkspaces();
    app.MapResumes();
    app.MapResumeVersions();
    app.MapAnalyses();
    app.MapExports();
    app.MapFixes();
    app.MapCheck();
    app.MapPersonalDictionary();
    app.MapFeedback();
    app.MapAi();
    app.MapCoverLetters();
    app.UseSpa(settings.Hosting.SpaDir);
}
else
{
    // ROLE=worker: AI jobs only; its port answers health and metrics for probes and Prometheus.
    app.MapWorkerOnlyNotice();
}

if (!await app.MigrateDatabaseAsync(settings.Database.Target))
{
    return 0;
}

await app.RunAsync();
return 0;
