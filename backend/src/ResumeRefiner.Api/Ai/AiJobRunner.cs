using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using ResumeRefiner.Api.Configuration;
using ResumeRefiner.Api.Persistence;
using ResumeRefiner.Api.Resumes;
using ResumeRefiner.Core.Ai;
using ResumeRefiner.Core.Model;

namespace ResumeRefiner.Api.Ai;

/// <summary>
/// Does one claimed job: builds the prompt, answers from the cache when the same request was answered before,
/// checks the budget, calls the provider (streaming), validates the reply (asking once more when it is malformed),
/// records tokens and cost, and finishes the job. A provider that fails is not an error for the user: the job shows
/// the offline suggestions at once and, when the failure is transient, is retried later with back-off (up to
/// AI_JOB_MAX_ATTEMPTS, then dead-lettered); a later AI answer replaces the offline suggestions not yet decided on.
/// </summary>
public sealed class AiJobRunner(
    AppDb db,
    AiJobLeases queue,
    AiProvider provider,
    AiUsageLedger ledger,
    AiMetrics metrics,
    AiJobEvents events,
    ResumeVersions versions,
    OfflineSuggestions offline,
    IOptions<AiOptions> ai,
    IOptions<AiJobOptions> jobs,
    TimeProvider clock,
    ILogger<AiJobRunner> log)
{
    public async Task RunAsync(Guid jobId, string owner, CancellationToken cancellationToken)
    {
        var job = await db.AiJobs.AsNoTracking().SingleAsync(j => j.Id == jobId, cancellationToken);
        // An earlier attempt left offline suggestions on show.
        var showsOffline = job.Source is not null;
        if (job.Attempts > jobs.Value.MaxAttempts)
        {
            // The last attempt ended without a word (its worker died): no more tries.
            var reason = job.LastError ?? ProviderFailure.LeaseExpired;
            metrics.AttemptFailed(job.Task, reason);
            await DeadLetterAsync(job, owner, await OfflineAsync(job, cancellationToken), showsOffline, reason, cancellationToken);
            return;
        }

        await ReportAsync(job, owner, AiJobStage.Preparing, 5, cancellationToken);
        var outcome = await ProduceAsync(job, owner, cancellationToken);
        if (outcome.Retry is { } failure)
        {
            metrics.AttemptFailed(job.Task, failure.Category);
            if (job.Attempts >= jobs.Value.MaxAttempts)
            {
                await DeadLetterAsync(job, owner, outcome, showsOffline, failure.Category, cancellationToken);
            }
            else
            {
                var notBefore = clock.GetUtcNow().UtcDateTime + RetryDelay(job.Attempts, outcome.RetryAfter);
                if (await queue.RetryLaterAsync(job.Id, owner, outcome, showsOffline, notBefore, failure.Category, cancellationToken))
                {
                    metrics.Retried(job.Task, failure.Category);
                    AiLog.RetryScheduled(log, job.Id, job.Attempts, failure.Category, notBefore);
                }
            }
        }
        else
        {
            if (showsOffline)
            {
                outcome = outcome.Source is AiSource.Ai or AiSource.Cache
                    ? outcome with { Notice = OfflineSuggestions.ReplacedNotice }
                    : outcome with { Notice = outcome.ErrorTitle is { } title ? $"The AI could not finish this request ({title.TrimEnd('.')}), so these offline suggestions are the final answer." : OfflineSuggestions.Notice };
            }

            if (await queue.FinishAsync(job.Id, owner, outcome, showsOffline, cancellationToken))
            {
                metrics.JobFinished(job.Task, outcome.ErrorType is null ? outcome.Source ?? AiSource.Ai : "failed");
                AiLog.Finished(log, job.Id, job.Task, outcome.ErrorType ?? outcome.Source ?? "?", outcome.InputTokens, outcome.OutputTokens);
            }
        }

        events.Publish(job.Id, new AiJobEvent(AiJobEvent.Changed));
    }

    /// <summary>
    /// Exponential back-off with jitter: the base delay doubles per attempt up to the cap, and half of it is random, so
    /// jobs that failed together do not all come back together. A provider's longer Retry-After wins (up to a day).
    /// </summary>
    public static TimeSpan RetryDelay(int attempt, TimeSpan baseDelay, TimeSpan maxDelay, TimeSpan? retryAfter, double random)
    {
        var exponential = baseDelay * Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        var capped = exponential < maxDelay ? exponential : maxDelay;
        var delay = capped * (0.5 + random / 2);
        var asked = retryAfter is { } wait ? (wait < TimeSpan.FromDays(1) ? wait : TimeSpan.FromDays(1)) : TimeSpan.Zero;
        return asked > delay ? asked : delay;
    }

    private TimeSpan RetryDelay(int attempt, TimeSpan? retryAfter) =>
        RetryDelay(attempt, TimeSpan.FromSeconds(jobs.Value.RetryDelaySeconds), TimeSpan.FromSeconds(jobs.Value.RetryMaxDelaySeconds), retryAfter, Random.Shared.NextDouble());

    private async Task DeadLetterAsync(AiJob job, string owner, AiJobOutcome fallback, bool showsOffline, string reason, CancellationToken cancellationToken)
    {
        if (fallback.ErrorType is not null)
        {
            // No offline answer to give (the resume is gone): the job simply fails.
            await queue.FinishAsync(job.Id, owner, fallback, showsOffline: false, cancellationToken);
        }
        else if (await queue.DeadLetterAsync(job.Id, owner, fallback, showsOffline, reason, cancellationToken))
        {
            metrics.DeadLettered(job.Task, reason);
            AiLog.DeadLettered(log, job.Id, job.Attempts, reason);
        }

        events.Publish(job.Id, new AiJobEvent(AiJobEvent.Changed));
    }

    /// <summary>The offline suggestions for the job, or why there are none.</summary>
    private async Task<AiJobOutcome> OfflineAsync(AiJob job, CancellationToken cancellationToken)
    {
        if (await versions.ReadAsync(job.ResumeId, job.ResumeVersion, cancellationToken) is not { } resume)
        {
            return ResumeGone;
        }

        return offline.For(Enum.Parse<AiTask>(job.Task, ignoreCase: true), resume, job.Input);
    }

    private static AiJobOutcome ResumeGone => AiJobOutcome.Failure("not-found", "Not found", "The resume was deleted before the suggestions were ready.");

    private async Task<AiJobOutcome> ProduceAsync(AiJob job, string owner, CancellationToken cancellationToken)
    {
        var task = Enum.Parse<AiTask>(job.Task, ignoreCase: true);
        var input = job.Input;
        if (await versions.ReadAsync(job.ResumeId, job.ResumeVersion, cancellationToken) is not { } resume)
        {
            return ResumeGone;
        }

        AiPrompt prompt;
        try
        {
            prompt = PromptBuilder.Build(task, resume, input, ai.Value.RedactContacts);
        }
        catch (ArgumentException e)
        {
            return AiJobOutcome.Failure("invalid-request", "The request is not valid", e.Message);
        }

        var key = CacheKey(job.WorkspaceId, prompt);
        if (await db.AiReplyCache.AsNoTracking().SingleOrDefaultAsync(c => c.Key == key && c.WorkspaceId == job.WorkspaceId, cancellationToken) is { } cached
            && ReplyValidator.Check(cached.Reply, prompt, p => ResumeFields.Get(resume, p)) is { Answer: { } answerFromCache })
        {
            await RecordAsync(job, 0, 0, cached: true, cancellationToken);
            return Outcome(AiSource.Cache, answerFromCache, 0, 0) with { Cached = true };
        }

        if (await ledger.SpentBudgetAsync(job.WorkspaceId, job.ClientHash, cancellationToken) is { } spent)
        {
            return AiJobOutcome.Failure("ai-budget-exhausted", "The daily AI budget is spent", BudgetDetail(spent));
        }

        await ReportAsync(job, owner, AiJobStage.CallingModel, 15, cancellationToken);
        List<ChatMessage> messages = [new(ChatRole.System, prompt.System), new(ChatRole.User, prompt.User)];
        int inputTokens = 0, outputTokens = 0;
        var retryAfter = RetryAfterProbe.Listen();
        for (var attempt = 1; ; attempt++)
        {
            Reply reply;
            try
            {
                reply = await CallAsync(job, owner, messages, cancellationToken);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is not AiJobLeaseLostException && !DatabaseErrors.IsDatabase(e))
            {
                // Timeouts, 429/5xx/529 after the HTTP retries, an open circuit, a refused connection: offline suggestions
                // now, and the AI again later when the failure is transient.
                var failure = ProviderFailure.Of(e);
                AiLog.ProviderFailed(log, job.Id, provider.Name, e.GetType().Name, failure.Category);
                metrics.Call(provider.Name, provider.Model, "error", 0, 0, 0);
                return offline.For(task, resume, input) with
                {
                    InputTokens = inputTokens,
                    OutputTokens = outputTokens,
                    CostUsd = ledger.Cost(inputTokens, outputTokens),
                    Retry = failure.Transient ? failure : null,
                    RetryAfter = retryAfter.Delay,
                };
            }

            inputTokens += reply.InputTokens;
            outputTokens += reply.OutputTokens;
            await RecordAsync(job, reply.InputTokens, reply.OutputTokens, cached: false, cancellationToken);
            await ReportAsync(job, owner, AiJobStage.Validating, 90, cancellationToken);
            var check = ReplyValidator.Check(reply.Text, prompt, p => ResumeFields.Get(resume, p));
            if (check.Answer is { } answer)
            {
                await StoreAsync(key, job, reply, inputTokens, outputTokens, cancellationToken);
                return Outcome(AiSource.Ai, answer, inputTokens, outputTokens);
            }

            AiLog.Malformed(log, job.Id, attempt);
            if (attempt == 2)
            {
                return AiJobOutcome.Failure("ai-malformed-reply", "The AI reply could not be used",
                    "The AI answered twice in a form that could not be checked, so nothing was suggested. Try again; if it keeps happening, choose fewer bullets.")
                    with
                { InputTokens = inputTokens, OutputTokens = outputTokens, CostUsd = ledger.Cost(inputTokens, outputTokens) };
            }

            messages.Add(new ChatMessage(ChatRole.Assistant, reply.Text));
            messages.Add(new ChatMessage(ChatRole.User, PromptBuilder.Correction(check.Error!)));
        }
    }

    internal static string BudgetDetail(AiBudget spent) => (spent switch
    {
        AiBudget.Workspace => "Your workspace has used its AI tokens for today.",
        AiBudget.Client => "The workspaces on your network have used their AI tokens for today.",
        _ => "This service has used its AI tokens for today.",
    }) + " The budget renews at 00:00 UTC; the offline fixes and analysis still work.";

    private AiJobOutcome Outcome(string source, AiAnswer answer, int inputTokens, int outputTokens) =>
        new(source, answer.Suggestions)
        {
            Overview = answer.Overview,
            Discarded = answer.Discarded,
            InputTokens = inputTokens,
            OutputTokens = outputTokens,
            CostUsd = ledger.Cost(inputTokens, outputTokens),
        };

    private async Task<Reply> CallAsync(AiJob job, string owner, List<ChatMessage> messages, CancellationToken cancellationToken)
    {
        using var chat = provider.CreateChatClient();
        var options = new ChatOptions { MaxOutputTokens = ai.Value.MaxOutputTokens, Temperature = 0.2f };
        var text = new StringBuilder();
        long input = 0, output = 0;
        var lastReport = clock.GetTimestamp();
        // The resilience handler bounds each attempt until the headers arrive; this bounds reading a stream that stalls.
        using var call = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        call.CancelAfter(ai.Value.CallTimeout);
        await foreach (var update in chat.GetStreamingResponseAsync(messages, options, call.Token))
        {
            if (!string.IsNullOrEmpty(update.Text))
            {
                text.Append(update.Text);
                events.Publish(job.Id, new AiJobEvent(AiJobEvent.Delta, update.Text));
                if (clock.GetElapsedTime(lastReport) > TimeSpan.FromSeconds(1))
                {
                    lastReport = clock.GetTimestamp();
                    // Progress while streaming: a typical reply is a few thousand characters.
                    await ReportAsync(job, owner, AiJobStage.CallingModel, Math.Min(85, 15 + text.Length / 50), cancellationToken);
                }
            }

            foreach (var usage in update.Contents.OfType<UsageContent>())
            {
                // Anthropic reports cumulative counts (input at message_start, output at message_delta): keep the largest.
                input = Math.Max(input, usage.Details.InputTokenCount ?? 0);
                output = Math.Max(output, usage.Details.OutputTokenCount ?? 0);
            }
        }

        if (input == 0 && output == 0)
        {
            // A server that reports no usage (some local ones): estimate at ~4 characters per token.
            input = messages.Sum(m => m.Text.Length) / 4;
            output = text.Length / 4;
        }

        return new Reply(text.ToString(), (int)input, (int)output);
    }

    private async Task RecordAsync(AiJob job, int inputTokens, int outputTokens, bool cached, CancellationToken cancellationToken)
    {
        var cost = ledger.Cost(inputTokens, outputTokens);
        await ledger.RecordAsync(new AiUsageRecord
        {
            Id = Guid.NewGuid(),
            WorkspaceId = job.WorkspaceId,
            JobId = job.Id,
            AnalysisId = job.AnalysisId,
            ClientHash = job.ClientHash,
            Provider = provider.Name,
            Model = provider.Model,
            InputTokens = inputTokens,
            OutputTokens = outputTokens,
            CostUsd = cost,
            Cached = cached,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        }, cancellationToken);
        metrics.Call(provider.Name, provider.Model, cached ? "cached" : "ok", inputTokens, outputTokens, cost);
        AiLog.Call(log, job.Id, provider.Name, provider.Model, cached ? "cached" : "ok", inputTokens, outputTokens, cost);
    }

    private async Task StoreAsync(string key, AiJob job, Reply reply, int inputTokens, int outputTokens, CancellationToken cancellationToken)
    {
        var entry = new AiCachedReply
        {
            Key = key,
            WorkspaceId = job.WorkspaceId,
            ResumeId = job.ResumeId,
            Model = provider.Model,
            PromptVersion = PromptBuilder.Version,
            Reply = reply.Text,
            InputTokens = inputTokens,
            OutputTokens = outputTokens,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.AiReplyCache.Add(entry);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another replica stored the same answer first; either copy serves.
        }
        finally
        {
            db.Entry(entry).State = EntityState.Detached;
        }
    }

    private async Task ReportAsync(AiJob job, string owner, string stage, int progress, CancellationToken cancellationToken)
    {
        if (!await queue.ReportAsync(job.Id, owner, stage, progress, cancellationToken))
        {
            throw new AiJobLeaseLostException();
        }

        events.Publish(job.Id, new AiJobEvent(AiJobEvent.Changed));
    }

    /// <summary>
    /// The workspace (a hit elsewhere would tell that someone sent the same text, and serve their data), then everything
    /// that decides the reply: provider, model, prompt version and the exact (redacted) prompt.
    /// </summary>
    private string CacheKey(Guid workspaceId, AiPrompt prompt)
    {
        var material = string.Join('\n', workspaceId.ToString("N"), provider.Name, provider.Model, PromptBuilder.Version, ai.Value.MaxOutputTokens, prompt.System, prompt.User);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(material)));
    }

    private sealed record Reply(string Text, int InputTokens, int OutputTokens);
}

/// <summary>Another worker took the job over (this one's lease ran out): this one stops without writing anything.</summary>
public sealed class AiJobLeaseLostException : OperationCanceledException
{
    public AiJobLeaseLostException() : base("The job's lease was taken over by another worker.") { }

    public AiJobLeaseLostException(string message) : base(message) { }

    public AiJobLeaseLostException(string message, Exception inner) : base(message, inner) { }
}

internal static partial class AiLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "AI job {JobId} ({Task}) finished: {Outcome}, {InputTokens} input and {OutputTokens} output tokens")]
    public static partial void Finished(ILogger logger, Guid jobId, string task, string outcome, int inputTokens, int outputTokens);

    [LoggerMessage(Level = LogLevel.Information, Message = "AI call for job {JobId}: {Provider} {Model} {Outcome}, {InputTokens} input and {OutputTokens} output tokens, {CostUsd} USD")]
    public static partial void Call(ILogger logger, Guid jobId, string provider, string model, string outcome, int inputTokens, int outputTokens, double costUsd);

    [LoggerMessage(Level = LogLevel.Warning, Message = "AI job {JobId}: provider {Provider} failed ({Error}, {Reason}); offline suggestions given instead")]
    public static partial void ProviderFailed(ILogger logger, Guid jobId, string provider, string error, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "AI job {JobId}: attempt {Attempt} failed ({Reason}); next attempt at {NotBefore:o}")]
    public static partial void RetryScheduled(ILogger logger, Guid jobId, int attempt, string reason, DateTime notBefore);

    [LoggerMessage(Level = LogLevel.Warning, Message = "AI job {JobId} dead-lettered after {Attempts} attempts ({Reason}); the offline suggestions are its answer")]
    public static partial void DeadLettered(ILogger logger, Guid jobId, int attempts, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "AI job {JobId}: reply {Attempt} failed validation")]
    public static partial void Malformed(ILogger logger, Guid jobId, int attempt);

    // Error, so it reaches Sentry; the exception goes along for its stack trace; a database or provider exception holds no resume text.
    [LoggerMessage(Level = LogLevel.Error, Message = "AI worker: claiming or running a job failed ({Error}); trying again in {DelaySeconds} s")]
    public static partial void WorkerFailed(ILogger logger, string error, double delaySeconds, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "AI worker: released job {JobId} back to the queue (stopping)")]
    public static partial void Released(ILogger logger, Guid jobId);
}
