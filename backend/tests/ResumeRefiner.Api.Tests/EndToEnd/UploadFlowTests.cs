using Microsoft.Playwright;
using ResumeRefiner.Api.Tests.Infrastructure;

namespace ResumeRefiner.Api.Tests.EndToEnd;

public sealed class UploadFlowTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_visitor_uploads_a_PDF_in_the_browser_and_sees_the_parsed_name()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = browser.BaseAddress.ToString() });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await StartPage.UploadAndOpenAsync(page, new FilePayload
        {
            Name = "Jane-Example-CV.pdf",
            MimeType = "application/pdf",
            Buffer = Documents.Pdf(),
        }, "Jane Q. Example");
        await Assertions.Expect(page.GetByLabel("Email", new() { Exact = true })).ToHaveValueAsync("jane.example@example.com");
        await Axe.AssertNoSeriousViolationsAsync(page);

        // The list shows it, and deleting it empties the list.
        await page.GotoAsync("/resumes");
        await Assertions.Expect(page.GetByText("Jane-Example-CV.pdf")).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete Jane-Example-CV.pdf" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, delete" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Jane-Example-CV.pdf" })).ToHaveCountAsync(0);

        // The server agrees: the list is empty after a reload.
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Delete Jane-Example-CV.pdf" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_refused_file_shows_the_server_reason_as_a_sentence()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = browser.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "cv.pdf",
            MimeType = "application/pdf",
            Buffer = Documents.Executable(),
        });

        await Assertions.Expect(page.GetByText("This file is not a PDF, Word (.docx) or text document", new() { Exact = false })).ToBeVisibleAsync(new() { Timeout = 15_000 });
    }

    [Fact]
    public async Task The_privacy_page_is_one_click_from_the_footer_and_quotes_the_server_retention()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = browser.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Contentinfo).GetByRole(AriaRole.Link, new() { Name = "Privacy" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Privacy", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "How long" })).ToContainTextAsync("deleted 30 days after your last change");
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "AI suggestions" })).ToContainTextAsync("AI suggestions are off on this server");
        Assert.EndsWith("/privacy", page.Url, StringComparison.Ordinal);
        await Axe.AssertNoSeriousViolationsAsync(page);
    }
}
