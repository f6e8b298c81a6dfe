namespace ResumeRefiner.Core.Proofreading.Rules;

/// <summary>All rules, most specific first: when two report the same span, the first wins.</summary>
internal static class RuleSet
{
    public static IReadOnlyList<IProofRule> All { get; } =
    [
        new SpellingRule(),
    ];
}
