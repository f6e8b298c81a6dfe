using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ResumeRefiner.Api.Tests.Infrastructure;
using UglyToad.PdfPig.Writer;

namespace ResumeRefiner.Api.Tests.Resumes;

/// <summary>
/// An upload that asks for application/x-ndjson streams OCR progress while the real Tesseract reads a scan, then
/// ends with the status and body it would otherwise have answered; without OCR, or without asking, nothing changes.
/// </summary>
public sealed class UploadProgressStreamTests : IDisposable
{
    private const string AcceptProgress = "application/x-ndjson, application/json, application/problem+json";

    private static readonly Lazy<byte[]> BlankPage = new(() =>
    {
        var builder = new PdfDocumentBuilder();
        builder.AddPage(612, 792);
        return ScanUploadTests.Rasterise(builder.Build());
    });

    private readonly ApiFactory factory = ApiFactory.Sqlite();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task A_two_page_scan_streams_pages_read_then_the_created_resume()
    {
        using var client = factory.CreateClient();
        var scan = ScanUploadTests.ImageOnlyPdf(ScanUploadTests.Page.Value, ScanUploadTests.Page.Value);

        using var response = await UploadAsync(client, scan, "scanned.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no", Assert.Single(response.Headers.GetValues("X-Accel-Buffering")));
        var lines = await ReadLinesAsync(response);
        var progress = lines[..^1].Select(l => l.GetProperty("progress")).Select(p => (p.GetProperty("pagesRead").GetInt32(), p.GetProperty("pages").GetInt32())).ToList();
        Assert.Equal((0, 2), progress[0]);
        Assert.Equal((2, 2), progress[^1]);
        Assert.All(progress, p => Assert.Equal(2, p.Item2));
        Assert.Equal(progress.OrderBy(p => p.Item1), progress);

        var last = lines[^1];
        Assert.Equal(201, last.GetProperty("status").GetInt32());
        Assert.False(last.TryGetProperty("problem", out _));
        var resume = last.GetProperty("resume");
        Assert.Equal("scanned.pdf", resume.GetProperty("fileName").GetString());
        Assert.Equal("Jane Q. Example", resume.GetProperty("resume").GetProperty("basics").GetProperty("name").GetString());
        Assert.Contains(resume.GetProperty("confidence").EnumerateArray(), c => c.GetProperty("path").GetString() == "basics.email");

        // The workspace was created, and its cookie set, before the stream began: the same browser reads the resume.
        using var stored = await client.GetAsync(new Uri($"/api/v1/resumes/{resume.GetProperty("id").GetString()}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
    }

    [Fact]
    public async Task A_scan_refused_after_ocr_began_ends_with_its_problem_and_keeps_nothing()
    {
        using var client = factory.CreateClient();

        using var response = await UploadAsync(client, BlankPage.Value, "blank.png");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = await ReadLinesAsync(response);
        Assert.Equal(
            [(0, 1), (1, 1)],
            lines[..^1].Select(l => l.GetProperty("progress")).Select(p => (p.GetProperty("pagesRead").GetInt32(), p.GetProperty("pages").GetInt32())));
        var last = lines[^1];
        Assert.Equal(422, last.GetProperty("status").GetInt32());
        Assert.False(last.TryGetProperty("resume", out _));
        var problem = last.GetProperty("problem");
        Assert.Equal("urn:resume-refiner:problem:unreadable-document.notextlayer", problem.GetProperty("type").GetString());
        Assert.Equal(422, problem.GetProperty("status").GetInt32());
        Assert.Contains("no text was found", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("traceId").GetString()));
        Assert.Empty(factory.StoredFiles());
        Assert.Equal(0, await factory.WithDbAsync(db => db.Resumes.CountAsync()));
    }

    [Fact]
    public async Task A_server_failure_after_the_stream_began_is_its_last_line_and_keeps_nothing()
    {
        using var disk = SmallDisk.Mount(factory.UploadDir, "1m");
        disk.Fill("filler.bin");
        using var client = factory.CreateClient();

        using var response = await UploadAsync(client, ScanUploadTests.Page.Value, "photo.png");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = await ReadLinesAsync(response);
        Assert.Equal(1, lines[^2].GetProperty("progress").GetProperty("pagesRead").GetInt32());
        Assert.Equal(507, lines[^1].GetProperty("status").GetInt32());
        var problem = lines[^1].GetProperty("problem");
        Assert.Equal("urn:resume-refiner:problem:insufficient-storage", problem.GetProperty("type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("traceId").GetString()));
        Assert.Equal([Path.Combine(factory.UploadDir, "filler.bin")], factory.StoredFiles());
        Assert.Equal(0, await factory.WithDbAsync(db => db.Resumes.CountAsync()));
    }

    [Fact]
    public async Task Without_ocr_the_answer_is_as_ever_even_when_progress_is_asked_for()
    {
        using var client = factory.CreateClient();

        using var created = await UploadAsync(client, Documents.Pdf(), "cv.pdf");
        using var refused = await UploadAsync(client, Documents.Executable(), "cv.pdf");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("application/json", created.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Jane Q. Example", JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("resume").GetProperty("basics").GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, refused.StatusCode);
        await refused.ReadProblemAsync();
    }

    [Fact]
    public async Task A_scan_uploaded_without_asking_for_progress_gets_the_plain_201()
    {
        using var client = factory.CreateClient();

        using var response = await client.UploadAsync(ScanUploadTests.Page.Value, "photo.png");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] content, string fileName)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(content), "file", fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/resumes", UriKind.Relative)) { Content = form };
        request.Headers.Accept.ParseAdd(AcceptProgress);
        return await client.SendAsync(request);
    }

    /// <summary>Every line parsed as JSON; the stream's text must end with a newline after its last line.</summary>
    private static async Task<List<JsonElement>> ReadLinesAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        return [.. text.TrimEnd('\n').Split('\n').Select(line => JsonDocument.Parse(line).RootElement)];
    }
}
