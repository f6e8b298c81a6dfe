using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using ResumeRefiner.Api.Analyses;
using ResumeRefiner.Api.Configuration;
using ResumeRefiner.Api.Errors;
using ResumeRefiner.Api.Hosting;
using ResumeRefiner.Api.Security;
using ResumeRefiner.Api.Workspaces;

namespace ResumeRefiner.Api.Ai;

/// <summary>AI suggestions: queue a job, follow it, accept or reject what it suggests. See docs/ai.md.</summary>
internal static class AiEndpoints
{
    public static IEndpointRouteBuilder MapAi(this IEndpointRouteBuilder routes)
    {
        var jobs = routes.MapGroup("/api/v1/resumes/{id:guid}/ai/jobs").WithTags("AI suggestions")
            .WithWorkspaceAccess(WorkspaceAccess.Required);
        jobs.MapPost("/", Create)
            .WithName("createAiJob")
            .RequireRateLimiting(ClientRateLimits.AiPolicy)
            .WithSummary("Queue an AI task (rewriteBullets, tailor, summary, review) on the resume's current version")
            .AcceptsJsonBody("The AI job request")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        jobs.MapGet("/", List)
            .WithName("listAiJobs")
            .WithSummary("The resume's AI jobs, newest first")
            .ProducesProblem(StatusCodes.Status404NotFound);
        jobs.MapGet("/{jobId:guid}", Get)
            .WithName("getAiJob")
            .WithSummary("One AI job with its suggestions")
            .ProducesProblem(StatusCodes.Status404NotFound);
        jobs.MapGet("/{jobId:guid}/events", Events)
            .WithName("streamAiJobEvents")
            .WithSummary("Server-sent events: status, delta (streamed text), done")
            .Produces<string>(StatusCodes.Status200OK, "text/event-stream")
            .ProducesProblem(StatusCodes.Status404NotFound);
        jobs.MapPost("/{jobId:guid}/suggestions/{suggestionId:guid}/accept", Accept)
            .WithName("acceptAiSuggestion")
            .WithSummary("Apply one suggestion as a new resume version")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        jobs.MapPost("/{jobId:guid}/suggestions/{suggestionId:guid}/reject", Reject)
            .WithName("rejectAiSuggestion")
            .WithSummary("Reject one suggestion")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        routes.MapGet("/api/v1/ai/usage", Usage)
            .WithName("getAiUsage")
            .WithTags("AI suggestions")
            .WithWorkspaceAccess(WorkspaceAccess.Required)
            .WithSummary("AI tokens and estimated cost of your workspace")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return routes;
    }

    internal static async Task<Results<Accepted<AiJobView>, ProblemHttpResult>> Create(
        Guid id, AiJobRequest? request, AiJobQueue queue, HttpResponse response, CancellationToken cancellationToken)
    {
        switch (await queue.EnqueueAsync(id, request, cancellationToken))
        {
            case AiJobEnqueueResult.Queued { Job: var job }:
                return TypedResults.Accepted($"/api/v1/resumes/{job.ResumeId}/ai/jobs/{job.Id}", AiJobView.From(job));
            case AiJobEnqueueResult.BudgetSpent spent:
                response.Headers.RetryAfter = spent.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                return BudgetSpent(spent.Budget);
            case AiJobEnqueueResult.Refused refused:
                return refused.Reason switch
                {
                    AiJobRefusal.Disabled => Disabled(),
                    AiJobRefusal.UnknownTask => Problems.BadRequest("Set \"task\" to rewriteBullets, tailor, summary or review."),
                    AiJobRefusal.ResumeNotFound => Problems.NotFound("resume"),
                    AiJobRefusal.AnalysisNotFound => Problems.NotFound("analysis"),
                    AiJobRefusal.JobDescriptionTooLong => Problems.JobDescriptionTooLong(JobDescription.MaxLength),
                    AiJobRefusal.InvalidTargets => Problems.BadRequest(refused.Detail!),
                    _ => throw new UnreachableException(),
                };
            default:
                throw new UnreachableException();
        }
    }

    internal static async Task<Results<Ok<AiJobList>, ProblemHttpResult>> List(Guid id, AiJobQueue queue, CancellationToken cancellationToken) =>
        await queue.ListAsync(id, cancellationToken) is { } items
            ? TypedResults.Ok(new AiJobList(items))
            : Problems.NotFound("resume");

    internal static async Task<Results<Ok<AiJobView>, ProblemHttpResult>> Get(Guid id, Guid jobId, AiJobQueue queue, CancellationToken cancellationToken) =>
        await queue.FindAsync(id, jobId, cancellationToken) is { } job
            ? TypedResults.Ok(AiJobView.From(job))
            : Problems.NotFound("AI job");

    internal static async Task<IResult> Events(Guid id, Guid jobId, AiJobStream stream, HttpResponse response, CancellationToken cancellationToken) =>
        await stream.FollowAsync(id, jobId, response, cancellationToken) ? Results.Empty : Problems.NotFound("AI job");

    internal static async Task<Results<Ok<AcceptedSuggestion>, ProblemHttpResult>> Accept(
        Guid id, Guid jobId, Guid suggestionId, SuggestionDecisions decisions, CancellationToken cancellationToken) =>
        await decisions.AcceptAsync(id, jobId, suggestionId, cancellationToken) switch
        {
            SuggestionDecision.Accepted accepted => TypedResults.Ok(new AcceptedSuggestion(AiJobView.ToView(accepted.Suggestion), accepted.Resume)),
            SuggestionDecision.AlreadyDecided decided => Decided(decided.Suggestion),
            SuggestionDecision.Outdated => Problems.Create(StatusCodes.Status409Conflict, "suggestion-outdated", "The resume changed since this suggestion",
                "The text this suggestion would replace has changed since the suggestions were made. Run the AI again on the current version."),
            SuggestionDecision.EditConflict => Problems.EditConflict(),
            SuggestionDecision.Refused refused => Problems.ResumeRefused(refused.Violation),
            _ => Problems.NotFound("suggestion"),
        };

    internal static async Task<Results<Ok<RejectedSuggestion>, ProblemHttpResult>> Reject(
        Guid id, Guid jobId, Guid suggestionId, SuggestionDecisions decisions, CancellationToken cancellationToken) =>
        await decisions.RejectAsync(id, jobId, suggestionId, cancellationToken) switch
        {
            SuggestionDecision.Rejected rejected => TypedResults.Ok(new RejectedSuggestion(AiJobView.ToView(rejected.Suggestion))),
            SuggestionDecision.AlreadyDecided decided => Decided(decided.Suggestion),
            _ => Problems.NotFound("suggestion"),
        };

    internal static async Task<Results<Ok<AiUsageReport>, ProblemHttpResult>> Usage(Guid? analysisId, CurrentWorkspace workspace, AiUsageLedger ledger, CancellationToken cancellationToken)
    {
        var owner = await workspace.FindAsync(cancellationToken);
        return TypedResults.Ok(await ledger.ReportAsync(owner?.Id ?? Guid.Empty, analysisId, cancellationToken));
    }

    internal static ProblemHttpResult Disabled() =>
        Problems.Create(StatusCodes.Status503ServiceUnavailable, "ai-disabled", "AI suggestions are turned off",
            "No AI provider is configured on this server. To turn AI on, set CLAUDE_API_KEY (Claude), or AI_PROVIDER=openai with AI_BASE_URL and AI_MODEL for a self-hosted model, and restart. The offline fixes and analysis work without it.");

    internal static ProblemHttpResult BudgetSpent(AiBudget budget) =>
        Problems.Create(StatusCodes.Status429TooManyRequests, "ai-budget-exhausted", "The daily AI budget is spent", AiJobRunner.BudgetDetail(budget));

    private static ProblemHttpResult Decided(AiSuggestionRecord suggestion) =>
        Problems.Create(StatusCodes.Status409Conflict, "suggestion-decided", "This suggestion was already decided",
            $"This suggestion is already {suggestion.Status}. Reload the job to see its suggestions.");
}

internal static class AiServices
{
    public static IServiceCollection AddAi(this IServiceCollection services, AiOptions ai, AiJobOptions jobs, HostingOptions hosting, DatabaseTarget database)
    {
        services.AddAiProvider(ai);
        // On PostgreSQL replicas share job events through LISTEN/NOTIFY; SQLite means one process.
        var relayed = database.Provider == DatabaseProvider.Postgres;
        services.AddSingleton(_ => new AiJobEvents(relayed));
        if (relayed)
        {
            services.AddHostedService(provider => new AiJobEventRelay(provider.GetRequiredService<AiJobEvents>(), database.ConnectionString,
                provider.GetRequiredService<ILogger<AiJobEventRelay>>()));
        }

        services.AddSingleton<AiMetrics>();
        services.AddScoped<AiJobLeases>();
        services.AddScoped<AiUsageLedger>();
        services.AddScoped<AiJobRunner>();
        services.AddScoped<AiJobQueue>();
        services.AddScoped<AiJobStream>();
        services.AddScoped<SuggestionDecisions>();
        services.AddSingleton<OfflineSuggestions>();
        if (hosting.RunsWorker && jobs.Workers > 0)
        {
            services.AddHostedService<AiJobWorker>();
        }

        return services;
    }
}
