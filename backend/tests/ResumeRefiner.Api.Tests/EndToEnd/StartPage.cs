using Microsoft.Playwright;

namespace ResumeRefiner.Api.Tests.EndToEnd;

internal static class StartPage
{
    /// <summary>Picks a file on the start page and waits for its workspace, headed by the parsed name.</summary>
    public static async Task UploadAndOpenAsync(IPage page, FilePayload file, string expectedName)
    {
        await page.Locator("input[type=file]").SetInputFilesAsync(file);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = expectedName }))
            .ToBeVisibleAsync(new() { Timeout = 15_000 });
    }
}
