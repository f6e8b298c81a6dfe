using ResumeRefiner.Core.Ai;
using ResumeRefiner.Core.Analysis.Ats;
using ResumeRefiner.Core.Analysis.Report;
using ResumeRefiner.Core.Export.Standardization;
using ResumeRefiner.Core.Model;

namespace ResumeRefiner.Api.Ai;

/// <summary>
/// What the user gets when the provider is down: the offline standardisation fixes and the analysis findings that
/// carry a fix, limited to the fields the task is about, plus the top findings' advice as an overview.
/// </summary>
public sealed class OfflineSuggestions(IResumeAnalyzer analyzer, IResumeStandardizer standardiser)
{
    public const string Notice = "The AI provider is unavailable right now, so these are the offline suggestions. Try the AI again in a few minutes.";

    /// <summary>Shown while the job waits for its next attempt.</summary>
    public const string RetryNotice = "The AI provider is unavailable right now, so these are the offline suggestions. The AI will be asked again by itself, and its suggestions will appear here when it answers.";

    /// <summary>Shown once the job is out of attempts (dead-lettered).</summary>
    public const string FinalNotice = "The AI provider stayed unavailable after several tries, so these offline suggestions are the final answer. Ask the AI again later.";

    /// <summary>Shown when a later attempt's AI answer took the place of the offline suggestions.</summary>
    public const string ReplacedNotice = "The AI answered on a later try: its suggestions replace the offline ones you had not decided on.";

    /// <summary>A cover-letter job whose AI call failed: the letter keeps its offline draft.</summary>
    public const string CoverLetterNotice = "The AI provider is unavailable right now, so the letter stays the offline draft. Draft it again in a few minutes for an AI letter.";

    public AiJobOutcome For(AiTask task, Resume resume, AiTaskInput input)
    {
        ArgumentNullException.ThrowIfNull(resume);
        ArgumentNullException.ThrowIfNull(input);
        if (task == AiTask.CoverLetter)
        {
            // The letter's offline draft is already its first version: nothing to suggest.
            return new AiJobOutcome(AiSource.Offline, []) { Notice = CoverLetterNotice };
        }

        bool InScope(string path) => task switch
        {
            AiTask.RewriteBullets => input.Targets.Contains(path, StringComparer.Ordinal),
            AiTask.Summary => path == "basics.summary",
            _ => true,
        };

        var report = analyzer.Analyze(new ResumeDocument(resume, null, DocumentFacts.Unknown), task == AiTask.Tailor ? input.JobDescription : null);
        var suggestions = new List<AiSuggestion>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fix in standardiser.Suggest(resume).Where(f => InScope(f.Path) && seen.Add(f.Path)))
        {
            suggestions.Add(new AiSuggestion(fix.Path, fix.Before, fix.After, fix.Description));
        }

        foreach (var finding in report.Findings.Where(f => f.Fix is { } fix && InScope(fix.Path) && !seen.Contains(fix.Path)))
        {
            var fix = finding.Fix!;
            if (ResumeFields.Get(resume, fix.Path) is { } original && fix.Offset + fix.Length <= original.Length && seen.Add(fix.Path))
            {
                suggestions.Add(new AiSuggestion(fix.Path, original, original.Remove(fix.Offset, fix.Length).Insert(fix.Offset, fix.Replacement), finding.Message));
            }
        }

        var advice = report.Findings.Where(f => InScope(f.Location) || task is AiTask.Review or AiTask.Tailor).Take(3).Select(f => $"{f.Message} {f.WhatToDo}");
        var overview = string.Join(" ", advice);
        if (task == AiTask.Tailor && report.Match is { Missing.Count: > 0 } match)
        {
            overview = $"The posting asks for {string.Join(", ", match.Missing.Select(s => s.Name))}, which the resume does not show. Add those you have truly used to the bullets that describe that work. " + overview;
        }

        return new AiJobOutcome(AiSource.Offline, suggestions) { Notice = Notice, Overview = overview.Length == 0 ? null : overview.Trim() };
    }
}
