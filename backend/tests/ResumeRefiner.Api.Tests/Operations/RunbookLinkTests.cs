using System.Text.RegularExpressions;

namespace ResumeRefiner.Api.Tests.Operations;

/// <summary>Every alert links to a playbook that exists: a dead runbook link is found in CI, not during an incident.</summary>
public sealed partial class RunbookLinkTests
{
    [Fact]
    public void Every_alert_has_a_runbook_url_that_names_a_heading_of_the_runbook()
    {
        var rules = File.ReadAllText(Repository.PathOf("deploy/monitoring/alerts.yml"));
        var alerts = Alert().Matches(rules).Select(m => m.Groups[1].Value).ToList();
        var anchors = RunbookUrl().Matches(rules).Select(m => m.Groups[1].Value).ToList();
        var headings = File.ReadAllLines(Repository.PathOf("docs/runbook.md"))
            .Where(line => line.StartsWith('#'))
            .Select(line => Slug(line.TrimStart('#').Trim()))
            .ToHashSet(StringComparer.Ordinal);

        Assert.True(alerts.Count >= 8, $"only {alerts.Count} alerts found");
        Assert.Equal(alerts.Count, anchors.Count);
        Assert.All(anchors, anchor => Assert.Contains(anchor, headings));
    }

    /// <summary>GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens.</summary>
    private static string Slug(string heading) =>
        NotSlug().Replace(heading.ToLowerInvariant(), string.Empty).Replace(' ', '-');

    [GeneratedRegex(@"^\s*- alert: (\w+)", RegexOptions.Multiline)]
    private static partial Regex Alert();

    [GeneratedRegex(@"runbook_url: ""docs/runbook\.md#([^""]+)""")]
    private static partial Regex RunbookUrl();

    [GeneratedRegex(@"[^\p{L}\p{N} _-]")]
    private static partial Regex NotSlug();
}
