using System.Diagnostics;

namespace ResumeRefiner.Api.Tests.Configuration;

/// <summary>The published server itself refuses an unsafe production configuration and names the variable.</summary>
public sealed class StartupRefusalTests
{
    [Theory]
    [InlineData(null, "https://app.example.com", "SECRET_KEY is required")]
    [InlineData("too-short", "https://app.example.com", "SECRET_KEY is too short")]
    [InlineData("0123456789abcdef0123456789abcdef-long-enough", "*", "ALLOWED_ORIGINS must list exact origins")]
    public async Task Production_server_exits_with_the_variable_named(string? secret, string origins, string expected)
    {
        var server = Path.Combine(AppContext.BaseDirectory, "ResumeRefiner.Api.dll");
        var start = new ProcessStartInfo("dotnet", [server])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = Directory.CreateTempSubdirectory("rr-start-").FullName,
        };
        start.Environment["ENVIRONMENT"] = "production";
        start.Environment["ALLOWED_ORIGINS"] = origins;
        start.Environment.Remove("SECRET_KEY");
        if (secret is not null)
        {
            start.Environment["SECRET_KEY"] = secret;
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(1, process.ExitCode);
        Assert.Contains(expected, await stderr, StringComparison.Ordinal);
    }
}
