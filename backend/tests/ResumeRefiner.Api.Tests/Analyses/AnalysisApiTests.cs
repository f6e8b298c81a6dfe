using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ResumeRefiner.Api.Tests.Infrastructure;

namespace ResumeRefiner.Api.Tests.Analyses;

public abstract class AnalysisApiTests(ApiFactory factory)
{
    private const string Job = """
        Senior Backend Engineer

        Requirements
        - 5+ years of experience building services in C# and .NET
        - Strong PostgreSQL and Kubernetes experience
        - Bachelor's degree in Computer Science

        Nice to have
        - Terraform

        We offer a competitive salary and dental insurance. We are an equal opportunity employer.
        """;

    [Fact]
    public async Task An_analysis_with_a_job_description_is_scored_explained_and_stored()
    {
        using var client = factory.CreateClient();
        var resume = await client.UploadOkAsync(Documents.Pdf(), "cv.pdf");
        var path = $"/api/v1/resumes/{resume.Id}/analyses";

        using var response = await client.PostAsJsonAsync(path, new { jobDescription = Job });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var analysis = await response.Content.ReadFromJsonAsync<JsonElement>();
        var report = analysis.GetProperty("report");
        Assert.InRange(report.GetProperty("overallScore").GetInt32(), 0, 100);
        var categories = report.GetProperty("categories").EnumerateArray().Select(c => c.GetProperty("category").GetString()).ToList();
        Assert.Equal(["atsReadiness", "content", "language", "jobMatch"], categories);
        var match = report.GetProperty("match");
        var matched = match.GetProperty("matched").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();
        var missing = match.GetProperty("missing").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();
        Assert.Contains("PostgreSQL", matched);
        Assert.Contains("Kubernetes", missing);
        Assert.All(report.GetProperty("findings").EnumerateArray(), f =>
        {
            Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("whyItMatters").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("whatToDo").GetString()));
            Assert.Contains(f.GetProperty("severity").GetString(), new[] { "critical", "major", "minor", "info" });
        });

        var list = await client.GetFromJsonAsync<JsonElement>(path);
        var item = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.True(item.GetProperty("hasJob").GetBoolean());
        var stored = await client.GetFromJsonAsync<JsonElement>($"{path}/{analysis.GetProperty("id").GetString()}");
        Assert.Equal(report.GetProperty("overallScore").GetInt32(), stored.GetProperty("report").GetProperty("overallScore").GetInt32());
    }

    [Fact]
    public async Task Without_a_job_description_job_match_is_not_measured()
    {
        using var client = factory.CreateClient();
        var resume = await client.UploadOkAsync(Documents.Docx(), "cv.docx");

        using var response = await client.PostAsJsonAsync($"/api/v1/resumes/{resume.Id}/analyses", new { jobDescription = (string?)null });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var report = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("report");
        var jobMatch = report.GetProperty("categories").EnumerateArray().Single(c => c.GetProperty("category").GetString() == "jobMatch");
        Assert.False(jobMatch.TryGetProperty("score", out var score) && score.ValueKind == JsonValueKind.Number);
        Assert.False(report.TryGetProperty("match", out var match) && match.ValueKind == JsonValueKind.Object);
    }

    [Fact]
    public async Task A_misspelled_bullet_is_reported_at_its_bullet_with_a_fix()
    {
        using var client = factory.CreateClient();
        var lines = Documents.SampleLines.Select(l => l.Replace("the migration", "the migraton", StringComparison.Ordinal)).ToArray();
        var resume = await client.UploadOkAsync(Documents.Text(lines), "cv.txt");

        using var response = await client.PostAsJsonAsync($"/api/v1/resumes/{resume.Id}/analyses", new { jobDescription = (string?)null });

        var findings = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("report").GetProperty("findings").EnumerateArray();
        var spelling = Assert.Single(findings, f => f.GetProperty("rule").GetString() == "language-spelling");
        var location = spelling.GetProperty("location").GetString()!;
        Assert.Matches(@"^work\[0\]\.highlights\[\d\]$", location);
        var fix = spelling.GetProperty("fix");
        Assert.Equal(location, fix.GetProperty("path").GetString());
        Assert.Equal("migration", fix.GetProperty("replacement").GetString());
        var bullet = resume.Resume.Work[0].Highlights[int.Parse(location[^2..^1], System.Globalization.CultureInfo.InvariantCulture)];
        Assert.Equal("migraton", bullet.Substring(fix.GetProperty("offset").GetInt32(), fix.GetProperty("length").GetInt32()));
    }

    [Fact]
    public async Task Another_workspace_cannot_analyse_or_read_analyses()
    {
        using var owner = factory.CreateClient();
        var resume = await owner.UploadOkAsync(Documents.Text(), "cv.txt");
        using var created = await owner.PostAsJsonAsync($"/api/v1/resumes/{resume.Id}/analyses", new { jobDescription = Job });
        var analysisId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        using var stranger = factory.CreateClient();
        await stranger.UploadOkAsync(Documents.Text("Someone Else"), "mine.txt");

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsJsonAsync($"/api/v1/resumes/{resume.Id}/analyses", new { jobDescription = Job })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/resumes/{resume.Id}/analyses")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/resumes/{resume.Id}/analyses/{analysisId}")).StatusCode);
        var list = await owner.GetFromJsonAsync<JsonElement>($"/api/v1/resumes/{resume.Id}/analyses");
        Assert.Single(list.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task An_oversized_job_description_is_a_400_problem_and_nothing_is_stored()
    {
        using var client = factory.CreateClient();
        var resume = await client.UploadOkAsync(Documents.Text(), "cv.txt");

        using var response = await client.PostAsJsonAsync($"/api/v1/resumes/{resume.Id}/analyses", new { jobDescription = new string('x', 60_000) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await response.ReadProblemAsync();
        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/resumes/{resume.Id}/analyses");
        Assert.Empty(list.GetProperty("items").EnumerateArray());
    }
}

public sealed class SqliteAnalysisApiTests(SqliteApiFixture fixture) : AnalysisApiTests(fixture.Factory), IClassFixture<SqliteApiFixture>;

[Collection(PostgresApiCollection.Name)]
public sealed class PostgresAnalysisApiTests(PostgresApiFixture fixture) : AnalysisApiTests(fixture.Factory);
