using Microsoft.Playwright;
using ResumeRefiner.Api.Tests.Infrastructure;

namespace ResumeRefiner.Api.Tests.EndToEnd;

/// <summary>
/// axe finds no serious or critical violation on any view of the app, on a laptop and on a phone: the start page,
/// a refused upload, the empty and filled resume lists, the privacy and not-found pages, and the workspace with
/// every section open and every tool tab shown.
/// </summary>
public sealed class AccessibilityFlowTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(1366, 900, false)]
    [InlineData(360, 780, true)]
    public async Task Every_view_is_free_of_serious_accessibility_violations(int width, int height, bool phone)
    {
        await using var context = await browser.Browser.NewContextAsync(new()
        {
            BaseURL = browser.BaseAddress.ToString(),
            ViewportSize = new() { Width = width, Height = height },
            IsMobile = phone,
            HasTouch = phone,
        });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/resumes");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(page);

        await page.GotoAsync("/privacy");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(page);

        await page.GotoAsync("/no-such-page");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(page);

        await page.GotoAsync("/");
        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "cv.pdf", MimeType = "application/pdf", Buffer = Documents.Executable() });
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Axe.AssertNoSeriousViolationsAsync(page);

        await StartPage.UploadAndOpenAsync(page, new FilePayload
        {
            Name = "Jane-Example-CV.pdf",
            MimeType = "application/pdf",
            Buffer = Documents.Pdf(WorkspaceFlowTests.ResumeLines),
        }, "Jane Q. Example");
        var expand = page.GetByRole(AriaRole.Button, new() { Name = "Expand all sections" });
        if (await expand.IsVisibleAsync())
        {
            await expand.ClickAsync();
        }

        await Axe.AssertNoSeriousViolationsAsync(page);

        // An analysis first, so the panels and the markers beside the fields have findings to show.
        await page.GetByRole(AriaRole.Tab, new() { Name = "Analysis" }).ClickAsync();
        await page.GetByLabel("Job description (optional)").FillAsync(WorkspaceFlowTests.JobDescription);
        await page.GetByRole(AriaRole.Button, new() { Name = "Analyse", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.List, new() { Name = "Missing skills" })).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Axe.AssertNoSeriousViolationsAsync(page);

        var tabs = page.GetByRole(AriaRole.Tablist, new() { Name = "Tools" }).GetByRole(AriaRole.Tab);
        var names = await tabs.AllInnerTextsAsync();
        Assert.Contains("Export", names);
        Assert.Equal(phone, !names.Contains("Preview"));
        // A tab changes only its panel; the rest of the workspace was checked above.
        foreach (var name in names)
        {
            await page.GetByRole(AriaRole.Tab, new() { Name = name }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Tab, new() { Name = name })).ToHaveAttributeAsync("aria-selected", "true");
            await Axe.AssertNoSeriousViolationsAsync(page.GetByRole(AriaRole.Tabpanel, new() { Name = name }));
        }

        if (phone)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Preview", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByTitle("Preview of your resume as a PDF")).ToBeVisibleAsync();
            await Axe.AssertNoSeriousViolationsAsync(page);
        }

        await page.GotoAsync("/resumes");
        await Assertions.Expect(page.GetByText("Jane-Example-CV.pdf")).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(page);
    }
}
