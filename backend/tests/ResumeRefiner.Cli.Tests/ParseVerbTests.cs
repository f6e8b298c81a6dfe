using System.Text;
using ResumeRefiner.Cli;
using ResumeRefiner.Core.Model;

namespace ResumeRefiner.Cli.Tests;

public sealed class ParseVerbTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("rr-cli-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Writes_json_resume_named_after_each_input()
    {
        var txt = Write("cv.txt", Encoding.UTF8.GetBytes("Jane Doe\njane@example.com\n\nEXPERIENCE\nAcme Corp | Engineer | 2019 - 2021\n• Built things.\n"));
        var md = Write("cv.md", Encoding.UTF8.GetBytes("# John Roe\njohn@example.com\n"));
        var outDir = Path.Combine(dir, "out");

        var (code, _, err) = Run("parse", txt, md, "--out", outDir);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, err);
        var resume = ResumeJson.Deserialize(File.ReadAllText(Path.Combine(outDir, "cv.txt.json")));
        Assert.Equal("Jane Doe", resume.Basics.Name);
        Assert.Equal("Acme Corp", Assert.Single(resume.Work).Name);
        Assert.Equal("2019", resume.Work[0].StartDate);
        Assert.Equal("John Roe", ResumeJson.Deserialize(File.ReadAllText(Path.Combine(outDir, "cv.md.json"))).Basics.Name);
    }

    [Fact]
    public void Bad_file_gets_an_error_line_and_a_non_zero_exit_while_good_files_are_still_written()
    {
        var fakePdf = Write("fake.pdf", [(byte)'M', (byte)'Z', 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]);
        var broken = Write("broken.pdf", "%PDF-1.7\ngarbage without objects"u8.ToArray());
        var good = Write("good.txt", Encoding.UTF8.GetBytes("Jane Doe\njane@example.com\n"));
        var outDir = Path.Combine(dir, "out");

        var (code, _, err) = Run("parse", fakePdf, broken, good, "--out", outDir);

        Assert.NotEqual(0, code);
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith(fakePdf + ": ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith(broken + ": ", lines[1], StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(outDir, "good.txt.json")));
        Assert.False(File.Exists(Path.Combine(outDir, "fake.pdf.json")));
        Assert.False(File.Exists(Path.Combine(outDir, "broken.pdf.json")));
    }

    [Fact]
    public void Missing_file_is_reported_and_others_processed()
    {
        var good = Write("good.txt", Encoding.UTF8.GetBytes("Jane Doe\n"));

        var (code, _, err) = Run("parse", Path.Combine(dir, "nope.pdf"), good, "--out", Path.Combine(dir, "out"));

        Assert.Equal(1, code);
        Assert.Contains("nope.pdf", err, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dir, "out", "good.txt.json")));
    }

    [Fact]
    public void Requires_an_output_directory()
    {
        var (code, _, err) = Run("parse", "x.txt");

        Assert.Equal(2, code);
        Assert.Contains("--out", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_verb_is_an_error()
    {
        var (code, _, err) = Run("frobnicate");

        Assert.Equal(2, code);
        Assert.Contains("unknown verb", err, StringComparison.Ordinal);
    }
}
