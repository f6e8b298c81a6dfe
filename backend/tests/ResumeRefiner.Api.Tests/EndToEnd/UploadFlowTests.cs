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

        await Assertions.Expect(page.GetByText("This file is not a resume we can read", new() { Exact = false })).ToBeVisibleAsync(new() { Timeout = 15_000 });
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

    [Fact]
    public async Task Upload_times_are_shown_in_the_browsers_own_zone()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = browser.BaseAddress.ToString(), TimezoneId = "America/New_York", Locale = "en-US" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await StartPage.UploadAndOpenAsync(page, new FilePayload { Name = "zone.txt", MimeType = "text/plain", Buffer = Documents.Text() }, "Jane Q. Example");

        await page.GotoAsync("/resumes");
        var time = page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "zone.txt" }).Locator("time");
        var stamp = await time.GetAttributeAsync("datetime");
        var shown = await time.InnerTextAsync();

        // The API says UTC ("Z"); the page shows that instant on New York's clock, as Intl's medium date and short time.
        Assert.EndsWith("Z", stamp, StringComparison.Ordinal);
        var instant = DateTimeOffset.Parse(stamp!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(instant, DateTimeOffset.UtcNow.AddMinutes(-10), DateTimeOffset.UtcNow.AddMinutes(1));
        var newYork = TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));
        var expected = newYork.ToString("MMM d, yyyy, h:mm tt", System.Globalization.CultureInfo.GetCultureInfo("en-US"));
        Assert.Equal(expected, shown.Replace('\u202F', ' ').Replace('\u00A0', ' '));
    }

    [Fact]
    public async Task A_second_upload_of_the_same_file_offers_the_edited_copy_or_a_fresh_read()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = browser.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        var file = new FilePayload { Name = "again.txt", MimeType = "text/plain", Buffer = Documents.Text() };
        await page.GotoAsync("/");
        await StartPage.UploadAndOpenAsync(page, file, "Jane Q. Example");
        var first = page.Url;

        await page.GotoAsync("/");
        await page.Locator("input[type=file]").SetInputFilesAsync(file);
        var choice = page.GetByRole(AriaRole.Group, new() { Name = "You uploaded “again.txt” before" });
        await Assertions.Expect(choice).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Axe.AssertNoSeriousViolationsAsync(page);
        await choice.GetByRole(AriaRole.Button, new() { Name = "Read the file again as a new resume" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Jane Q. Example" })).ToBeVisibleAsync(new() { Timeout = 15_000 });
        Assert.NotEqual(first, page.Url);
        await page.GotoAsync("/resumes");
        await Assertions.Expect(page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "again.txt" })).ToHaveCountAsync(2);
    }
}
