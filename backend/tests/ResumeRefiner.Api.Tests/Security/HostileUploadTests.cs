using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ResumeRefiner.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ResumeRefiner.Api.Tests.Security;

/// <summary>
/// Every generated hostile file goes through the real upload pipeline (sniffing, limits, parsing, storage):
/// each gets a parsed resume or a 4xx problem, never a 5xx, a hang or a crash, and the server stays healthy.
/// </summary>
public sealed class HostileUploadTests(ITestOutputHelper output)
{
    // Only a hang detector: a file that takes this long has defeated the parse time limit.
    private static readonly TimeSpan HangAfter = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Every_hostile_file_gets_a_result_or_a_clear_4xx_and_the_server_stays_healthy()
    {
        using var factory = ApiFactory.Sqlite(new Dictionary<string, string?>
        {
            ["RATE_LIMIT_PER_MINUTE"] = "100000",
            ["UPLOAD_RATE_LIMIT_PER_MINUTE"] = "100000",
        });
        using var client = factory.CreateClient();
        client.Timeout = HangAfter;

        var files = HostileFiles.All(factory.MaxFileSize).ToList();
        Assert.True(files.Count >= 150, $"only {files.Count} hostile files");

        var outcomes = new List<(HostileFile File, HttpStatusCode Status, TimeSpan Took)>();
        var failures = new List<string>();
        long peakManaged = 0;
        foreach (var file in files)
        {
            var watch = Stopwatch.StartNew();
            using var response = await RawUploadAsync(client, file);
            watch.Stop();
            outcomes.Add((file, response.StatusCode, watch.Elapsed));
            peakManaged = Math.Max(peakManaged, GC.GetTotalMemory(forceFullCollection: false));

            var status = (int)response.StatusCode;
            if (status is not (200 or 201) and not (>= 400 and < 500))
            {
                failures.Add($"{file}: HTTP {status}");
            }
            else if (status >= 400)
            {
                var problem = await response.ReadProblemAsync();
                if (!problem.TryGetProperty("detail", out var detail) || string.IsNullOrWhiteSpace(detail.GetString()))
                {
                    failures.Add($"{file}: HTTP {status} without a problem detail");
                }
            }
        }

        Report(outcomes, peakManaged);
        Assert.True(failures.Count == 0, string.Join("\n", failures));

        // Still healthy, still serving ordinary uploads.
        using var health = await client.GetAsync(new Uri("/health", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var detailAfter = await client.UploadOkAsync(Documents.Pdf(), "after.pdf");
        Assert.Equal("Jane Q. Example", detailAfter.Resume.Basics.Name);

        // Nothing half-written: every stored file has its row and every row its file.
        var rows = await factory.WithDbAsync(db => db.Resumes.CountAsync());
        Assert.Equal(rows, factory.StoredFiles().Length);

        // A file name never becomes a path: everything stored sits under the upload directory.
        Assert.All(factory.StoredFiles(), path => Assert.StartsWith(Path.GetFullPath(factory.UploadDir), Path.GetFullPath(path), StringComparison.Ordinal));
        Assert.False(File.Exists("/tmp/evil.txt"));
    }

    /// <summary>
    /// Writes the multipart body by hand: HttpClient's own form content refuses the hostile file names (quotes,
    /// line breaks) that a raw client can still send in the part's headers.
    /// </summary>
    private static Task<HttpResponseMessage> RawUploadAsync(HttpClient client, HostileFile file)
    {
        const string boundary = "hostile-boundary-7d1f";
        var head = Encoding.UTF8.GetBytes($"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file.Name}\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\n");
        var tail = Encoding.UTF8.GetBytes($"\r\n--{boundary}--\r\n");
        var body = new ByteArrayContent([.. head, .. file.Content, .. tail]);
        body.Headers.TryAddWithoutValidation("Content-Type", $"multipart/form-data; boundary={boundary}");
        return client.PostAsync(new Uri("/api/v1/resumes", UriKind.Relative), body);
    }

    private void Report(List<(HostileFile File, HttpStatusCode Status, TimeSpan Took)> outcomes, long peakManaged)
    {
        output.WriteLine($"hostile uploads: {outcomes.Count} files");
        foreach (var group in outcomes.GroupBy(o => (int)o.Status).OrderBy(g => g.Key))
        {
            output.WriteLine($"  HTTP {group.Key}: {group.Count()}  ({string.Join(", ", group.GroupBy(o => o.File.Category).Select(c => $"{c.Key} {c.Count()}"))})");
        }

        foreach (var (file, status, took) in outcomes)
        {
            output.WriteLine($"    {file}: HTTP {(int)status} in {took.TotalMilliseconds:F0} ms");
        }

        var slowest = outcomes.MaxBy(o => o.Took);
        output.WriteLine($"  slowest: {slowest.File} {slowest.Took.TotalMilliseconds:F0} ms; total {outcomes.Sum(o => o.Took.TotalSeconds):F1} s");
        using var process = Process.GetCurrentProcess();
        output.WriteLine($"  peak working set of the test process {process.PeakWorkingSet64 / (1024 * 1024)} MB; largest managed heap seen {peakManaged / (1024 * 1024)} MB");
    }
}
