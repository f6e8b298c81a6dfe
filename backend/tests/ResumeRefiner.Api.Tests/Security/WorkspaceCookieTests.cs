using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using ResumeRefiner.Api.Tests.Infrastructure;
using ResumeRefiner.Api.Workspaces;

namespace ResumeRefiner.Api.Tests.Security;

/// <summary>Nobody can plant a workspace in a visitor's browser, and a stale token is told so rather than replaced.</summary>
public sealed class WorkspaceCookieTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    private ApiFactory Factory => fixture.Factory;

    private HttpClient Https(bool handleCookies = true) =>
        Factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), HandleCookies = handleCookies });

    private async Task<string> NewTokenAsync()
    {
        using var client = Factory.CreateClient();
        using var created = await client.PostAsync("/api/v1/workspace", content: null);
        return (await created.Content.ReadFromJsonAsync<WorkspaceCreated>())!.Token;
    }

    [Fact]
    public async Task Over_https_the_cookie_is_Host_prefixed_Secure_for_the_whole_site_and_without_a_domain()
    {
        using var client = Https();

        var resume = await client.UploadOkAsync(Documents.Text(), "cv.txt");

        using var upload = await Https(handleCookies: false).UploadAsync(Documents.Text(), "cv.txt");
        var cookie = Assert.Single(upload.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("__Host-rr_workspace=", cookie, StringComparison.Ordinal);
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; path=/;", cookie + ";", StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", cookie, StringComparison.OrdinalIgnoreCase);
        using var read = await client.GetAsync($"/api/v1/resumes/{resume.Id}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public async Task Over_https_a_planted_cookie_without_the_prefix_opens_nothing()
    {
        var token = await NewTokenAsync();
        using var owner = Https(handleCookies: false);
        owner.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var resume = await owner.UploadOkAsync(Documents.Text(), "cv.txt");

        using var planted = Https(handleCookies: false);
        planted.DefaultRequestHeaders.Add("Cookie", $"{WorkspaceAccessor.InsecureCookieName}={token}");
        using var refused = await planted.GetAsync($"/api/v1/resumes/{resume.Id}");

        using var prefixed = Https(handleCookies: false);
        prefixed.DefaultRequestHeaders.Add("Cookie", $"{WorkspaceAccessor.CookieName}={token}");
        using var allowed = await prefixed.GetAsync($"/api/v1/resumes/{resume.Id}");

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task Deleting_the_workspace_over_https_clears_the_prefixed_cookie()
    {
        using var client = Https();
        await client.UploadOkAsync(Documents.Text(), "cv.txt");

        using var deleted = await client.DeleteAsync("/api/v1/workspace");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Contains(deleted.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-rr_workspace=;", StringComparison.Ordinal)
            && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task An_upload_with_a_stale_bearer_token_is_401_and_creates_no_workspace()
    {
        var token = await NewTokenAsync();
        using var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        (await client.DeleteAsync("/api/v1/workspace")).Dispose();
        var workspaces = await Factory.WithDbAsync(db => db.Workspaces.CountAsync());

        using var upload = await client.UploadAsync(Documents.Text(), "cv.txt");

        Assert.Equal(HttpStatusCode.Unauthorized, upload.StatusCode);
        Assert.Equal("urn:resume-refiner:problem:unknown-workspace-token", (await upload.ReadProblemAsync()).GetProperty("type").GetString());
        Assert.False(upload.Headers.Contains("Set-Cookie"));
        Assert.Equal(workspaces, await Factory.WithDbAsync(db => db.Workspaces.CountAsync()));
    }
}
