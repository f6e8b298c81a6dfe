using System.Text.Json;
using ResumeRefiner.Core.Parsing;
using ResumeRefiner.Core.Parsing.Ocr;

namespace ResumeRefiner.Core.Tests.Parsing.Ocr;

/// <summary>
/// Scans parsed with the real Tesseract and pdftoppm (Debian tesseract-ocr, tesseract-ocr-eng, poppler-utils;
/// scripts/test.sh installs them): a generated resume printed to 200-dpi pictures.
/// </summary>
public sealed class TesseractParsingTests
{
    private const string Document = "html-left-titles--p007";

    private static readonly Lazy<List<byte[]>> Pages = new(() => ScanFixture.Rasterise(File.ReadAllBytes(ScanFixture.Generated(Document + ".pdf"))));

    private static readonly JsonElement Truth = JsonDocument.Parse(File.ReadAllText(ScanFixture.Generated(Document + ".json"))).RootElement;

    [Fact]
    public void An_image_only_pdf_parses_like_its_text_layer()
    {
        var scan = ScanFixture.ImageOnlyPdf(Pages.Value);

        var parsed = ParseHelpers.Parse(scan, DocumentKind.Pdf).Resume;

        Assert.Equal(Truth.GetProperty("basics").GetProperty("name").GetString(), parsed.Basics.Name);
        Assert.Equal(Truth.GetProperty("basics").GetProperty("email").GetString(), parsed.Basics.Email);
        Assert.Equal(
            Truth.GetProperty("work").EnumerateArray().Select(w => w.GetProperty("name").GetString()),
            parsed.Work.Select(w => w.Name));
        Assert.Equal(Truth.GetProperty("education").GetArrayLength(), parsed.Education.Count);
        Assert.Contains(parsed.Skills.SelectMany(s => s.Keywords), k => k == "Bloomberg Terminal");
    }

    [Fact]
    public void A_png_scan_parses_its_contacts_and_sections()
    {
        var parsed = ParseHelpers.Parse(Pages.Value[0], DocumentKind.Image);

        Assert.Equal(Truth.GetProperty("basics").GetProperty("name").GetString(), parsed.Resume.Basics.Name);
        Assert.Equal(Truth.GetProperty("basics").GetProperty("phone").GetString(), parsed.Resume.Basics.Phone);
        Assert.Equal(Truth.GetProperty("work").GetArrayLength(), parsed.Resume.Work.Count);
        Assert.Contains(parsed.Confidence, c => c.Path == "basics.email");
    }

    [Fact]
    public void A_phone_photo_like_scan_still_gives_its_contact_fields()
    {
        // Turned 2 degrees, contrast squeezed to 15–85 %, with noise: what a phone held over a desk gives.
        var photo = ScanFixture.PhotoLike(Pages.Value[0], degrees: 2);

        var basics = ParseHelpers.Parse(photo, DocumentKind.Image).Resume.Basics;

        var truth = Truth.GetProperty("basics");
        Assert.Equal(truth.GetProperty("name").GetString(), basics.Name);
        Assert.Equal(truth.GetProperty("email").GetString(), basics.Email);
        Assert.Equal(truth.GetProperty("phone").GetString(), basics.Phone);
        Assert.Equal(truth.GetProperty("location").GetProperty("city").GetString(), basics.Location?.City);
    }

    [Fact]
    public void Without_tesseract_a_scan_gets_the_clear_refusal_naming_what_to_install()
    {
        var parser = new ResumeParser(new OcrOptions { TesseractPath = "/nonexistent/tesseract" });

        var pdf = Assert.Throws<UnreadableDocumentException>(() => parser.Parse(new MemoryStream(ScanFixture.ImageOnlyPdf(Pages.Value)), DocumentKind.Pdf));
        var png = Assert.Throws<UnreadableDocumentException>(() => parser.Parse(new MemoryStream(Pages.Value[0]), DocumentKind.Image));

        Assert.All([pdf, png], e =>
        {
            Assert.Equal(UnreadableReason.NoTextLayer, e.Reason);
            Assert.Contains("tesseract-ocr", e.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void A_scan_with_more_pages_than_the_cap_is_refused()
    {
        var parser = new ResumeParser(new OcrOptions { MaxPages = 1 });
        var twoPages = ScanFixture.ImageOnlyPdf([Pages.Value[0], Pages.Value[0]]);

        var e = Assert.Throws<UnreadableDocumentException>(() => parser.Parse(new MemoryStream(twoPages), DocumentKind.Pdf));

        Assert.Equal(UnreadableReason.TooLong, e.Reason);
    }

    [Fact]
    public void Cancelling_stops_the_tools_and_leaves_no_temporary_files()
    {
        var before = Directory.GetDirectories(Path.GetTempPath(), "resume-refiner-ocr-*").Length;
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => ResumeParser.Instance.Parse(new MemoryStream(Pages.Value[0]), DocumentKind.Image, cancel.Token));

        Assert.Equal(before, Directory.GetDirectories(Path.GetTempPath(), "resume-refiner-ocr-*").Length);
    }
}
