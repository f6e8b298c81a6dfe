using System.Diagnostics;

namespace ResumeRefiner.Api.Tests.Infrastructure;

/// <summary>
/// A real, tiny file system (tmpfs with a size limit) mounted on a folder, so a test can fill it and watch the app
/// meet a genuine "No space left on device". Mounting needs root, which the test command runs as.
/// </summary>
public sealed class SmallDisk : IDisposable
{
    private SmallDisk(string path) => Path = path;

    public string Path { get; }

    public static SmallDisk Mount(string path, string size)
    {
        if (Environment.UserName != "root")
        {
            throw new InvalidOperationException("Mounting a size-limited tmpfs needs root; run the tests as root (the README's test command does).");
        }

        Directory.CreateDirectory(path);
        Run("mount", "-t", "tmpfs", "-o", $"size={size}", "tmpfs", path);
        return new SmallDisk(path);
    }

    /// <summary>Writes a file until the disk is full and returns the error the disk gave.</summary>
    public IOException Fill(string name)
    {
        var chunk = new byte[64 * 1024];
        try
        {
            using var file = new FileStream(System.IO.Path.Combine(Path, name), FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1);
            for (var i = 0; i < 100_000; i++)
            {
                file.Write(chunk);
            }
        }
        catch (IOException full)
        {
            return full;
        }

        throw new InvalidOperationException("The small disk never filled up.");
    }

    public void Dispose() => Run("umount", "--lazy", Path);

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"`{program} {string.Join(' ', arguments)}` failed ({process.ExitCode}): {error}");
        }
    }
}
