using System.Net;
using System.Text.Json;
using ResumeRefiner.Api.Tests.Infrastructure;

namespace ResumeRefiner.Api.Tests.Storage;

/// <summary>The API with STORAGE=s3 against a real S3-compatible server: files live in the bucket, not on disk.</summary>
[Collection(S3PeerCollection.Name)]
public sealed class S3StorageApiTests(S3Peer peer)
{
    private readonly string _prefix = $"api-{Guid.NewGuid():N}/";

    [Fact]
    public async Task Upload_download_and_workspace_deletion_go_through_the_bucket()
    {
        using var factory = ApiFactory.Sqlite(peer.Settings(_prefix));
        using var client = factory.CreateClient();
        var original = Documents.Docx();

        var resume = await client.UploadOkAsync(original, "cv.docx");
        var stored = Assert.Single(await peer.KeysAsync(_prefix));
        using var download = await client.GetAsync($"/api/v1/resumes/{resume.Id}/file");
        var downloaded = await download.Content.ReadAsByteArrayAsync();
        using var deleted = await client.DeleteAsync("/api/v1/workspace");

        Assert.Matches($"^{_prefix}[0-9a-f]{{32}}/{resume.Id:N}$", stored);
        Assert.Empty(factory.StoredFiles());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(original, downloaded);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Empty(await peer.KeysAsync(_prefix));
    }

    [Fact]
    public async Task Ready_checks_the_bucket_instead_of_the_upload_disk()
    {
        using var factory = ApiFactory.Sqlite(peer.Settings(_prefix));
        using var client = factory.CreateClient();

        using var response = await client.GetOperationsAsync("/health/ready");
        var checks = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("checks");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("healthy", checks.GetProperty("storage").GetProperty("status").GetString());
        Assert.Equal($"s3://{S3Peer.Bucket}/{_prefix}", checks.GetProperty("storage").GetProperty("data").GetProperty("location").GetString());
        Assert.False(checks.TryGetProperty("disk", out _));
        Assert.Empty(await peer.KeysAsync(_prefix));
    }

    [Fact]
    public async Task Ready_answers_503_naming_the_cause_when_the_bucket_does_not_exist()
    {
        var settings = peer.Settings(_prefix);
        settings["S3_BUCKET"] = "no-such-bucket";
        using var factory = ApiFactory.Sqlite(settings);
        using var client = factory.CreateClient();

        using var response = await client.GetOperationsAsync("/health/ready");
        var storage = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("checks").GetProperty("storage");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("unhealthy", storage.GetProperty("status").GetString());
        Assert.Contains("NoSuchBucket", storage.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ready_answers_503_when_the_S3_service_cannot_be_reached_and_the_rest_still_serves()
    {
        var settings = peer.Settings(_prefix);
        settings["S3_SERVICE_URL"] = "http://127.0.0.1:9";
        using var factory = ApiFactory.Sqlite(settings);
        using var client = factory.CreateClient();

        using var response = await client.GetOperationsAsync("/health/ready");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("unhealthy", body.GetProperty("checks").GetProperty("storage").GetProperty("status").GetString());
        Assert.Equal("healthy", body.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.DoesNotContain("S3RVER", body.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }
}
