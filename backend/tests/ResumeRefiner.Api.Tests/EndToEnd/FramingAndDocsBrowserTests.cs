using Microsoft.Playwright;
using ResumeRefiner.Api.Tests.Infrastructure;

namespace ResumeRefiner.Api.Tests.EndToEnd;

/// <summary>What Chromium itself refuses under the app's headers: a framed export, and the API reference's resources.</summary>
public sealed class FramingAndDocsBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_app_may_frame_an_inline_export_but_not_any_other_answer()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = browser.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        // Uploaded through the page's own cookie jar, so the frames below are in this workspace.
        await using var upload = await context.APIRequest.PostAsync("/api/v1/resumes", new()
        {
            Multipart = context.APIRequest.CreateFormData().Set("file", new FilePayload { Name = "cv.txt", MimeType = "text/plain", Buffer = Documents.Text() }),
        });
        var id = (await upload.JsonAsync())!.Value.GetProperty("id").GetGuid();

        // A frame the browser refuses shows its own error page instead of the answer.
        Assert.EndsWith("disposition=inline", await FramedUrlAsync(page, $"/api/v1/resumes/{id}/export?format=pdf&disposition=inline"), StringComparison.Ordinal);
        Assert.StartsWith("chrome-error:", await FramedUrlAsync(page, $"/api/v1/resumes/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_API_reference_loads_without_a_resource_blocked_by_its_policy()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = browser.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.RequestFailed += (_, request) => errors.Add($"{request.Url}: {request.Failure}");

        await page.GotoAsync("/docs/");
        // The reference renders the document, then loads its fonts for the text it shows.
        await Assertions.Expect(page.GetByText("Resume Refiner API").First).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await page.EvaluateAsync("() => document.fonts.ready.then(() => undefined)");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Empty(errors);
    }

    /// <summary>Shows <paramref name="url"/> in a new frame of the page and answers the address the frame ended on.</summary>
    private static async Task<string> FramedUrlAsync(IPage page, string url)
    {
        var frame = await page.EvaluateHandleAsync("""
            url => new Promise(resolve => {
              const frame = document.createElement('iframe');
              frame.addEventListener('load', () => resolve(frame), { once: true });
              frame.src = url;
              document.body.append(frame);
            })
            """, url);
        var content = await frame.AsElement()!.ContentFrameAsync();
        return content!.Url;
    }
}
