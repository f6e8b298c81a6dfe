using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ResumeRefiner.Api.Tests.Infrastructure;

namespace ResumeRefiner.Api.Tests;

public sealed class HostingTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    [Fact]
    public async Task Health_answers_the_seed_json()
    {
        using var client = fixture.Factory.CreateClient();

        var health = await client.GetFromJsonAsync<JsonElement>("/health");

        Assert.Equal("healthy", health.GetProperty("status").GetString());
        Assert.True(health.GetProperty("timestamp").TryGetDateTimeOffset(out _));
        Assert.False(string.IsNullOrEmpty(health.GetProperty("version").GetString()));
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_resume_endpoints_and_docs_are_browsable()
    {
        using var client = fixture.Factory.CreateClient();

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/resumes", out _));
        Assert.True(paths.TryGetProperty("/api/v1/resumes/{id}", out _));

        using var docs = await client.GetAsync("/docs/");
        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
        Assert.Equal("text/html", docs.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_built_asset_goes_precompressed_to_a_browser_that_accepts_it_and_is_cached_for_good()
    {
        var spa = Directory.CreateTempSubdirectory("rr-spa-").FullName;
        try
        {
            var script = string.Concat(Enumerable.Repeat("console.log('Resume Refiner');\n", 400));
            Directory.CreateDirectory(Path.Combine(spa, "assets"));
            await File.WriteAllTextAsync(Path.Combine(spa, "index.html"), "<!doctype html><script type=\"module\" src=\"/assets/index-abc123.js\"></script>");
            await File.WriteAllTextAsync(Path.Combine(spa, "assets", "index-abc123.js"), script);
            await File.WriteAllBytesAsync(Path.Combine(spa, "assets", "index-abc123.js.br"), Compress(script, s => new System.IO.Compression.BrotliStream(s, System.IO.Compression.CompressionLevel.SmallestSize)));
            await File.WriteAllBytesAsync(Path.Combine(spa, "assets", "index-abc123.js.gz"), Compress(script, s => new System.IO.Compression.GZipStream(s, System.IO.Compression.CompressionLevel.SmallestSize)));
            using var factory = ApiFactory.Sqlite(new Dictionary<string, string?> { ["SPA_DIR"] = spa });
            using var client = factory.CreateClient();

            foreach (var (accept, encoding) in new[] { ("gzip, deflate, br, zstd", "br"), ("gzip", "gzip") })
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, "/assets/index-abc123.js");
                request.Headers.TryAddWithoutValidation("Accept-Encoding", accept);
                using var compressed = await client.SendAsync(request);

                Assert.Equal(HttpStatusCode.OK, compressed.StatusCode);
                Assert.Equal([encoding], compressed.Content.Headers.ContentEncoding);
                Assert.Equal("text/javascript", compressed.Content.Headers.ContentType?.MediaType);
                Assert.True((await compressed.Content.ReadAsByteArrayAsync()).Length < script.Length / 10);
                Assert.Equal("public, max-age=31536000, immutable", compressed.Headers.CacheControl?.ToString());
                Assert.Contains("Accept-Encoding", compressed.Headers.Vary);
            }

            using var plain = await client.GetAsync("/assets/index-abc123.js");
            Assert.Empty(plain.Content.Headers.ContentEncoding);
            Assert.Equal(script, await plain.Content.ReadAsStringAsync());
            Assert.Equal("public, max-age=31536000, immutable", plain.Headers.CacheControl?.ToString());

            using var page = await client.GetAsync("/");
            Assert.Equal("no-cache", page.Headers.CacheControl?.ToString());
            using var route = await client.GetAsync("/resumes/123");
            Assert.Equal("no-cache", route.Headers.CacheControl?.ToString());
        }
        finally
        {
            Directory.Delete(spa, recursive: true);
        }
    }

    [Fact]
    public async Task The_API_reference_loads_no_fonts_from_a_CDN()
    {
        using var client = fixture.Factory.CreateClient();

        var page = await client.GetStringAsync("/docs/");

        Assert.DoesNotContain("fonts.scalar.com", page, StringComparison.Ordinal);
        Assert.Contains("\"withDefaultFonts\":false", page, StringComparison.Ordinal);
    }

    private static byte[] Compress(string text, Func<Stream, Stream> compressor)
    {
        using var buffer = new MemoryStream();
        using (var compressing = compressor(buffer))
        {
            compressing.Write(System.Text.Encoding.UTF8.GetBytes(text));
        }

        return buffer.ToArray();
    }

    [Fact]
    public async Task Client_config_reports_the_upload_limit_and_AI_off_without_a_key()
    {
        using var client = fixture.Factory.CreateClient();

        var config = await client.GetFromJsonAsync<JsonElement>("/api/v1/config");

        Assert.Equal(fixture.Factory.MaxFileSize, config.GetProperty("maxFileSize").GetInt64());
        Assert.Contains(".docx", config.GetProperty("acceptedExtensions").EnumerateArray().Select(e => e.GetString()));
        Assert.False(config.GetProperty("ai").GetProperty("enabled").GetBoolean());
        Assert.False(config.TryGetProperty("aiEnabled", out _));
        Assert.Equal(30, config.GetProperty("retentionDays").GetInt32());
        Assert.False(config.GetProperty("errorReporting").GetBoolean());
    }

    [Fact]
    public async Task Client_config_quotes_the_configured_retention_and_error_reporting()
    {
        using var factory = ApiFactory.Sqlite(new Dictionary<string, string?>
        {
            ["RETENTION_DAYS"] = "7",
            ["SENTRY_DSN"] = "http://public@127.0.0.1:9/1",
        });
        using var client = factory.CreateClient();

        var config = await client.GetFromJsonAsync<JsonElement>("/api/v1/config");

        Assert.Equal(7, config.GetProperty("retentionDays").GetInt32());
        Assert.True(config.GetProperty("errorReporting").GetBoolean());
    }
}
