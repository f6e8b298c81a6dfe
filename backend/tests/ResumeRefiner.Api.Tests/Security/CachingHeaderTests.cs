using System.Net;
using ResumeRefiner.Api.Tests.Infrastructure;

namespace ResumeRefiner.Api.Tests.Security;

/// <summary>Private answers stay out of every cache, and caches keep answers to different origins apart.</summary>
public sealed class CachingHeaderTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    private ApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task The_answer_carrying_a_new_workspace_token_is_never_stored()
    {
        using var client = Factory.CreateClient();

        using var response = await client.PostAsync("/api/v1/workspace", content: null);

        Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString());
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/file")]
    [InlineData("/export?format=pdf")]
    [InlineData("/versions")]
    [InlineData("/ai/jobs")]
    public async Task Resume_reads_downloads_and_exports_are_never_stored(string suffix)
    {
        using var client = Factory.CreateClient();
        var resume = await client.UploadOkAsync(Documents.Text(), "cv.txt");

        using var response = await client.GetAsync($"/api/v1/resumes/{resume.Id}{suffix}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Problem_answers_under_api_are_never_stored_either()
    {
        using var client = Factory.CreateClient();

        using var response = await client.GetAsync($"/api/v1/resumes/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task The_public_client_configuration_may_be_cached()
    {
        using var client = Factory.CreateClient();

        using var response = await client.GetAsync("/api/v1/config");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(true, response.Headers.CacheControl?.NoStore);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("http://localhost:5173")]
    [InlineData("https://evil.example")]
    public async Task Every_answer_varies_by_Origin_once(string? origin)
    {
        using var client = Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/config");
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        using var response = await client.SendAsync(request);

        Assert.Single(response.Headers.Vary, vary => vary.Equals("Origin", StringComparison.OrdinalIgnoreCase));
    }
}
