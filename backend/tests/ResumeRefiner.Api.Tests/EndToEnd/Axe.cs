using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ResumeRefiner.Api.Tests.EndToEnd;

internal static class Axe
{
    // Every rule still runs; only violations are reported in full, which spares axe listing every passing node.
    private static readonly AxeRunOptions ViolationsOnly = new() { ResultTypes = [ResultType.Violations] };

    /// <summary>Runs axe-core on the page as it is now; serious and critical violations fail the test.</summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var serious = Serious(await page.RunAxe(ViolationsOnly));
        Assert.True(serious.Count == 0, $"Accessibility violations on {page.Url}: " + string.Join("; ", serious));
    }

    /// <summary>Runs axe-core on one part of the page, for a view that changes only that part.</summary>
    public static async Task AssertNoSeriousViolationsAsync(ILocator part)
    {
        var serious = Serious(await part.RunAxe(ViolationsOnly));
        Assert.True(serious.Count == 0, $"Accessibility violations in {part}: " + string.Join("; ", serious));
    }

    private static List<string> Serious(AxeResult result) =>
        result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
}
