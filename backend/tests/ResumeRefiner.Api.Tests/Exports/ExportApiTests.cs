using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ResumeRefiner.Api.Resumes;
using ResumeRefiner.Api.Tests.Infrastructure;
using ResumeRefiner.Core.Model;

namespace ResumeRefiner.Api.Tests.Exports;

public sealed class ExportApiTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    private ApiFactory Factory => fixture.Factory;

    [Theory]
    [InlineData("pdf", "application/pdf", "%PDF-")]
    [InlineData("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "PK")]
    [InlineData("json", "application/json", "{")]
    [InlineData("md", "text/markdown", "#")]
    [InlineData("txt", "text/plain", "Jane")]
    public async Task Exports_download_with_a_sensible_name_and_type(string format, string mediaType, string startsWith)
    {
        using var client = Factory.CreateClient();
        var resume = await client.UploadOkAsync(Documents.Text(), "cv.txt");

        using var response = await client.GetAsync($"/api/v1/resumes/{resume.Id}/export?format={format}&template=modern&paper=a4");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        var name = response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName;
        Assert.Matches($"^Jane-.*Example-Resume\\.{format}$", name!.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.StartsWith(startsWith, System.Text.Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 20)).TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl!.NoStore);
    }

    [Fact]
    public async Task Only_an_inline_export_may_be_framed_and_only_by_the_apps_own_pages()
    {
        using var client = Factory.CreateClient();
        var resume = await client.UploadOkAsync(Documents.Text(), "cv.txt");

        using var inline = await client.GetAsync($"/api/v1/resumes/{resume.Id}/export?format=pdf&disposition=inline");
        using var attachment = await client.GetAsync($"/api/v1/resumes/{resume.Id}/export?format=pdf");
        using var detail = await client.GetAsync($"/api/v1/resumes/{resume.Id}");

        Assert.Equal(HttpStatusCode.OK, inline.StatusCode);
        Assert.Null(inline.Content.Headers.ContentDisposition);
        var inlinePolicy = inline.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'self'", inlinePolicy, StringComparison.Ordinal);
        Assert.DoesNotContain("frame-ancestors 'none'", inlinePolicy, StringComparison.Ordinal);
        Assert.Equal("SAMEORIGIN", inline.Headers.GetValues("X-Frame-Options").Single());
        foreach (var unframed in new[] { attachment, detail })
        {
            Assert.Equal(HttpStatusCode.OK, unframed.StatusCode);
            Assert.Contains("frame-ancestors 'none'", unframed.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.Equal("DENY", unframed.Headers.GetValues("X-Frame-Options").Single());
        }
    }

    [Fact]
    public async Task The_ETag_is_per_version_and_a_matching_request_gets_304()
    {
        using var client = Factory.CreateClient();
        var resume = await client.UploadOkAsync(Documents.Text(), "cv.txt");
        var url = $"/api/v1/resumes/{resume.Id}/export?format=pdf";
        using var first = await client.GetAsync(url);
        var etag = first.Headers.ETag!;

        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(etag);
        using var notModified = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);

        (await client.PutAsJsonAsync($"/api/v1/resumes/{resume.Id}", resume.Resume with { Basics = resume.Resume.Basics with { Label = "Staff Engineer" } }, ResumeJson.Options)).Dispose();
        using var afterEdit = new HttpRequestMessage(HttpMethod.Get, url);
        afterEdit.Headers.IfNoneMatch.Add(etag);
        using var changed = await client.SendAsync(afterEdit);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
    }

    [Theory]
    [InlineData("format=exe")]
    [InlineData("format=pdf&template=fancy")]
    [InlineData("format=pdf&paper=a3")]
    public async Task Unknown_options_are_400_problems(string query)
    {
        using var client = Factory.CreateClient();
        var resume = await client.UploadOkAsync(Documents.Text(), "cv.txt");

        using var response = await client.GetAsync($"/api/v1/resumes/{resume.Id}/export?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await response.ReadProblemAsync();
    }

    [Fact]
    public async Task Another_workspace_gets_404_for_export_and_fixes()
    {
        using var owner = Factory.CreateClient();
        var resume = await owner.UploadOkAsync(Documents.Text(), "cv.txt");
        using var stranger = Factory.CreateClient();
        await stranger.UploadOkAsync(Documents.Text("Someone Else"), "mine.txt");

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/resumes/{resume.Id}/export?format=pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/resumes/{resume.Id}/fixes")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsJsonAsync($"/api/v1/resumes/{resume.Id}/fixes/apply", new { ids = new[] { "x" } })).StatusCode);
        Assert.Equal(1, (await owner.GetFromJsonAsync<ResumeDetail>($"/api/v1/resumes/{resume.Id}", ResumeJson.Options))!.Version);
    }

    [Fact]
    public async Task Standardisation_fixes_preview_and_apply_as_a_new_undoable_version()
    {
        using var client = Factory.CreateClient();
        var resume = await client.UploadOkAsync(Documents.Text(), "cv.txt");
        var messy = resume.Resume with
        {
            Skills = [new Skill { Name = "Tools", Keywords = ["javascript", "postgresql", "  github "] }],
        };
        (await client.PutAsJsonAsync($"/api/v1/resumes/{resume.Id}", messy, ResumeJson.Options)).Dispose();

        var fixes = await client.GetFromJsonAsync<JsonElement>($"/api/v1/resumes/{resume.Id}/fixes");
        var items = fixes.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(items, f => f.GetProperty("before").GetString() == "javascript" && f.GetProperty("after").GetString() == "JavaScript");
        var ids = items.Where(f => f.GetProperty("safe").GetBoolean()).Select(f => f.GetProperty("id").GetString()).ToArray();

        using var applied = await client.PostAsJsonAsync($"/api/v1/resumes/{resume.Id}/fixes/apply", new { ids });

        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        var detail = (await applied.Content.ReadFromJsonAsync<ResumeDetail>(ResumeJson.Options))!;
        Assert.Equal(3, detail.Version);
        Assert.Equal(["JavaScript", "PostgreSQL", "GitHub"], detail.Resume.Skills.Single().Keywords);
        var history = await client.GetFromJsonAsync<VersionList>($"/api/v1/resumes/{resume.Id}/versions");
        Assert.Equal("fix", history!.Items[0].Source);

        using var nothing = await client.PostAsJsonAsync($"/api/v1/resumes/{resume.Id}/fixes/apply", new { ids = new[] { "no-such-fix" } });
        Assert.Equal(HttpStatusCode.BadRequest, nothing.StatusCode);
    }
}
