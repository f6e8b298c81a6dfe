using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ResumeRefiner.Api.Tests.EndToEnd;

internal static class Axe
{
    /// <summary>Runs axe-core on the page as it is now; serious and critical violations fail the test.</summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
        Assert.True(serious.Count == 0, $"Accessibility violations on {page.Url}: " + string.Join("; ", serious));
    }
}
