namespace ResumeRefiner.Cli.Tests.Verbs;

public sealed class ExportVerbTests : IDisposable
{
    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("export-verb-");

    public void Dispose() => dir.Delete(true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(dir.FullName, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Exports_a_JSON_Resume_and_a_text_resume_to_DIR_name_ext()
    {
        var json = Write("zoe.json", "\uFEFF" + """{"basics":{"name":"Zoë Ångström","email":"zoe@example.com"},"work":[{"name":"Globex Corp","position":"Engineer","startDate":"2020-01","highlights":["Built things"]}]}""");
        var text = Write("cv.txt", "Jane Doe\njane@example.com\n\nEXPERIENCE\nAcme Corp — Senior Engineer\nJan 2019 – Present\n- Shipped the product\n");
        var outDir = Path.Combine(dir.FullName, "out");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = CliApp.Run(["export", json, text, "--to", "pdf", "--template", "modern", "--paper", "a4", "--out", outDir], stdout, stderr);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr.ToString());
        Assert.StartsWith("%PDF", File.ReadAllText(Path.Combine(outDir, "zoe.pdf"))[..4], StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(outDir, "cv.pdf")));
    }

    [Fact]
    public void An_unreadable_file_gets_one_stderr_line_and_the_others_are_still_exported()
    {
        var good = Write("good.json", """{"basics":{"name":"Minh"}}""");
        var bad = Write("bad.json", "{ not json");
        var outDir = Path.Combine(dir.FullName, "out");
        var stderr = new StringWriter();

        var code = CliApp.Run(["export", bad, good, "--to", "md", "--out", outDir], new StringWriter(), stderr);

        Assert.NotEqual(0, code);
        var lines = stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith(bad, lines[0], StringComparison.Ordinal);
        Assert.Equal("# Minh\n", File.ReadAllText(Path.Combine(outDir, "good.md")));
    }

    [Fact]
    public void A_JSON_Resume_over_the_limits_is_refused_with_the_field_it_names()
    {
        var big = Write("big.json", "{\"basics\":{\"summary\":\"" + new string('a', 20_001) + "\"}}");
        var outDir = Path.Combine(dir.FullName, "out");
        var stderr = new StringWriter();

        var code = CliApp.Run(["export", big, "--to", "md", "--out", outDir], new StringWriter(), stderr);

        Assert.NotEqual(0, code);
        Assert.Contains("basics.summary is longer than 20,000 characters", stderr.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(outDir, "big.md")));
    }

    [Theory]
    [InlineData("--to", "odt")]
    [InlineData("--template", "fancy")]
    [InlineData("--paper", "legal")]
    public void Unknown_format_template_or_paper_is_a_usage_error(string option, string value)
    {
        var good = Write("good.json", """{"basics":{"name":"Minh"}}""");
        string[] args = option == "--to"
            ? ["export", good, "--to", value, "--out", dir.FullName]
            : ["export", good, "--to", "pdf", option, value, "--out", dir.FullName];
        var stderr = new StringWriter();
        Assert.Equal(2, CliApp.Run(args, new StringWriter(), stderr));
        Assert.Contains(option, stderr.ToString(), StringComparison.Ordinal);
    }
}
