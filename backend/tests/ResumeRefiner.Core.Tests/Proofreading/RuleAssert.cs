using ResumeRefiner.Core.Proofreading;

namespace ResumeRefiner.Core.Tests.Proofreading;

/// <summary>What one rule finds in a text, and the assertion most rule tests make about it.</summary>
internal static class RuleAssert
{
    private static readonly Proofreader Proofreader = new();

    public static List<ProofIssue> Issues(string text, string rule) =>
        [.. Proofreader.Check(text).Where(i => i.Rule == rule)];

    /// <summary>The rule flags exactly <paramref name="span"/>, explains why, and offers <paramref name="fix"/> first.</summary>
    public static void Flags(string rule, string text, string span, string fix)
    {
        var issue = Assert.Single(Issues(text, rule));
        Assert.Equal(span, text.Substring(issue.Offset, issue.Length));
        Assert.Equal(fix, issue.Replacements.Count > 0 ? issue.Replacements[0] : null);
        Assert.False(string.IsNullOrWhiteSpace(issue.Message));
    }
}
