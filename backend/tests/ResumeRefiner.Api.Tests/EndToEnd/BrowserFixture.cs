using Microsoft.Playwright;
using ResumeRefiner.Api.Tests.Infrastructure;

namespace ResumeRefiner.Api.Tests.EndToEnd;

/// <summary>
/// The real server on a real socket, serving the built SPA, and Debian's Chromium driven by Playwright.
/// The README's test command builds the SPA (frontend/dist) before the backend tests run.
/// A variant can add server settings (and start what they point at) by overriding <see cref="StartDependenciesAsync"/>.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public ApiFactory Factory { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?> { ["SPA_DIR"] = FindSpa() };
        foreach (var (key, value) in await StartDependenciesAsync())
        {
            settings[key] = value;
        }

        Factory = ApiFactory.Sqlite(settings);
        BaseAddress = Factory.StartOnSocket();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (Factory is not null)
        {
            await Factory.DisposeAsync();
        }

        await StopDependenciesAsync();
    }

    /// <summary>Starts what the server depends on in this variant and answers the settings that point at it.</summary>
    protected virtual Task<IReadOnlyDictionary<string, string?>> StartDependenciesAsync() =>
        Task.FromResult<IReadOnlyDictionary<string, string?>>(new Dictionary<string, string?>());

    /// <summary>Stops what <see cref="StartDependenciesAsync"/> started, after the server has stopped.</summary>
    protected virtual Task StopDependenciesAsync() => Task.CompletedTask;

    private static string FindSpa()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "frontend", "dist");
            if (File.Exists(Path.Combine(candidate, "index.html")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("The built SPA was not found (frontend/dist/index.html). Run `npm run build` in frontend/ or use the README's test command.");
    }
}
