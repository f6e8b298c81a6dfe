using System.ComponentModel;
using System.Diagnostics;

namespace ResumeRefiner.Core.Parsing.Ocr;

/// <summary>A command-line tool that could not be started: it is not installed or not on the path.</summary>
internal sealed class ToolMissingException(string tool, Exception inner)
    : Exception($"'{tool}' could not be started.", inner);

/// <summary>
/// Runs a command-line tool (pdftoppm, tesseract) as a child process: arguments passed as a list, never through a
/// shell; standard output captured; the whole process tree killed when the time budget runs out or the caller
/// cancels, so no orphan keeps a core busy after the request has gone.
/// </summary>
internal static class ExternalTool
{
    /// <returns>The tool's standard output.</returns>
    /// <exception cref="ToolMissingException">The tool is not installed.</exception>
    /// <exception cref="OperationCanceledException">Cancelled, or over <paramref name="budget"/>.</exception>
    /// <exception cref="InvalidOperationException">The tool exited with an error.</exception>
    public static string Run(string tool, IEnumerable<string> arguments, string workingDirectory, TimeSpan budget,
        CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(tool)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new ToolMissingException(tool, e);
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(budget);
        var output = process.StandardOutput.ReadToEndAsync(limit.Token);
        var errors = process.StandardError.ReadToEndAsync(limit.Token);
        try
        {
            process.WaitForExitAsync(limit.Token).GetAwaiter().GetResult();
            output.GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new OperationCanceledException($"'{tool}' was stopped: cancelled or over its {budget.TotalSeconds:0} s budget.", null, cancellationToken);
        }

        if (process.ExitCode != 0)
        {
            // The tool's own message, which names a file in our private folder, never the document's text.
            var detail = errors.IsCompletedSuccessfully ? errors.Result.Trim() : string.Empty;
            throw new InvalidOperationException($"'{tool}' exited with code {process.ExitCode}: {detail}");
        }

        return output.Result;
    }
}
