using ResumeRefiner.Api.Tests.Ai;

namespace ResumeRefiner.Api.Tests.EndToEnd;

/// <summary>
/// The browser fixture with AI on: the server talks to the fake Anthropic server on 127.0.0.1 (an explicit key and
/// base URL, so nothing can reach the real API).
/// </summary>
public sealed class AiBrowserFixture : BrowserFixture
{
    public FakeAnthropic Provider { get; private set; } = null!;

    protected override async Task<IReadOnlyDictionary<string, string?>> StartDependenciesAsync()
    {
        Provider = await FakeAnthropic.StartAsync();
        return new Dictionary<string, string?>
        {
            ["CLAUDE_API_KEY"] = AiTestHost.ApiKey,
            ["ANTHROPIC_BASE_URL"] = Provider.BaseUrl,
            ["AI_RETRY_BASE_DELAY_MS"] = "50",
            ["AI_TIMEOUT_SECONDS"] = "10",
            ["AI_MAX_RETRIES"] = "2",
        };
    }

    protected override async Task StopDependenciesAsync()
    {
        if (Provider is not null)
        {
            await Provider.DisposeAsync();
        }
    }
}
