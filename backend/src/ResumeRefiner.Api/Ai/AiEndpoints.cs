using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ResumeRefiner.Api.Analyses;
using ResumeRefiner.Api.Configuration;
using ResumeRefiner.Api.Errors;
using ResumeRefiner.Api.Persistence;
using ResumeRefiner.Api.Resumes;
using ResumeRefiner.Api.Security;
using ResumeRefiner.Api.Workspaces;
using ResumeRefiner.Core.Ai;
using ResumeRefiner.Core.Analysis.Ats;
using ResumeRefiner.Core.Analysis.Report;

namespace ResumeRefiner.Api.Ai;

/// <summary>AI suggestions: queue a job, follow it, accept or reject what it suggests. See docs/ai.md.</summary>
internal static class AiEndpoints
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    public static IEndpointRouteBuilder MapAi(this IEndpointRouteBuilder routes)
    {
        var jobs = routes.MapGroup("/api/v1/resumes/{id:guid}/ai/jobs").WithTags("AI suggestions");
        jobs.MapPost("/", Create)
            .WithName("createAiJob")
            .WithWorkspaceAccess(WorkspaceAccess.Required)
            .RequireRateLimiting(ClientRateLimits.AiPolicy)
            .WithSummary("Queue an AI task (rewriteBullets, tailor, summary, review) on the resume's current version")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        jobs.MapGet("/", List)
            .WithName("listAiJobs")
            .WithWorkspaceAccess(WorkspaceAccess.Required)
            .WithSummary("The resume's AI jobs, newest first")
            .ProducesProblem(StatusCodes.Status404NotFound);
        jobs.MapGet("/{jobId:guid}", Get)
            .WithName("getAiJob")
            .WithWorkspaceAccess(WorkspaceAccess.Required)
            .WithSummary("One AI job with its suggestions")
            .ProducesProblem(StatusCodes.Status404NotFound);
        jobs.MapGet("/{jobId:guid}/events", Events)
            .WithName("streamAiJobEvents")
            .WithWorkspaceAccess(WorkspaceAccess.Required)
            .WithSummary("Server-sent events: status, delta (streamed text), done")
            .Produces<string>(StatusCodes.Status200OK, "text/event-stream")
            .ProducesProblem(StatusCodes.Status404NotFound);
        jobs.MapPost("/{jobId:guid}/suggestions/{suggestionId:guid}/accept", Accept)
            .WithName("acceptAiSuggestion")
            .WithWorkspaceAccess(WorkspaceAccess.Required)
            .WithSummary("Apply one suggestion as a new resume version")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        jobs.MapPost("/{jobId:guid}/suggestions/{suggestionId:guid}/reject", Reject)
            .WithName("rejectAiSuggestion")
            .WithWorkspaceAccess(WorkspaceAccess.Required)
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
        Guid id,
        AiJobRequest? request,
        HttpContext context,
        WorkspaceAccessor workspaces,
        AppDb db,
        ResumeVersions versions,
        AiUsageLedger ledger,
        AiEvents hub,
        IResumeAnalyzer analyzer,
        IOptions<JsonOptions> json,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!hub.Ai.Enabled)
        {
            return Disabled();
        }

        if (!Enum.TryParse<AiTask>(request?.Task, ignoreCase: true, out var task) || int.TryParse(request!.Task, out _))
        {
            return Problems.BadRequest("Set \"task\" to rewriteBullets, tailor, summary or review.");
        }

        if (await ResumeEndpoints.FindOwnedAsync(id, context, workspaces, db, cancellationToken) is not { } resume
            || await versions.ReadAsync(resume.Id, resume.CurrentVersion, cancellationToken) is not { } document)
        {
            return Problems.NotFound("resume");
        }

        var jobDescription = string.IsNullOrWhiteSpace(request.JobDescription) ? null : request.JobDescription.Trim();
        if (request.AnalysisId is { } analysisId)
        {
            if (await db.Analyses.AsNoTracking().SingleOrDefaultAsync(a => a.Id == analysisId && a.ResumeId == resume.Id, cancellationToken) is not { } analysis)
            {
                return Problems.NotFound("analysis");
            }

            jobDescription ??= analysis.JobDescription;
        }

        if (jobDescription is { Length: > AnalysisEndpoints.MaxJobDescriptionLength })
        {
            return Problems.BadRequest($"The job description is longer than {AnalysisEndpoints.MaxJobDescriptionLength:N0} characters. Paste only the posting itself.");
        }

        var input = new AiTaskInput(task == AiTask.RewriteBullets ? request.Targets ?? [] : [], task == AiTask.Tailor ? jobDescription : null);
        if (task == AiTask.Tailor && jobDescription is not null)
        {
            // The offline match decides which keywords are missing; the model only suggests where they fit.
            var match = analyzer.Analyze(new ResumeDocument(document, null, DocumentFacts.Unknown), jobDescription).Match;
            input = input with
            {
                MissingKeywords = match?.Missing.Select(s => s.Name).ToList() ?? [],
                MatchedKeywords = match?.Matched.Select(s => s.Name).ToList() ?? [],
            };
        }

        try
        {
            // Built here only to refuse bad targets now, with a 400, rather than in a failed job later.
            _ = PromptBuilder.Build(task, document, input, hub.Ai.RedactContacts);
        }
        catch (ArgumentException e)
        {
            return Problems.BadRequest(e.Message.Split(" (Parameter", 2)[0]);
        }

        if (await ledger.IsSpentAsync(resume.WorkspaceId, cancellationToken))
        {
            context.Response.Headers.RetryAfter = ledger.SecondsUntilRenewal.ToString(CultureInfo.InvariantCulture);
            return BudgetSpent();
        }

        var job = new AiJob
        {
            Id = Guid.NewGuid(),
            WorkspaceId = resume.WorkspaceId,
            ResumeId = resume.Id,
            ResumeVersion = resume.CurrentVersion,
            AnalysisId = request.AnalysisId,
            Task = JsonNamingPolicy.CamelCase.ConvertName(task.ToString()),
            InputJson = JsonSerializer.Serialize(input, AiJson.Options),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.AiJobs.Add(job);
        await db.SaveChangesAsync(cancellationToken);
        hub.Events.NotifyWork();
        return TypedResults.Accepted($"/api/v1/resumes/{resume.Id}/ai/jobs/{job.Id}", AiJobView.From(job));
    }

    internal static async Task<Results<Ok<AiJobList>, ProblemHttpResult>> List(
        Guid id, HttpContext context, WorkspaceAccessor workspaces, AppDb db, CancellationToken cancellationToken)
    {
        if (await ResumeEndpoints.FindOwnedAsync(id, context, workspaces, db, cancellationToken) is not { } resume)
        {
            return Problems.NotFound("resume");
        }

        var items = await db.AiJobs.AsNoTracking().Where(j => j.ResumeId == resume.Id).OrderByDescending(j => j.CreatedAt)
            .Select(j => new AiJobSummary(j.Id, j.Task, j.Status, j.Progress, j.CreatedAt, j.Source))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new AiJobList(items));
    }

    internal static async Task<Results<Ok<AiJobView>, ProblemHttpResult>> Get(
        Guid id, Guid jobId, HttpContext context, WorkspaceAccessor workspaces, AppDb db, CancellationToken cancellationToken) =>
        await FindJobAsync(id, jobId, context, workspaces, db, cancellationToken) is { } job
            ? TypedResults.Ok(AiJobView.From(job))
            : Problems.NotFound("AI job");

    /// <summary>
    /// Streams the job: a <c>status</c> event now and at each change, <c>delta</c> events while the provider streams on
    /// this replica, and <c>done</c> with the final job. Changes made by another replica are picked up by polling the row.
    /// </summary>
    internal static async Task<IResult> Events(
        Guid id, Guid jobId, HttpContext context, WorkspaceAccessor workspaces, AppDb db, AiEvents hub, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await FindJobAsync(id, jobId, context, workspaces, db, cancellationToken) is null)
        {
            return Problems.NotFound("AI job");
        }

        using var subscription = hub.Events.Follow(jobId);
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        // Tell nginx not to buffer the stream.
        response.Headers["X-Accel-Buffering"] = "no";
        var json = hub.Json;
        AiJobView? last = null;
        var lastWrite = clock.GetTimestamp();
        while (!cancellationToken.IsCancellationRequested)
        {
            db.ChangeTracker.Clear();
            var job = await FindJobAsync(id, jobId, context, workspaces, db, cancellationToken);
            if (job is null)
            {
                break;
            }

            var view = AiJobView.From(job);
            if (last is null || view.Status != last.Status || view.Stage != last.Stage || view.Progress != last.Progress || view.Result?.Source != last.Result?.Source)
            {
                await WriteEventAsync(response, "status", JsonSerializer.Serialize(view, json), cancellationToken);
                lastWrite = clock.GetTimestamp();
                last = view;
            }

            if (AiJobStatus.IsFinished(view.Status))
            {
                await WriteEventAsync(response, "done", JsonSerializer.Serialize(view, json), cancellationToken);
                break;
            }

            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(TimeSpan.FromSeconds(1));
            try
            {
                while (await subscription.Reader.WaitToReadAsync(wait.Token))
                {
                    var changed = false;
                    while (subscription.Reader.TryRead(out var e))
                    {
                        if (e.Kind == AiJobEvent.Delta)
                        {
                            await WriteEventAsync(response, "delta", JsonSerializer.Serialize(new { text = e.Text }, json), cancellationToken);
                            lastWrite = clock.GetTimestamp();
                        }
                        else
                        {
                            changed = true;
                        }
                    }

                    if (changed)
                    {
                        break;
                    }
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Poll the row once a second for changes made elsewhere.
            }

            if (clock.GetElapsedTime(lastWrite) > KeepAlive)
            {
                await response.WriteAsync(": keep-alive\n\n", cancellationToken);
                await response.Body.FlushAsync(cancellationToken);
                lastWrite = clock.GetTimestamp();
            }
        }

        return Results.Empty;
    }

    internal static async Task<Results<Ok<AcceptedSuggestion>, ProblemHttpResult>> Accept(
        Guid id, Guid jobId, Guid suggestionId, HttpContext context, WorkspaceAccessor workspaces, AppDb db, ResumeVersions versions, CancellationToken cancellationToken)
    {
        if (await ResumeEndpoints.FindOwnedAsync(id, context, workspaces, db, cancellationToken) is not { } resume
            || await FindSuggestionAsync(resume.Id, jobId, suggestionId, db, cancellationToken) is not { } found)
        {
            return Problems.NotFound("suggestion");
        }

        var (job, suggestion) = found;
        if (suggestion.Status != "pending")
        {
            return Decided(suggestion);
        }

        var document = await versions.ReadAsync(resume.Id, resume.CurrentVersion, cancellationToken);
        if (document is null || ResumeFields.Get(document, suggestion.Target) is not { } current || current != suggestion.Original)
        {
            return Problems.Create(StatusCodes.Status409Conflict, "suggestion-outdated", "The resume changed since this suggestion",
                "The text this suggestion would replace has changed since the suggestions were made. Run the AI again on the current version.");
        }

        var changed = ResumeFields.Set(document, suggestion.Target, suggestion.Proposal);
        if (!await versions.AppendAsync(resume, changed, job.Source == AiSource.Offline ? VersionSource.Fix : VersionSource.Ai, cancellationToken))
        {
            return Problems.EditConflict();
        }

        await db.AiSuggestions.Where(s => s.Id == suggestion.Id && s.Status == "pending")
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, "accepted"), cancellationToken);
        suggestion.Status = "accepted";
        return TypedResults.Ok(new AcceptedSuggestion(AiJobView.ToView(suggestion), ResumeEndpoints.ToDetail(resume, changed, ResumeEndpoints.ReadConfidence(resume))));
    }

    internal static async Task<Results<Ok<RejectedSuggestion>, ProblemHttpResult>> Reject(
        Guid id, Guid jobId, Guid suggestionId, HttpContext context, WorkspaceAccessor workspaces, AppDb db, CancellationToken cancellationToken)
    {
        if (await ResumeEndpoints.FindOwnedAsync(id, context, workspaces, db, cancellationToken) is not { } resume
            || await FindSuggestionAsync(resume.Id, jobId, suggestionId, db, cancellationToken) is not { } found)
        {
            return Problems.NotFound("suggestion");
        }

        var suggestion = found.Suggestion;
        if (await db.AiSuggestions.Where(s => s.Id == suggestion.Id && s.Status == "pending")
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, "rejected"), cancellationToken) == 0)
        {
            return Decided(suggestion);
        }

        suggestion.Status = "rejected";
        return TypedResults.Ok(new RejectedSuggestion(AiJobView.ToView(suggestion)));
    }

    internal static async Task<Results<Ok<AiUsageReport>, ProblemHttpResult>> Usage(
        Guid? analysisId, HttpContext context, WorkspaceAccessor workspaces, AppDb db, AiUsageLedger ledger, IOptions<AiOptions> ai, CancellationToken cancellationToken)
    {
        var workspace = await workspaces.FindAsync(context, cancellationToken);
        var workspaceId = workspace?.Id ?? Guid.Empty;
        var records = db.AiUsage.AsNoTracking().Where(u => u.WorkspaceId == workspaceId);
        if (analysisId is { } analysis)
        {
            records = records.Where(u => u.AnalysisId == analysis);
        }

        var start = ledger.DayStart;
        var today = await ledger.TotalsAsync(records.Where(u => u.CreatedAt >= start), cancellationToken);
        var total = await ledger.TotalsAsync(records, cancellationToken);
        var used = await ledger.TokensUsedTodayAsync(workspaceId, cancellationToken);
        return TypedResults.Ok(new AiUsageReport(start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ai.Value.DailyTokenBudget, used,
            Math.Max(0, ai.Value.DailyTokenBudget - used), today, total));
    }

    internal static ProblemHttpResult Disabled() =>
        Problems.Create(StatusCodes.Status503ServiceUnavailable, "ai-disabled", "AI suggestions are turned off",
            "No AI provider is configured on this server. To turn AI on, set CLAUDE_API_KEY (Claude), or AI_PROVIDER=openai with AI_BASE_URL and AI_MODEL for a self-hosted model, and restart. The offline fixes and analysis work without it.");

    internal static ProblemHttpResult BudgetSpent() =>
        Problems.Create(StatusCodes.Status429TooManyRequests, "ai-budget-exhausted", "The daily AI budget is spent", AiJobRunner.BudgetDetail);

    private static ProblemHttpResult Decided(AiSuggestionRecord suggestion) =>
        Problems.Create(StatusCodes.Status409Conflict, "suggestion-decided", "This suggestion was already decided",
            $"This suggestion is already {suggestion.Status}. Reload the job to see its suggestions.");

    private static async Task<AiJob?> FindJobAsync(Guid id, Guid jobId, HttpContext context, WorkspaceAccessor workspaces, AppDb db, CancellationToken cancellationToken)
    {
        if (await ResumeEndpoints.FindOwnedAsync(id, context, workspaces, db, cancellationToken) is not { } resume)
        {
            return null;
        }

        return await db.AiJobs.AsNoTracking().Include(j => j.Suggestions).SingleOrDefaultAsync(j => j.Id == jobId && j.ResumeId == resume.Id, cancellationToken);
    }

    private static async Task<(AiJob Job, AiSuggestionRecord Suggestion)?> FindSuggestionAsync(Guid resumeId, Guid jobId, Guid suggestionId, AppDb db, CancellationToken cancellationToken)
    {
        var job = await db.AiJobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == jobId && j.ResumeId == resumeId, cancellationToken);
        var suggestion = job is null ? null : await db.AiSuggestions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == suggestionId && s.JobId == jobId, cancellationToken);
        return job is null || suggestion is null ? null : (job, suggestion);
    }

    private static async Task WriteEventAsync(HttpResponse response, string name, string data, CancellationToken cancellationToken)
    {
        await response.WriteAsync($"event: {name}\ndata: {data}\n\n", cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }
}

/// <summary>What the AI endpoints share: the AI options, the event hub and the API's JSON options.</summary>
internal sealed class AiEvents(IOptions<AiOptions> ai, AiJobEvents events, IOptions<JsonOptions> json)
{
    public AiOptions Ai { get; } = ai.Value;

    public AiJobEvents Events { get; } = events;

    public JsonSerializerOptions Json => json.Value.SerializerOptions;
}

internal static class AiServices
{
    public static IServiceCollection AddAi(this IServiceCollection services, AiOptions ai, AiJobOptions jobs, HostingOptions hosting)
    {
        services.AddAiProvider(ai);
        services.AddSingleton<AiJobEvents>();
        services.AddSingleton<AiEvents>();
        services.AddSingleton<AiMetrics>();
        services.AddScoped<AiJobLeases>();
        services.AddScoped<AiUsageLedger>();
        services.AddScoped<AiJobRunner>();
        services.AddSingleton<OfflineSuggestions>();
        if (hosting.RunsWorker && jobs.Workers > 0)
        {
            services.AddHostedService<AiJobWorker>();
        }

        return services;
    }
}
