using System.Text.Json;
using ResumeRefiner.Cli.Verbs;

namespace ResumeRefiner.Cli.Tests;

public sealed class CheckVerbTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "check-verb-" + Guid.NewGuid().ToString("N"));

    public CheckVerbTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Writes_one_json_file_per_input_with_the_contract_fields()
    {
        var input = Path.Combine(_dir, "cv.txt");
        File.WriteAllText(input, "Summary\nWe recieved the the award.\n");
        var outDir = Path.Combine(_dir, "out");
        var stderr = new StringWriter();

        var code = CheckVerb.RunArgs([input, "--out", outDir], stderr);

        Assert.Equal(0, code);
        Assert.Equal("", stderr.ToString());
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "cv.txt.json")));
        var issues = json.RootElement.GetProperty("issues").EnumerateArray().ToList();
        Assert.Equal(2, issues.Count);
        var first = issues[0];
        Assert.Equal(11, first.GetProperty("offset").GetInt32()); // "Summary\n" + "We "
        Assert.Equal(8, first.GetProperty("length").GetInt32());
        Assert.Equal("spelling", first.GetProperty("category").GetString());
        Assert.Equal("SPELLING", first.GetProperty("rule").GetString());
        Assert.False(string.IsNullOrEmpty(first.GetProperty("message").GetString()));
        Assert.Equal("received", first.GetProperty("replacements")[0].GetString());
    }

    [Fact]
    public void Reports_an_unreadable_file_and_still_processes_the_others()
    {
        var good = Path.Combine(_dir, "good.txt");
        File.WriteAllText(good, "Led a team of five engineers.");
        var missing = Path.Combine(_dir, "missing.txt");
        var outDir = Path.Combine(_dir, "out");
        var stderr = new StringWriter();

        var code = CheckVerb.Run([missing, good], outDir, stderr);

        Assert.NotEqual(0, code);
        var lines = stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.Contains("missing.txt", lines[0], StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(outDir, "good.txt.json")));
        Assert.False(File.Exists(Path.Combine(outDir, "missing.txt.json")));
    }

    [Fact]
    public void Style_advice_is_added_on_request()
    {
        var input = Path.Combine(_dir, "cv.txt");
        File.WriteAllText(input, "Responsible for the billing system.");
        var plain = Path.Combine(_dir, "plain");
        var styled = Path.Combine(_dir, "styled");

        Assert.Equal(0, CheckVerb.RunArgs([input, "--out", plain], TextWriter.Null));
        Assert.Equal(0, CheckVerb.RunArgs([input, "--out", styled, "--style"], TextWriter.Null));

        Assert.DoesNotContain("STYLE_WEAK_OPENER", File.ReadAllText(Path.Combine(plain, "cv.txt.json")), StringComparison.Ordinal);
        Assert.Contains("STYLE_WEAK_OPENER", File.ReadAllText(Path.Combine(styled, "cv.txt.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_out_directory_is_a_usage_error()
    {
        var stderr = new StringWriter();
        Assert.Equal(2, CheckVerb.RunArgs(["a.txt"], stderr));
        Assert.Contains("usage", stderr.ToString(), StringComparison.Ordinal);
    }
}
