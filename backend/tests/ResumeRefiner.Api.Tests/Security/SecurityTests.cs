using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ResumeRefiner.Api.Resumes;
using ResumeRefiner.Api.Tests.Infrastructure;
using ResumeRefiner.Core.Model;

namespace ResumeRefiner.Api.Tests.Security;

public sealed class SecurityTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    private ApiFactory Factory => fixture.Factory;

    [Theory]
    [InlineData("/health")]
    [InlineData("/api/v1/resumes")]
    public async Task Responses_carry_the_browser_hardening_headers(string path)
    {
        using var client = Factory.CreateClient();

        using var response = await client.GetAsync(path);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("camera=()", response.Headers.GetValues("Permissions-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("same-origin", response.Headers.GetValues("Cross-Origin-Opener-Policy").Single());
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task A_cookie_authenticated_write_from_another_site_is_refused_and_changes_nothing()
    {
        using var client = Factory.CreateClient();
        var created = await client.UploadOkAsync(Documents.Text(), "cv.txt");

        using var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/resumes/{created.Id}");
        request.Headers.Add("Origin", "https://evil.example");
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await response.ReadProblemAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/resumes/{created.Id}")).StatusCode);
    }

    [Fact]
    public async Task A_write_marked_cross_site_by_the_browser_is_refused()
    {
        using var client = Factory.CreateClient();
        var created = await client.UploadOkAsync(Documents.Text(), "cv.txt");

        using var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/resumes/{created.Id}");
        request.Headers.Add("Sec-Fetch-Site", "cross-site");
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("http://localhost")]
    [InlineData("http://localhost:5173")]
    public async Task Same_origin_and_allowed_origin_writes_pass(string origin)
    {
        using var client = Factory.CreateClient();
        var created = await client.UploadOkAsync(Documents.Text(), "cv.txt");

        using var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/resumes/{created.Id}");
        request.Headers.Add("Origin", origin);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Fact]
    public async Task CORS_allows_only_the_configured_origins_with_credentials()
    {
        using var client = Factory.CreateClient();

        using var allowed = new HttpRequestMessage(HttpMethod.Options, "/api/v1/resumes");
        allowed.Headers.Add("Origin", "http://localhost:5173");
        allowed.Headers.Add("Access-Control-Request-Method", "POST");
        using var allowedResponse = await client.SendAsync(allowed);
        Assert.Equal("http://localhost:5173", allowedResponse.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("true", allowedResponse.Headers.GetValues("Access-Control-Allow-Credentials").Single());

        using var refused = new HttpRequestMessage(HttpMethod.Options, "/api/v1/resumes");
        refused.Headers.Add("Origin", "https://evil.example");
        refused.Headers.Add("Access-Control-Request-Method", "POST");
        using var refusedResponse = await client.SendAsync(refused);
        Assert.False(refusedResponse.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Uploading_the_same_file_twice_stores_it_once()
    {
        using var client = Factory.CreateClient();
        var content = Documents.Text("Twice Uploaded", "twice@example.com");
        var first = await client.UploadOkAsync(content, "cv.txt");
        var filesAfterFirst = Factory.StoredFiles().Length;

        using var second = await client.UploadAsync(content, "cv-again.txt");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(first.Id, (await second.Content.ReadFromJsonAsync<ResumeDetail>(ResumeJson.Options))!.Id);
        Assert.Equal(filesAfterFirst, Factory.StoredFiles().Length);
        Assert.Single((await client.GetFromJsonAsync<ResumeList>("/api/v1/resumes"))!.Items);
    }

    [Fact]
    public async Task Deleting_the_workspace_removes_every_row_and_file_and_the_cookie()
    {
        using var client = Factory.CreateClient();
        var first = await client.UploadOkAsync(Documents.Text(), "a.txt");
        await client.UploadOkAsync(Documents.Docx(), "b.docx");
        var workspaceId = await Factory.WithDbAsync(db => db.Resumes.Where(r => r.Id == first.Id).Select(r => r.WorkspaceId).SingleAsync());
        using var stranger = Factory.CreateClient();
        var strangers = await stranger.UploadOkAsync(Documents.Text("Other Person"), "other.txt");

        using var response = await client.DeleteAsync("/api/v1/workspace");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("rr_workspace=;", StringComparison.Ordinal));
        Assert.Equal(0, await Factory.WithDbAsync(db => db.Resumes.CountAsync(r => r.WorkspaceId == workspaceId)));
        Assert.Equal(0, await Factory.WithDbAsync(db => db.Workspaces.CountAsync(w => w.Id == workspaceId)));
        Assert.DoesNotContain(Factory.StoredFiles(), f => f.Contains(workspaceId.ToString("N"), StringComparison.Ordinal));
        Assert.Empty((await client.GetFromJsonAsync<ResumeList>("/api/v1/resumes"))!.Items);
        Assert.Equal(HttpStatusCode.OK, (await stranger.GetAsync($"/api/v1/resumes/{strangers.Id}")).StatusCode);
    }
}

public sealed class RateLimitTests
{
    [Fact]
    public async Task Past_the_limit_a_client_gets_429_with_Retry_After_and_a_problem()
    {
        using var factory = ApiFactory.Sqlite(new Dictionary<string, string?> { ["RATE_LIMIT_PER_MINUTE"] = "3" });
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 5; i++)
        {
            last?.Dispose();
            last = await client.GetAsync("/api/v1/resumes");
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(int.Parse(last!.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) is > 0 and <= 60);
        await last.ReadProblemAsync();
        last.Dispose();

        // Health checks are never rate limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task Retry_After_is_the_time_left_in_the_clients_window_and_the_window_then_reopens()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var factory = ApiFactory.Sqlite(new Dictionary<string, string?> { ["RATE_LIMIT_PER_MINUTE"] = "2" }, s => s.AddSingleton<TimeProvider>(clock));
        using var client = factory.CreateClient();
        for (var i = 0; i < 2; i++)
        {
            (await client.GetAsync("/api/v1/resumes")).EnsureSuccessStatusCode();
        }

        clock.Advance(TimeSpan.FromSeconds(25));
        using var refused = await client.GetAsync("/api/v1/resumes");
        clock.Advance(TimeSpan.FromSeconds(35));
        using var reopened = await client.GetAsync("/api/v1/resumes");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("35", refused.Headers.GetValues("Retry-After").Single());
        Assert.Contains("35 seconds", (await refused.ReadProblemAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, reopened.StatusCode);
    }

    [Fact]
    public async Task Uploads_have_their_own_tighter_limit()
    {
        using var factory = ApiFactory.Sqlite(new Dictionary<string, string?> { ["UPLOAD_RATE_LIMIT_PER_MINUTE"] = "2" });
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.UploadAsync(Documents.Text($"Person {i}"), $"cv{i}.txt");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/resumes")).StatusCode);
    }

    [Fact]
    public async Task Checks_without_a_workspace_have_their_own_tighter_limit_and_a_workspace_escapes_it()
    {
        using var factory = ApiFactory.Sqlite(new Dictionary<string, string?> { ["CHECK_RATE_LIMIT_PER_MINUTE"] = "2" });
        using var anonymous = factory.CreateClient();
        using var member = factory.CreateClient();
        await member.UploadOkAsync(Documents.Text(), "cv.txt");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await anonymous.PostAsJsonAsync("/api/v1/check", new { text = "Led a team." });
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                await response.ReadProblemAsync();
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        for (var i = 0; i < 3; i++)
        {
            using var response = await member.PostAsJsonAsync("/api/v1/check", new { text = "Led a team." });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task AI_requests_have_their_own_tighter_limit()
    {
        using var factory = ApiFactory.Sqlite(new Dictionary<string, string?> { ["UPLOAD_RATE_LIMIT_PER_MINUTE"] = "2" });
        using var client = factory.CreateClient();
        var resume = await client.UploadOkAsync(Documents.Text(), "cv.txt");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.PostAsJsonAsync($"/api/v1/resumes/{resume.Id}/ai/jobs", new { task = "review" });
            statuses.Add(response.StatusCode);
        }

        // AI is off here (503), which is still a request that counts; the third is refused before reaching it.
        Assert.Equal([HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.TooManyRequests], statuses);
    }
}
