using System.Diagnostics;

namespace ResumeRefiner.Core.Tests.Export;

/// <summary>Runs the Debian PDF tools (qpdf, pdfinfo) on an exported PDF, as an independent reader would.</summary>
internal static class PdfTools
{
    public static (int ExitCode, string Output) Run(string tool, string package, byte[] pdf, params string[] arguments)
    {
        var executable = FindOnPath(tool);
        Assert.True(executable is not null,
            $"{tool} is not installed: install the Debian package '{package}' (apt-get install -y --no-install-recommends {package}).");

        var file = Path.Combine(Path.GetTempPath(), $"export-{Guid.NewGuid():N}.pdf");
        try
        {
            File.WriteAllBytes(file, pdf);
            var start = new ProcessStartInfo(executable!) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            start.ArgumentList.Add(file);
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, stdout + stderr.GetAwaiter().GetResult());
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
