using Microsoft.Playwright;
using ResumeRefiner.Api.Tests.Infrastructure;

namespace ResumeRefiner.Api.Tests.EndToEnd;

/// <summary>
/// A job seeker's whole visit in the real browser against the real server: upload a Word file, edit, analyse
/// against a posting, apply a spelling fix, export, and delete everything; then the same start on a phone.
/// </summary>
public sealed class WorkspaceFlowTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>The sample resume with a typo ("teh") for the spelling fix to find.</summary>
    internal static readonly string[] ResumeLines = [.. Documents.SampleLines.Select(line =>
        line == "• Mentored five engineers" ? "• Mentored five engineers and ran teh release calendar" : line)];

    internal const string JobDescription = """
        Senior Backend Engineer

        Requirements
        - 5+ years of experience with C# and PostgreSQL
        - Hands-on experience with Kubernetes and Terraform
        """;

    [Fact]
    public async Task Upload_edit_analyse_fix_export_and_delete_everything()
    {
        await using var context = await browser.Browser.NewContextAsync(new()
        {
            BaseURL = browser.BaseAddress.ToString(),
            AcceptDownloads = true,
            ViewportSize = new() { Width = 1366, Height = 900 },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await StartPage.UploadAndOpenAsync(page, new FilePayload
        {
            Name = "Jane-Example.docx",
            MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Buffer = Documents.Docx(ResumeLines),
        }, "Jane Q. Example");
        await Axe.AssertNoSeriousViolationsAsync(page);

        // An edited bullet is saved and still there after a reload.
        var firstBullet = page.Locator("[data-path='work[0].highlights[0]']");
        await firstBullet.FillAsync("Led the billing migration to .NET, cutting hosting costs by 30%");
        await Assertions.Expect(page.GetByText("Saved", new() { Exact = true })).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await page.ReloadAsync();
        await Assertions.Expect(firstBullet).ToHaveValueAsync("Led the billing migration to .NET, cutting hosting costs by 30%", new() { Timeout = 10_000 });

        // A comma inside a list item stays part of it: items are lines.
        var keywords = page.Locator("[data-path='skills[0].keywords']");
        await keywords.FocusAsync();
        await page.Keyboard.PressAsync("Control+End");
        await page.Keyboard.TypeAsync("\nMicrosoft Word, Excel & Outlook");
        await Assertions.Expect(page.GetByText("Saved", new() { Exact = true })).ToBeVisibleAsync(new() { Timeout = 10_000 });
        var id = new Uri(page.Url).Segments[^1];
        var saved = await page.EvaluateAsync<string[]>("async id => (await (await fetch('/api/v1/resumes/' + id)).json()).resume.skills[0].keywords", id);
        Assert.Equal("Microsoft Word, Excel & Outlook", saved[^1]);

        // The live preview beside the editor is the PDF export, in the chosen template, and the browser shows it.
        var preview = page.GetByTitle("Preview of your resume as a PDF");
        await Assertions.Expect(preview).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("format=pdf&template=classic.*disposition=inline"));
        var shown = await (await preview.ElementHandleAsync())!.ContentFrameAsync();
        // A frame the browser refuses ends on its own error page, not on the export.
        for (var wait = 0; wait < 50 && !shown!.Url.Contains("disposition=inline", StringComparison.Ordinal) && !shown.Url.StartsWith("chrome-error:", StringComparison.Ordinal); wait++)
        {
            await page.WaitForTimeoutAsync(200);
        }

        Assert.Contains("disposition=inline", shown!.Url, StringComparison.Ordinal);

        // An analysis against a posting shows what the resume is missing. The tools sit in tabs beside the editor.
        await page.GetByRole(AriaRole.Tab, new() { Name = "Analysis" }).ClickAsync();
        await page.GetByLabel("Job description (optional)").FillAsync(JobDescription);
        await page.GetByRole(AriaRole.Button, new() { Name = "Analyse", Exact = true }).ClickAsync();
        var missing = page.GetByRole(AriaRole.List, new() { Name = "Missing skills" });
        await Assertions.Expect(missing).ToContainTextAsync("Kubernetes", new() { Timeout = 15_000 });
        await Assertions.Expect(missing).ToContainTextAsync("Terraform");
        await Assertions.Expect(page.GetByRole(AriaRole.List, new() { Name = "Matched skills" })).ToContainTextAsync("PostgreSQL");
        await Axe.AssertNoSeriousViolationsAsync(page);

        // The spelling finding's one-click fix corrects the bullet in place, and the correction is saved.
        var spelling = page.Locator(".finding").Filter(new() { HasText = "teh" });
        await spelling.GetByRole(AriaRole.Button, new() { Name = "Apply fix" }).ClickAsync();
        var secondBullet = page.Locator("[data-path='work[0].highlights[1]']");
        await Assertions.Expect(secondBullet).ToHaveValueAsync("Mentored five engineers and ran the release calendar");
        await Assertions.Expect(page.GetByText("Saved", new() { Exact = true })).ToBeVisibleAsync(new() { Timeout = 10_000 });

        // The PDF download is a PDF named after the person.
        await page.GetByRole(AriaRole.Tab, new() { Name = "Export" }).ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Download PDF" }).ClickAsync());
        Assert.Equal("Jane-Q-Example-Resume.pdf", download.SuggestedFilename);
        await using (var content = await download.CreateReadStreamAsync())
        {
            var magic = new byte[5];
            await content.ReadExactlyAsync(magic);
            Assert.Equal("%PDF-"u8.ToArray(), magic);
        }

        // "Delete all my data" empties the workspace, on the server too.
        await page.GotoAsync("/resumes");
        await Assertions.Expect(page.GetByRole(AriaRole.List, new() { Name = "Your resumes" })).ToContainTextAsync("Jane-Example.docx");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete all my data" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, delete everything" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.List, new() { Name = "Your resumes" })).ToHaveCountAsync(0, new() { Timeout = 10_000 });
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByText("Jane-Example.docx")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task On_a_phone_the_start_page_and_workspace_fit_the_screen_and_stay_accessible()
    {
        await using var context = await browser.Browser.NewContextAsync(new()
        {
            BaseURL = browser.BaseAddress.ToString(),
            ViewportSize = new() { Width = 360, Height = 740 },
            IsMobile = true,
            HasTouch = true,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await AssertNoSidewaysScrollAsync(page);

        await StartPage.UploadAndOpenAsync(page, new FilePayload
        {
            Name = "Jane-Example-CV.pdf",
            MimeType = "application/pdf",
            Buffer = Documents.Pdf(ResumeLines),
        }, "Jane Q. Example");
        await Assertions.Expect(page.Locator("[data-path='work[0].highlights[1]']")).ToHaveValueAsync("Mentored five engineers and ran teh release calendar");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await AssertNoSidewaysScrollAsync(page);
        // With its sections folded (as they start on a phone) the workspace is at most 8 screens of 780 px.
        var height = await page.EvaluateAsync<int>("document.documentElement.scrollHeight");
        Assert.True(height <= 8 * 780, $"The workspace is {height} px tall on a phone.");

        // The preview takes the editor's place on a phone.
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTitle("Preview of your resume as a PDF")).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(page);
        await AssertNoSidewaysScrollAsync(page);

        await page.GotoAsync("/resumes");
        await Assertions.Expect(page.GetByText("Jane-Example-CV.pdf")).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(page);
        await AssertNoSidewaysScrollAsync(page);
    }

    /// <summary>A layout wider than the phone would make the user scroll sideways to read every line.</summary>
    private static async Task AssertNoSidewaysScrollAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        var (scrollWidth, viewport) = (widths[0], widths[1]);
        Assert.True(scrollWidth <= viewport, $"{page.Url} is {scrollWidth}px wide on a {viewport}px screen.");
    }
}
