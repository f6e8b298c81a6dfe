using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ResumeRefiner.Api.Observability;
using ResumeRefiner.Api.Persistence;

namespace ResumeRefiner.Api.Feedback;

/// <summary>Checks a verdict against the closed vocabularies, stores it for the workspace and counts it in /metrics.</summary>
public sealed partial class FeedbackRecorder(AppDb db, AppMetrics metrics, TimeProvider clock)
{
    /// <summary>Far more than anyone rates; bounds what one workspace can write.</summary>
    public const int MaxPerWorkspace = 5_000;

    /// <summary>Null when the request is acceptable, else what is wrong with it.</summary>
    public static string? Validate(FeedbackRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Kind is not { } kind || !FeedbackVocabulary.Kinds.Contains(kind))
        {
            return $"kind must be one of: {string.Join(", ", FeedbackVocabulary.Kinds)}.";
        }

        if (request.Rule is not { } rule || !RuleId().IsMatch(rule))
        {
            return "rule must be the rule's id: 1 to 64 letters, digits, '.', '_', ':' or '-' (no text of the resume).";
        }

        var verdicts = FeedbackVocabulary.VerdictsFor(kind);
        if (request.Verdict is not { } verdict || !verdicts.Contains(verdict))
        {
            return $"verdict must be one of: {string.Join(", ", verdicts)}.";
        }

        return request.Reason is { } reason && !FeedbackVocabulary.Reasons.Contains(reason)
            ? $"reason, when given, must be one of: {string.Join(", ", FeedbackVocabulary.Reasons)}."
            : null;
    }

    /// <summary>Stores a validated verdict; false when the workspace has given as much feedback as it may.</summary>
    public async Task<bool> RecordAsync(Guid workspaceId, FeedbackRequest request, CancellationToken cancellationToken)
    {
        if (await db.Feedback.CountAsync(f => f.WorkspaceId == workspaceId, cancellationToken) >= MaxPerWorkspace)
        {
            return false;
        }

        db.Feedback.Add(new FeedbackVerdict
        {
            Id = Guid.CreateVersion7(),
            WorkspaceId = workspaceId,
            Kind = request.Kind!,
            Rule = request.Rule!,
            Verdict = request.Verdict!,
            Reason = request.Reason,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        metrics.Feedback(request.Kind!, request.Rule!, request.Verdict!);
        return true;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$")]
    private static partial Regex RuleId();
}

/// <param name="Kind">finding, fix, suggestion or export.</param>
/// <param name="Rule">The item's rule id (a finding's <c>rule</c>, a fix's kind, an AI job's task; <c>export</c> for an export).</param>
/// <param name="Verdict">helpful or not-helpful; for an export good, okay or poor.</param>
/// <param name="Reason">Optional: wrong, unclear, not-relevant, changed-meaning or other.</param>
public sealed record FeedbackRequest(string? Kind, string? Rule, string? Verdict, string? Reason);
