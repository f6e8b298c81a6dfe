using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResumeRefiner.Api.Hosting;
using ResumeRefiner.Api.Resumes;
using ResumeRefiner.Api.Tests.Infrastructure;
using ResumeRefiner.Core.Model;

namespace ResumeRefiner.Api.Tests.Resumes;

/// <summary>Issue 20, finding 2: bounded JSON bodies (413), typed JSON bodies (415), bounded resumes.</summary>
public sealed class RequestBodyLimitTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    private ApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task A_25_MB_resume_is_a_413_problem_and_no_version_is_stored()
    {
        using var client = Factory.CreateClient();
        var created = await client.UploadOkAsync(Documents.Text(), "cv.txt");
        var json = "{\"basics\":{\"summary\":\"" + new string('a', 25 * 1024 * 1024) + "\"}}";

        using var put = await client.PutAsync(new Uri($"/api/v1/resumes/{created.Id}", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, put.StatusCode);
        var problem = await put.ReadProblemAsync();
        Assert.EndsWith(":body-too-large", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("The resume JSON is larger than 1 MB", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, await VersionsAsync(created.Id));
    }

    [Fact]
    public async Task An_oversized_chunked_body_without_a_length_is_a_413_problem()
    {
        using var client = Factory.CreateClient();
        var created = await client.UploadOkAsync(Documents.Text(), "cv.txt");

        using var put = await client.PutAsync(new Uri($"/api/v1/resumes/{created.Id}", UriKind.Relative), Chunked(2 * 1024 * 1024));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, put.StatusCode);
        Assert.EndsWith(":body-too-large", (await put.ReadProblemAsync()).GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, await VersionsAsync(created.Id));
    }

    [Fact]
    public async Task On_a_real_server_an_oversized_chunked_body_is_a_413_problem_too()
    {
        using var api = ApiFactory.Sqlite();
        using var client = new HttpClient { BaseAddress = api.StartOnSocket() };

        using var check = await client.PostAsync(new Uri("/api/v1/check", UriKind.Relative), Chunked(3 * 1024 * 1024));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, check.StatusCode);
        Assert.EndsWith(":body-too-large", (await check.ReadProblemAsync()).GetProperty("type").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_field_over_its_limit_is_a_413_problem_naming_the_field_and_no_version_is_stored()
    {
        using var client = Factory.CreateClient();
        var created = await client.UploadOkAsync(Documents.Text(), "cv.txt");
        var work = Enumerable.Range(0, 4).Select(_ => new Work { Name = "Acme", Highlights = ["Shipped", "Led", "x"] }).ToList();
        work[3] = work[3] with { Highlights = ["Shipped", "Led", new string('x', ResumeLimits.MaxFieldLength + 1)] };

        using var put = await client.PutAsJsonAsync($"/api/v1/resumes/{created.Id}", created.Resume with { Work = work }, ResumeJson.Options);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, put.StatusCode);
        var problem = await put.ReadProblemAsync();
        Assert.EndsWith(":resume-too-large", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.Equal("work[3].highlights[2]", problem.GetProperty("field").GetString());
        Assert.Contains("work[3].highlights[2]", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, await VersionsAsync(created.Id));
    }

    [Fact]
    public async Task A_section_sent_as_null_is_a_400_problem_not_a_server_error()
    {
        using var client = Factory.CreateClient();
        var created = await client.UploadOkAsync(Documents.Text(), "cv.txt");

        using var put = await client.PutAsync(new Uri($"/api/v1/resumes/{created.Id}", UriKind.Relative), new StringContent("{\"work\":null}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        Assert.Equal("work", (await put.ReadProblemAsync()).GetProperty("field").GetString());
        Assert.Equal(1, await VersionsAsync(created.Id));
    }

    [Fact]
    public async Task Too_many_entries_in_a_section_is_a_413_problem_naming_the_section()
    {
        using var client = Factory.CreateClient();
        var created = await client.UploadOkAsync(Documents.Text(), "cv.txt");
        var skills = Enumerable.Range(0, ResumeLimits.MaxEntries + 1).Select(i => new Skill { Name = "S" + i }).ToList();

        using var put = await client.PutAsJsonAsync($"/api/v1/resumes/{created.Id}", created.Resume with { Skills = skills }, ResumeJson.Options);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, put.StatusCode);
        Assert.Equal("skills", (await put.ReadProblemAsync()).GetProperty("field").GetString());
        Assert.Equal(1, await VersionsAsync(created.Id));
    }

    [Fact]
    public async Task The_largest_resume_the_limits_allow_is_saved()
    {
        using var client = Factory.CreateClient();
        var created = await client.UploadOkAsync(Documents.Text(), "cv.txt");
        var largest = LargestResume();
        Assert.Null(ResumeLimits.Check(largest));

        using var put = await client.PutAsJsonAsync($"/api/v1/resumes/{created.Id}", largest, ResumeJson.Options);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(2, await VersionsAsync(created.Id));
        Assert.True(Encoding.UTF8.GetByteCount(ResumeJson.Serialize(largest)) < JsonBodies.MaxBytes);
    }

    [Fact]
    public async Task One_character_over_the_total_text_limit_is_a_413_problem_without_a_field()
    {
        using var client = Factory.CreateClient();
        var created = await client.UploadOkAsync(Documents.Text(), "cv.txt");
        var largest = LargestResume();
        var over = largest with { Basics = largest.Basics with { Label = "x" } };

        using var put = await client.PutAsJsonAsync($"/api/v1/resumes/{created.Id}", over, ResumeJson.Options);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, put.StatusCode);
        Assert.False((await put.ReadProblemAsync()).TryGetProperty("field", out _));
        Assert.Equal(1, await VersionsAsync(created.Id));
    }

    [Fact]
    public async Task Restoring_a_version_stored_before_the_limits_is_a_413_problem()
    {
        using var client = Factory.CreateClient();
        var created = await client.UploadOkAsync(Documents.Text(), "cv.txt");
        var oversized = created.Resume with { Basics = created.Resume.Basics with { Summary = new string('a', ResumeLimits.MaxTotalCharacters + 1) } };
        await Factory.WithDbAsync(async db =>
        {
            db.ResumeVersions.Add(new ResumeVersion { Id = Guid.NewGuid(), ResumeId = created.Id, Number = 0, Document = oversized, CreatedAt = DateTime.UtcNow, Source = VersionSource.Edit });
            return await db.SaveChangesAsync();
        });

        using var restore = await client.PostAsync(new Uri($"/api/v1/resumes/{created.Id}/versions/0/restore", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, restore.StatusCode);
        Assert.Equal("basics.summary", (await restore.ReadProblemAsync()).GetProperty("field").GetString());
        Assert.Equal(1, (await client.GetFromJsonAsync<ResumeDetail>($"/api/v1/resumes/{created.Id}", ResumeJson.Options))!.Version);
    }

    [Theory]
    [InlineData("POST", "/api/v1/check")]
    [InlineData("PUT", "/api/v1/resumes/{id}")]
    [InlineData("POST", "/api/v1/resumes/{id}/analyses")]
    [InlineData("POST", "/api/v1/resumes/{id}/fixes/apply")]
    [InlineData("POST", "/api/v1/resumes/{id}/ai/jobs")]
    [InlineData("POST", "/api/v1/dictionary")]
    public async Task A_body_that_is_not_JSON_is_a_415_problem(string method, string path)
    {
        using var client = Factory.CreateClient();
        var created = await client.UploadOkAsync(Documents.Text(), "cv.txt");
        using var request = new HttpRequestMessage(new HttpMethod(method), path.Replace("{id}", created.Id.ToString(), StringComparison.Ordinal))
        {
            Content = new StringContent("{\"text\":\"Managed a team.\"}", Encoding.UTF8, "text/plain"),
        };

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.EndsWith(":unsupported-media-type", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.Contains("application/json", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, await VersionsAsync(created.Id));
    }

    [Fact]
    public async Task A_path_that_does_not_exist_is_still_a_404_whatever_the_body()
    {
        using var client = Factory.CreateClient();

        using var response = await client.PostAsync(new Uri("/api/v1/no-such-thing", UriKind.Relative), new StringContent("hello", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task JSON_with_a_charset_is_accepted()
    {
        using var client = Factory.CreateClient();

        using var response = await client.PostAsync(new Uri("/api/v1/check", UriKind.Relative), new StringContent("{\"text\":\"Managed a team.\"}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void Every_endpoint_that_binds_a_JSON_body_is_limited_and_typed()
    {
        var endpoints = Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var withJsonBodies = endpoints
            .Where(e => e.Metadata.GetOrderedMetadata<IAcceptsMetadata>().Any(a => a.ContentTypes.Any(t => t.Contains("json", StringComparison.OrdinalIgnoreCase))))
            .ToList();

        Assert.True(withJsonBodies.Count >= 6);
        Assert.All(withJsonBodies, e => Assert.True(e.Metadata.GetMetadata<JsonBodies.JsonBodyMetadata>() is not null, $"{e.RoutePattern.RawText} reads JSON without AcceptsJsonBody"));
    }

    /// <summary>
    /// As much text as the limits allow, as prose the analysis proofreads: 300 roles, each a 50-character employer and
    /// ten 95-character bullets (300 × 1,000 = 300,000 characters).
    /// </summary>
    internal static Resume LargestResume()
    {
        const string sentences = "Led a team of five engineers to ship the payments platform. Cut cloud costs by 20% in a year. ";
        var work = Enumerable.Range(0, 300).Select(i => new Work
        {
            Name = $"Employer number {i:000} of a long career in software".PadRight(50, '.')[..50],
            Highlights = [.. Enumerable.Range(0, 10).Select(h => string.Concat(Enumerable.Repeat(sentences, 2))[(h * 7)..][..95])],
        }).ToList();
        var resume = new Resume { Work = work };
        Assert.Equal(ResumeLimits.MaxTotalCharacters, work.Sum(w => w.Name!.Length + w.Highlights.Sum(h => h.Length)));
        return resume;
    }

    private static StreamContent Chunked(int bytes)
    {
        // A stream of unknown length: HttpClient sends it chunked, without Content-Length.
        var content = new StreamContent(new UnknownLength(Encoding.UTF8.GetBytes("{\"text\":\"" + new string('a', bytes) + "\"}")));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private Task<int> VersionsAsync(Guid resumeId) => Factory.WithDbAsync(db => db.ResumeVersions.CountAsync(v => v.ResumeId == resumeId));

    private sealed class UnknownLength(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
