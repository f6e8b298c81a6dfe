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
/// checks the budget, calls the provider (streaming; Claude with the reply schema as structured output, falling back
/// to JSON by prompt for a model that refuses it), validates the reply (asking once more when a reply by prompt is
/// malformed), records tokens (cached ones apart) and cost, and finishes the job. A provider that fails is not an error for the user: the job shows
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
                    : outcome with { Notice = outcome.ErrorTitle is { } title ? $"The AI could not finish this request ({title.TrimEnd('.')}), so these offline suggestions are the final answer." : outcome.Notice ?? OfflineSuggestions.Notice };
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

    /// <summary>The notice of the offline suggestions given for a structured reply that still could not be used.</summary>
    public const string UnusableReplyNotice = "The AI's reply could not be used, so these are the offline suggestions. Try again; if it keeps happening, choose fewer bullets.";

    /// <summary>The same for a cover letter: the AI letter failed its checks (for example a fact the resume lacks).</summary>
    public const string UnusableLetterNotice = "The AI's letter could not be used, so the letter stays the offline draft. Draft it again, or edit the offline draft.";

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
            await RecordAsync(job, default, replyMode: null, cached: true, cancellationToken);
            return Outcome(AiSource.Cache, answerFromCache, default) with { Cached = true };
        }

        if (await ledger.SpentBudgetAsync(job.WorkspaceId, job.ClientHash, cancellationToken) is { } spent)
        {
            return AiJobOutcome.Failure("ai-budget-exhausted", "The daily AI budget is spent", BudgetDetail(spent));
        }

        await ReportAsync(job, owner, AiJobStage.CallingModel, 15, cancellationToken);
        var mode = provider.Structured ? AiReplyMode.Structured : AiReplyMode.Prompt;
        var (messages, options) = provider.Request(prompt, mode == AiReplyMode.Structured);
        var used = default(AiTokens);
        var corrected = false;
        var retryAfter = RetryAfterProbe.Listen();
        while (true)
        {
            Reply reply;
            try
            {
                reply = await CallAsync(job, owner, messages, options, cancellationToken);
            }
            catch (Exception e) when (mode == AiReplyMode.Structured && !cancellationToken.IsCancellationRequested && provider.RefusedStructuredOutput(e))
            {
                // This model lacks structured outputs (a 400 naming the parameter, nothing billed): ask again at once by
                // prompt; the provider remembers, so later jobs do not try it again.
                AiLog.StructuredOutputRefused(log, job.Id, provider.Model);
                metrics.Call(provider.Name, provider.Model, "error", default, 0, mode);
                mode = AiReplyMode.Prompt;
                (messages, options) = provider.Request(prompt, structured: false);
                continue;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is not AiJobLeaseLostException && !DatabaseErrors.IsDatabase(e))
            {
                // Timeouts, 429/5xx/529 after the HTTP retries, an open circuit, a refused connection: offline suggestions
                // now, and the AI again later when the failure is transient.
                var failure = ProviderFailure.Of(e);
                AiLog.ProviderFailed(log, job.Id, provider.Name, e.GetType().Name, failure.Category);
                metrics.Call(provider.Name, provider.Model, "error", default, 0, mode);
                return offline.For(task, resume, input).WithUsage(used, ledger.Cost(used)) with
                {
                    Retry = failure.Transient ? failure : null,
                    RetryAfter = retryAfter.Delay,
                };
            }

            used += reply.Tokens;
            await RecordAsync(job, reply.Tokens, mode, cached: false, cancellationToken);
            await ReportAsync(job, owner, AiJobStage.Validating, 90, cancellationToken);
            var check = ReplyValidator.Check(reply.Text, prompt, p => ResumeFields.Get(resume, p));
            if (check.Answer is { } answer)
            {
                await StoreAsync(key, job, reply, used, cancellationToken);
                return Outcome(AiSource.Ai, answer, used) with { ReplyMode = mode };
            }

            AiLog.Malformed(log, job.Id, mode, corrected ? 2 : 1);
            if (mode == AiReplyMode.Structured)
            {
                // Generated against the schema and still unusable (cut off at the token limit, or a refusal): the same
                // request would most likely pay for the same again, so no second call; the offline suggestions instead.
                var notice = task == AiTask.CoverLetter ? UnusableLetterNotice : UnusableReplyNotice;
                return offline.For(task, resume, input).WithUsage(used, ledger.Cost(used)) with { Notice = notice, ReplyMode = mode };
            }

            if (corrected)
            {
                return AiJobOutcome.Failure("ai-malformed-reply", "The AI reply could not be used",
                    "The AI answered twice in a form that could not be checked, so nothing was suggested. Try again; if it keeps happening, choose fewer bullets.")
                    .WithUsage(used, ledger.Cost(used)) with
                { ReplyMode = mode };
            }

            corrected = true;
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

    private AiJobOutcome Outcome(string source, AiAnswer answer, AiTokens used) =>
        new AiJobOutcome(source, answer.Suggestions) { Overview = answer.Overview, Discarded = answer.Discarded }.WithUsage(used, ledger.Cost(used));

    private async Task<Reply> CallAsync(AiJob job, string owner, List<ChatMessage> messages, ChatOptions options, CancellationToken cancellationToken)
    {
        using var chat = provider.CreateChatClient();
        var text = new StringBuilder();
        long input = 0, output = 0, cacheWrite = 0, cacheRead = 0;
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
                // The input count includes the cached tokens: those read (CachedInputTokenCount) and those written.
                input = Math.Max(input, usage.Details.InputTokenCount ?? 0);
                output = Math.Max(output, usage.Details.OutputTokenCount ?? 0);
                cacheRead = Math.Max(cacheRead, usage.Details.CachedInputTokenCount ?? 0);
                if (usage.Details.AdditionalCounts?.TryGetValue(CacheCreationCount, out var written) == true)
                {
                    cacheWrite = Math.Max(cacheWrite, written);
                }
            }
        }

        if (input == 0 && output == 0)
        {
            // A server that reports no usage (some local ones): estimate at ~4 characters per token.
            input = messages.Sum(m => m.Text.Length) / 4;
            output = text.Length / 4;
        }

        return new Reply(text.ToString(), new AiTokens((int)Math.Max(0, input - cacheRead - cacheWrite), (int)output, (int)cacheWrite, (int)cacheRead));
    }

    /// <summary>Where the Anthropic SDK's chat client puts <c>cache_creation_input_tokens</c> in the usage details.</summary>
    private const string CacheCreationCount = "CacheCreationInputTokens";

    private async Task RecordAsync(AiJob job, AiTokens tokens, string? replyMode, bool cached, CancellationToken cancellationToken)
    {
        var cost = ledger.Cost(tokens);
        await ledger.RecordAsync(new AiUsageRecord
        {
            Id = Guid.NewGuid(),
            WorkspaceId = job.WorkspaceId,
            JobId = job.Id,
            AnalysisId = job.AnalysisId,
            ClientHash = job.ClientHash,
            Provider = provider.Name,
            Model = provider.Model,
            InputTokens = tokens.Input,
            OutputTokens = tokens.Output,
            CacheWriteTokens = tokens.CacheWrite,
            CacheReadTokens = tokens.CacheRead,
            CostUsd = cost,
            Cached = cached,
            ReplyMode = replyMode,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        }, cancellationToken);
        metrics.Call(provider.Name, provider.Model, cached ? "cached" : "ok", tokens, cost, replyMode);
        AiLog.Call(log, job.Id, provider.Name, provider.Model, cached ? "cached" : "ok", replyMode ?? "none", tokens.Input, tokens.CacheWrite, tokens.CacheRead, tokens.Output, cost);
    }

    private async Task StoreAsync(string key, AiJob job, Reply reply, AiTokens used, CancellationToken cancellationToken)
    {
        var entry = new AiCachedReply
        {
            Key = key,
            WorkspaceId = job.WorkspaceId,
            ResumeId = job.ResumeId,
            Model = provider.Model,
            PromptVersion = PromptBuilder.Version,
            Reply = reply.Text,
            // Every input token the answer took, cached or not: what a hit saves.
            InputTokens = (int)(used.Total - used.Output),
            OutputTokens = used.Output,
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

    private sealed record Reply(string Text, AiTokens Tokens);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "AI call for job {JobId}: {Provider} {Model} {Outcome} ({ReplyMode}), {InputTokens} input, {CacheWriteTokens} cache-write, {CacheReadTokens} cache-read and {OutputTokens} output tokens, {CostUsd} USD")]
    public static partial void Call(ILogger logger, Guid jobId, string provider, string model, string outcome, string replyMode, int inputTokens, int cacheWriteTokens, int cacheReadTokens, int outputTokens, double costUsd);

    [LoggerMessage(Level = LogLevel.Warning, Message = "AI job {JobId}: model {Model} refused the structured-output format; asking by prompt from now on")]
    public static partial void StructuredOutputRefused(ILogger logger, Guid jobId, string model);

    [LoggerMessage(Level = LogLevel.Warning, Message = "AI job {JobId}: provider {Provider} failed ({Error}, {Reason}); offline suggestions given instead")]
    public static partial void ProviderFailed(ILogger logger, Guid jobId, string provider, string error, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "AI job {JobId}: attempt {Attempt} failed ({Reason}); next attempt at {NotBefore:o}")]
    public static partial void RetryScheduled(ILogger logger, Guid jobId, int attempt, string reason, DateTime notBefore);

    [LoggerMessage(Level = LogLevel.Warning, Message = "AI job {JobId} dead-lettered after {Attempts} attempts ({Reason}); the offline suggestions are its answer")]
    public static partial void DeadLettered(ILogger logger, Guid jobId, int attempts, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "AI job {JobId}: reply {Attempt} ({ReplyMode}) failed validation")]
    public static partial void Malformed(ILogger logger, Guid jobId, string replyMode, int attempt);

    // Error, so it reaches Sentry; the exception goes along for its stack trace; a database or provider exception holds no resume text.
    [LoggerMessage(Level = LogLevel.Error, Message = "AI worker: claiming or running a job failed ({Error}); trying again in {DelaySeconds} s")]
    public static partial void WorkerFailed(ILogger logger, string error, double delaySeconds, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "AI worker: released job {JobId} back to the queue (stopping)")]
    public static partial void Released(ILogger logger, Guid jobId);
}
