using System.Diagnostics;
using System.Text;
using ResumeRefiner.Api.Tests.Infrastructure;
using ResumeRefiner.Api.Tests.Operations;

namespace ResumeRefiner.Api.Tests.OpenApi;

/// <summary>
/// The API on a real socket and the document it serves, written where the npm scripts of tools/openapi read it
/// (generated/openapi.json). scripts/test.sh installs that package (`npm ci` in tools/openapi).
/// </summary>
public sealed class OpenApiToolsFixture : IAsyncLifetime
{
    public static readonly string ToolsDir = Repository.PathOf("tools/openapi");

    public ApiFactory Factory { get; } = ApiFactory.Sqlite();

    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!Directory.Exists(Path.Combine(ToolsDir, "node_modules")))
        {
            throw new InvalidOperationException($"The OpenAPI tools are not installed in {ToolsDir}: run `npm ci` there (scripts/test.sh does).");
        }

        BaseAddress = Factory.StartOnSocket();
        using var client = new HttpClient { BaseAddress = BaseAddress };
        var document = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        Directory.CreateDirectory(Path.Combine(ToolsDir, "generated"));
        await File.WriteAllTextAsync(Path.Combine(ToolsDir, "generated", "openapi.json"), document);
    }

    /// <summary>Runs one npm script of tools/openapi and answers its exit code and what it printed.</summary>
    public static async Task<ScriptRun> RunAsync(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("npm")
        {
            WorkingDirectory = ToolsDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "run", "--silent", script, "--" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeLimit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeLimit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"npm run {script} did not finish within 2 minutes.");
        }

        return new ScriptRun(script, process.ExitCode, await output, await errors);
    }

    /// <summary>Runs one npm script of tools/openapi and fails the test, showing its output, unless it succeeds.</summary>
    public static async Task<ScriptRun> RunOkAsync(string script, params string[] arguments)
    {
        var run = await RunAsync(script, arguments);
        Assert.True(run.ExitCode == 0, run.ToString());
        return run;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

public sealed record ScriptRun(string Script, int ExitCode, string Output, string Errors)
{
    public override string ToString() =>
        new StringBuilder($"npm run {Script} exited {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Errors}").ToString();
}
