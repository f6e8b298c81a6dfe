using System.Text.Json;
using ResumeRefiner.Cli;

namespace ResumeRefiner.Cli.Tests;

public sealed class AnalysisVerbTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rr-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static (int Code, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stderr.ToString());
    }

    private const string Job = """
        Backend Engineer
        Acme — Remote

        Requirements
        - 3+ years of experience with Python and PostgreSQL
        - Docker and Kubernetes
        - Bachelor's degree

        Nice to have
        - Terraform

        Benefits
        - 401(k) and free Excel training
        """;

    [Fact]
    public void Keywords_writes_one_json_per_posting()
    {
        var job = Write("jd.txt", Job);
        var outDir = Path.Combine(_dir, "out");
        var (code, err) = Run("keywords", job, "--out", outDir);
        Assert.Equal(0, code);
        Assert.Equal("", err);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "jd.txt.json")));
        var root = doc.RootElement;
        Assert.Equal("Backend Engineer", root.GetProperty("jobTitle").GetString());
        Assert.Equal(3, root.GetProperty("yearsExperience").GetInt32());
        Assert.Equal("Bachelor's", root.GetProperty("education").GetString());
        var skills = root.GetProperty("hardSkills").EnumerateArray().ToDictionary(s => s.GetProperty("canonical").GetString()!, s => s.GetProperty("required").GetBoolean());
        Assert.True(skills["PostgreSQL"]);
        Assert.False(skills["Terraform"]);
        Assert.False(skills.ContainsKey("Microsoft Excel"));
        Assert.Equal(JsonValueKind.Array, root.GetProperty("softSkills").ValueKind);
    }

    [Fact]
    public void Match_scores_resumes_and_lists_missing_skills()
    {
        var job = Write("jd.txt", Job);
        var strong = Write("strong.txt", "Jane Roe\nBackend Engineer\n\nEXPERIENCE\nBackend Engineer, Foo | 2018 - Present\n- Built Python services on Postgres, shipped with Docker to k8s\n\nEDUCATION\nBS Computer Science, 2017\n");
        var weak = Write("weak.md", "# John Roe\n\n## Experience\n- Built Python scripts\n");
        var outDir = Path.Combine(_dir, "m");
        var (code, _) = Run("match", strong, weak, "--job", job, "--out", outDir);
        Assert.Equal(0, code);
        using var s = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "strong.txt.json")));
        using var w = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "weak.md.json")));
        Assert.True(s.RootElement.GetProperty("score").GetInt32() > w.RootElement.GetProperty("score").GetInt32());
        var missing = w.RootElement.GetProperty("missing").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("PostgreSQL", missing);
        Assert.DoesNotContain("Python", missing);
    }

    [Fact]
    public void An_unreadable_file_is_one_line_on_stderr_and_the_others_still_run()
    {
        var job = Write("jd.txt", Job);
        var good = Write("good.txt", "Python developer with PostgreSQL and Docker experience.\n");
        var outDir = Path.Combine(_dir, "m");
        var (code, err) = Run("match", Path.Combine(_dir, "missing.pdf"), good, "--job", job, "--out", outDir);
        Assert.NotEqual(0, code);
        Assert.Single(err.Trim().Split('\n'));
        Assert.Contains("missing.pdf", err, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(outDir, "good.txt.json")));
    }

    [Fact]
    public void Match_without_a_job_is_refused()
    {
        var (code, err) = Run("match", Write("r.txt", "Python"), "--out", _dir);
        Assert.Equal(2, code);
        Assert.Contains("--job", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_writes_the_full_report()
    {
        var resume = Write("r.txt", "Jane Roe\njane@example.com\n\nEXPERIENCE\nEngineer, Foo | 2018 - Present\n- Responsible for Python services\n");
        var outDir = Path.Combine(_dir, "a");
        var (code, _) = Run("analyze", resume, "--job", Write("jd.txt", Job), "--out", outDir);
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "r.txt.json")));
        Assert.InRange(doc.RootElement.GetProperty("overallScore").GetInt32(), 0, 100);
        Assert.Equal(4, doc.RootElement.GetProperty("categories").GetArrayLength());
        Assert.True(doc.RootElement.GetProperty("findings").GetArrayLength() > 0);
        Assert.Equal(JsonValueKind.Object, doc.RootElement.GetProperty("match").ValueKind);
    }
}
