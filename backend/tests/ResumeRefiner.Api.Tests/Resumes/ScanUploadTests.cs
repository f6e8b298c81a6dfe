using System.Buffers.Binary;
using System.Diagnostics;
using System.Net;
using ResumeRefiner.Api.Tests.Infrastructure;
using ResumeRefiner.Core.Tests.Parsing.Ocr;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace ResumeRefiner.Api.Tests.Resumes;

/// <summary>
/// Scans and photos uploaded through the API, read by the real Tesseract and pdftoppm (issue 23); hostile images
/// refused from their headers; without Tesseract, the clear refusal.
/// </summary>
public sealed class ScanUploadTests : IDisposable
{
    internal static readonly Lazy<byte[]> Page = new(() => Rasterise(Documents.Pdf()));

    private readonly ApiFactory factory = ApiFactory.Sqlite();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task An_image_only_pdf_is_read_by_ocr()
    {
        using var client = factory.CreateClient();

        var detail = await client.UploadOkAsync(ImageOnlyPdf(Page.Value), "scanned.pdf");

        AssertSample(detail.Resume);
        Assert.Contains(detail.Confidence, c => c.Path == "basics.email");
    }

    [Fact]
    public async Task A_png_is_read_by_ocr()
    {
        using var client = factory.CreateClient();

        var detail = await client.UploadOkAsync(Page.Value, "photo.png");

        AssertSample(detail.Resume);
    }

    [Theory]
    [InlineData("png", 100_000, 100_000, 1)]
    [InlineData("tiff", 60_000, 60_000, 1)]
    [InlineData("tiff", 1_700, 2_200, 40)]
    public async Task Image_bombs_and_page_floods_get_a_problem(string format, int width, int height, int pages)
    {
        using var client = factory.CreateClient();
        var bytes = format == "png" ? ImageHeaders.PngDeclaring(Page.Value, width, height) : ImageHeaders.Tiff(width, height, pages);

        using var response = await client.UploadAsync(bytes, "scan." + format);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.EndsWith("unreadable-document.image-limits", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.Empty(factory.StoredFiles());
    }

    [Fact]
    public async Task Without_tesseract_a_scan_gets_the_clear_refusal()
    {
        using var noOcr = ApiFactory.Sqlite(new Dictionary<string, string?> { ["TESSERACT_PATH"] = "/nonexistent/tesseract" });
        using var client = noOcr.CreateClient();

        foreach (var (bytes, name) in new[] { (ImageOnlyPdf(Page.Value), "scanned.pdf"), (Page.Value, "photo.png") })
        {
            using var response = await client.UploadAsync(bytes, name);

            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            var problem = await response.ReadProblemAsync();
            Assert.EndsWith("unreadable-document.notextlayer", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
            Assert.Contains("install tesseract-ocr", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    private static void AssertSample(Core.Model.Resume resume)
    {
        Assert.Equal("Jane Q. Example", resume.Basics.Name);
        Assert.Equal("jane.example@example.com", resume.Basics.Email);
        var work = Assert.Single(resume.Work);
        Assert.Equal("Acme Corp", work.Name);
        Assert.Equal("2020-01", work.StartDate);
        Assert.Equal("University of Somewhere", Assert.Single(resume.Education).Institution);
        Assert.Contains(resume.Skills.SelectMany(s => s.Keywords), k => k == "PostgreSQL");
    }

    /// <summary>The first page at 200 dpi, as a scanner would give it.</summary>
    internal static byte[] Rasterise(byte[] pdf)
    {
        var folder = Directory.CreateTempSubdirectory("rr-scan-upload-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(folder, "in.pdf"), pdf);
            using var process = Process.Start(new ProcessStartInfo("pdftoppm", ["-r", "200", "-gray", "-png", "-singlefile", "in.pdf", "page"]) { WorkingDirectory = folder })!;
            process.WaitForExit();
            return File.ReadAllBytes(Path.Combine(folder, "page.png"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A PDF of 200-dpi page images and no text layer, one page per image.</summary>
    internal static byte[] ImageOnlyPdf(params byte[][] pngs)
    {
        var builder = new PdfDocumentBuilder();
        foreach (var png in pngs)
        {
            var width = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)) * 72.0 / 200;
            var height = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)) * 72.0 / 200;
            builder.AddPage(width, height).AddPng(png, new PdfRectangle(0, 0, width, height));
        }

        return builder.Build();
    }
}
