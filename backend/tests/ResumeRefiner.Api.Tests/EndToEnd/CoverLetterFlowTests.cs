using Microsoft.Playwright;
using ResumeRefiner.Api.Tests.Infrastructure;

namespace ResumeRefiner.Api.Tests.EndToEnd;

/// <summary>A cover letter in the real browser with AI off: draft the offline letter, edit it, export it as PDF.</summary>
public sealed class CoverLetterFlowTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Draft_an_offline_letter_edit_it_and_export_it()
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
            Buffer = Documents.Docx(Documents.SampleLines),
        }, "Jane Q. Example");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Cover letter" }).ClickAsync();
        await page.GetByLabel("Job posting").FillAsync("Senior Backend Engineer\n\nRequirements\n- C# and PostgreSQL\n- Kubernetes");
        await page.GetByLabel("Company (optional)").FillAsync("Initech");
        await page.GetByRole(AriaRole.Button, new() { Name = "Draft letter" }).ClickAsync();

        var letter = page.GetByLabel("Letter", new() { Exact = true });
        await Assertions.Expect(letter).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("position at Initech"), new() { Timeout = 15_000 });
        await Assertions.Expect(letter).ToBeFocusedAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "offline draft" })).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(page);

        await letter.FocusAsync();
        await page.Keyboard.PressAsync("Control+End");
        await page.Keyboard.TypeAsync("\nP.S. Edited in the browser.");
        await Assertions.Expect(page.GetByText("Saved as version 2.")).ToBeVisibleAsync(new() { Timeout = 10_000 });

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Export PDF" }).ClickAsync());
        Assert.Equal("Jane-Q-Example-Cover-Letter.pdf", download.SuggestedFilename);
        var file = Path.Combine(Path.GetTempPath(), $"letter-{Guid.NewGuid():N}.pdf");
        await download.SaveAsAsync(file);
        try
        {
            using var pdf = UglyToad.PdfPig.PdfDocument.Open(file);
            var words = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
            Assert.Contains("Edited in the browser.", words, StringComparison.Ordinal);
            Assert.Contains("Initech", words, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
