using Microsoft.Playwright;
using ResumeRefiner.Api.Tests.Infrastructure;

namespace ResumeRefiner.Api.Tests.EndToEnd;

/// <summary>
/// AI suggestions in the real browser, against the real server and the fake Anthropic server: choose a bullet, get a
/// rewrite, accept it, see it in the editor, Undo it and accept it again; on a phone-sized screen, by keyboard where it matters.
/// </summary>
public sealed class AiSuggestionFlowTests(AiBrowserFixture browser) : IClassFixture<AiBrowserFixture>
{
    private const string Bullet = "Led the migration of the billing platform to .NET, cutting costs by 30%";

    private static readonly string[] ResumeLines =
    [
        "Jane Q. Example",
        "jane.example@example.com | +1 415 555 0134 | San Francisco, CA",
        "",
        "EXPERIENCE",
        "Senior Software Engineer, Acme Corp",
        "Jan 2020 - Present",
        "• " + Bullet,
        "• Mentored five engineers and ran the release calendar",
        "",
        "SKILLS",
        "C#, TypeScript, PostgreSQL",
    ];

    [Fact]
    public async Task Rewrites_a_chosen_bullet_accepts_it_undoes_it_and_accepts_it_again()
    {
        await using var context = await browser.Browser.NewContextAsync(new()
        {
            BaseURL = browser.BaseAddress.ToString(),
            ViewportSize = new() { Width = 360, Height = 740 },
        });
        var page = await context.NewPageAsync();
        var requests = new System.Collections.Concurrent.ConcurrentQueue<string>();
        page.Request += (_, request) => requests.Enqueue(request.Method + " " + new Uri(request.Url).AbsolutePath);
        await page.GotoAsync("/");
        await StartPage.UploadAndOpenAsync(page, new FilePayload
        {
            Name = "Jane-Example.txt",
            MimeType = "text/plain",
            Buffer = Documents.Text(ResumeLines),
        }, "Jane Q. Example");
        var bullet = page.Locator("[data-path='work[0].highlights[0]']");
        await Assertions.Expect(bullet).ToHaveValueAsync(Bullet);

        await page.GetByRole(AriaRole.Tab, new() { Name = "AI", Exact = true }).ClickAsync();
        var panel = page.GetByRole(AriaRole.Region, new() { Name = "AI suggestions" });
        await Assertions.Expect(panel).ToContainTextAsync("is sent to Anthropic (Claude, model claude-sonnet-5-5)", new() { Timeout = 10_000 });

        // Keyboard only: tick the bullet with Space, then send with Enter.
        var checkbox = panel.GetByRole(AriaRole.Checkbox, new() { Name = Bullet });
        await checkbox.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(checkbox).ToBeCheckedAsync();
        await panel.GetByRole(AriaRole.Button, new() { Name = "Get suggestions" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        var suggestion = panel.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Bullet 1 of Senior Software Engineer, Acme Corp" });
        await Assertions.Expect(suggestion).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(suggestion.Locator("ins").First).ToContainTextAsync("Delivered:");
        Assert.Single(browser.Provider.Requests);
        // The job was followed through its event stream to the end, without falling back to polling.
        Assert.Contains(requests, r => r.StartsWith("GET /api/v1/resumes/", StringComparison.Ordinal) && r.EndsWith("/events", StringComparison.Ordinal));
        Assert.DoesNotContain(requests, r => System.Text.RegularExpressions.Regex.IsMatch(r, "^GET /api/v1/resumes/[^/]+/ai/jobs/[^/]+$"));
        await Axe.AssertNoSeriousViolationsAsync(page);
        await AssertNoSidewaysScrollAsync(page);

        var accept = suggestion.GetByRole(AriaRole.Button, new() { Name = "Accept suggestion for Bullet 1 of Senior Software Engineer, Acme Corp" });
        await accept.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(suggestion).ToContainTextAsync("Accepted.", new() { Timeout = 10_000 });
        const string Rewritten = "Delivered: " + Bullet + ", improving results by [X]%";
        await Assertions.Expect(bullet).ToHaveValueAsync(Rewritten);
        await Assertions.Expect(page.GetByText("version 2", new() { Exact = false }).First).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Undo" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Undone. Restored version 1.")).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await Assertions.Expect(bullet).ToHaveValueAsync(Bullet);

        // The card follows the history: it says the change was taken back, and accepting again brings it back.
        await Assertions.Expect(suggestion).ToContainTextAsync("Reverted: your resume shows the original text again.");
        await Assertions.Expect(suggestion).Not.ToContainTextAsync("Accepted.");
        await suggestion.GetByRole(AriaRole.Button, new() { Name = "Accept again suggestion for Bullet 1 of Senior Software Engineer, Acme Corp" }).ClickAsync();
        await Assertions.Expect(bullet).ToHaveValueAsync(Rewritten, new() { Timeout = 10_000 });
        await Assertions.Expect(suggestion).ToContainTextAsync("Accepted.");

        // What the server sent the provider: the resume without contact details (every task sends the same resume
        // data, so the provider can cache it), and a task that names only the chosen bullet.
        var sent = browser.Provider.Requests.Single();
        Assert.Contains("billing platform", sent.Raw, StringComparison.Ordinal);
        Assert.DoesNotContain("jane.example@example.com", sent.Raw, StringComparison.Ordinal);
        var task = sent.Body["messages"]![0]!["content"]!.AsArray()[^1]!["text"]!.GetValue<string>();
        Assert.Contains("{\"fields\":[\"work[0].highlights[0]\"]}", task, StringComparison.Ordinal);
    }

    private static async Task AssertNoSidewaysScrollAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"{page.Url} is {widths[0]}px wide on a {widths[1]}px screen.");
    }
}
