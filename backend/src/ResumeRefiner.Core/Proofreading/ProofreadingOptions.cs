namespace ResumeRefiner.Core.Proofreading;

/// <summary>What to check and how: the language variant, rules switched off by id, and the
/// workspace's personal dictionary ("add to dictionary").</summary>
public sealed record ProofreadingOptions
{
    /// <summary>"en-US" (default) or "en-GB"; anything else falls back to en-US.</summary>
    public string Language { get; init; } = "en-US";

    /// <summary>Rule ids (e.g. "STYLE_PASSIVE_VOICE") that must not report.</summary>
    public IReadOnlyCollection<string> DisabledRules { get; init; } = [];

    /// <summary>Words the user accepted; matched case-insensitively, never flagged.</summary>
    public IReadOnlyCollection<string> PersonalDictionary { get; init; } = [];

    /// <summary>Style rules (pronouns, weak openers, buzzwords, ...) are for resumes; general
    /// prose may want only spelling, grammar and punctuation.</summary>
    public bool IncludeStyle { get; init; } = true;
}
