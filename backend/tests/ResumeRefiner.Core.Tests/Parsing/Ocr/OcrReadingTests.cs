using ResumeRefiner.Core.Parsing;
using ResumeRefiner.Core.Parsing.Ocr;

namespace ResumeRefiner.Core.Tests.Parsing.Ocr;

/// <summary>Tesseract's TSV, pixels to points, skew, image headers and OCR-capped confidences, without running Tesseract.</summary>
public sealed class OcrReadingTests
{
    private const string Tsv =
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
        + "1\t1\t0\t0\t0\t0\t0\t0\t1700\t2200\t-1\t\n"
        + "4\t1\t1\t1\t1\t0\t200\t200\t600\t50\t-1\t\n"
        + "5\t1\t1\t1\t1\t1\t200\t200\t300\t50\t96.5\tJane\n"
        + "5\t1\t1\t1\t1\t2\t520\t200\t280\t50\t91.25\tDoe\n"
        + "5\t1\t1\t1\t1\t3\t820\t200\t10\t50\t95\t \n"
        + "5\t1\t2\t1\t1\t1\t1300\t210\t200\t30\t42\tBoston,\tMA\n";

    [Fact]
    public void Tsv_rows_become_words_with_boxes_confidences_and_lines()
    {
        var words = TesseractTsv.Read(Tsv);

        Assert.Equal(["Jane", "Doe", "Boston,\tMA"], words.Select(w => w.Text));
        Assert.Equal(new OcrWord("Jane", 200, 200, 300, 50, 96.5, 0), words[0]);
        Assert.Equal(91.25, words[1].Confidence);
        Assert.Equal(words[0].Line, words[1].Line);
        Assert.NotEqual(words[0].Line, words[2].Line);
        Assert.Equal(800, words[1].Right);
    }

    [Fact]
    public void Pixels_become_points_at_the_rasterisation_resolution()
    {
        // 200 dpi: 1 px = 0.36 pt. "Jane Doe" is a 50-px line of capitals and ascenders, about 25 pt; the place
        // stands 500 px (180 pt) to its right on the same baseline, far enough to be its own segment.
        var page = new OcrPage(1, 612, 792, 72.0 / 200, TesseractTsv.Read(Tsv));

        var line = Assert.Single(OcrLayout.Lines(page), l => l.Text.Contains("Jane", StringComparison.Ordinal));

        Assert.Equal(72, line.Left, 0.5);
        Assert.InRange(line.Top, 240 * 0.36, 250 * 0.36);
        Assert.Equal("Boston, MA", line.Segments[1].Text);
        Assert.Equal(25, line.Segments[0].Size, 1.0);
        Assert.Equal(15, line.Segments[1].Size, 1.0);
        Assert.Equal("Jane Doe", line.Segments[0].Text);
        Assert.Equal(800 * 0.36, line.Segments[0].Right, 0.5);
    }

    [Theory]
    [InlineData("e")]
    [InlineData("¢")]
    [InlineData("«")]
    public void A_small_mark_misread_before_a_line_is_its_bullet(string misread)
    {
        OcrWord[] words = [new(misread, 100, 112, 9, 9, 40, 0), new("Led", 130, 100, 60, 25, 96, 0), new("teams", 200, 100, 100, 25, 96, 0)];

        var line = Assert.Single(OcrLayout.Lines(new OcrPage(1, 612, 792, 0.36, words)));

        Assert.Equal("• Led teams", line.Text);
    }

    [Fact]
    public void A_skewed_page_is_straightened_so_its_lines_stay_whole()
    {
        // Two lines of five words each falling 2 degrees to the right.
        var slope = Math.Tan(2 * Math.PI / 180);
        var words = new List<OcrWord>();
        for (var line = 0; line < 2; line++)
        {
            for (var i = 0; i < 5; i++)
            {
                var x = 100 + (i * 300);
                words.Add(new OcrWord("word", x, (int)Math.Round(300 + (line * 100) + (x * slope)), 200, 30, 95, line));
            }
        }

        Assert.Equal(2.0, OcrLayout.Skew(words) * 180 / Math.PI, 0.2);
        var straight = OcrLayout.Straighten(words);
        Assert.All(straight.GroupBy(w => w.Line), line => Assert.InRange(line.Max(w => w.Top) - line.Min(w => w.Top), 0, 3));
        var lines = OcrLayout.Lines(new OcrPage(1, 612, 792, 0.36, words));
        Assert.Equal(2, lines.Count);
    }

    [Fact]
    public void Image_headers_give_sizes_before_any_pixel_is_decoded()
    {
        Assert.Equal(new ImageHeader(ImageFormat.Png, 8, 6, 1), ImageHeader.Read(TinyPng.Gray(8, 6)));
        Assert.Equal(new ImageHeader(ImageFormat.Jpeg, 1700, 2200, 1), ImageHeader.Read(ImageHeaders.Jpeg(1700, 2200)));
        Assert.Equal(new ImageHeader(ImageFormat.Tiff, 1700, 2200, 3), ImageHeader.Read(ImageHeaders.Tiff(1700, 2200, pages: 3)));
        Assert.Null(ImageHeader.Read([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]));
    }

    [Theory]
    [InlineData("png", 100_000, 100_000, 1)]
    [InlineData("png", 9_000, 9_000, 1)]
    [InlineData("jpeg", 65_000, 400, 1)]
    [InlineData("tiff", 60_000, 60_000, 1)]
    [InlineData("tiff", 1_700, 2_200, 40)]
    public void Image_bombs_and_page_floods_are_refused_by_the_sniffer(string format, int width, int height, int pages)
    {
        var bytes = format switch
        {
            "png" => ImageHeaders.PngDeclaring(TinyPng.Gray(1, 1), width, height),
            "jpeg" => ImageHeaders.Jpeg(width, height),
            _ => ImageHeaders.Tiff(width, height, pages),
        };

        var sniffed = DocumentSniffer.Sniff(new MemoryStream(bytes), "scan." + format);

        Assert.Equal(SniffRejection.ImageLimits, sniffed.Rejection);
        Assert.Contains(pages > 1 ? "pages" : "pixels", sniffed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_sized_image_is_accepted_as_an_image()
    {
        Assert.Equal(DocumentKind.Image, DocumentSniffer.Sniff(new MemoryStream(ImageHeaders.PngDeclaring(TinyPng.Gray(1, 1), 1700, 2200)), "cv.pdf").Kind);
        Assert.Equal(DocumentKind.Image, DocumentSniffer.Sniff(new MemoryStream(ImageHeaders.Tiff(2550, 3300, 2)), "cv.tif").Kind);
    }

    [Fact]
    public void A_field_read_from_doubtful_words_is_marked_for_checking()
    {
        var resume = new Model.Resume { Basics = new Model.Basics { Name = "Jane Doe", Email = "jane@examp1e.com" } };
        FieldConfidence[] confidence = [new("basics.name", 0.9, "largest text"), new("basics.email", 0.95, "e-mail pattern")];
        OcrWord[] words = [new("Jane", 0, 0, 10, 10, 96, 0), new("Doe", 0, 0, 10, 10, 95, 0), new("jane@examp1e.com", 0, 0, 10, 10, 61, 1)];

        var capped = OcrConfidence.Apply(resume, confidence, words);

        Assert.Equal(0.9, capped[0].Score);
        Assert.True(capped[1].Score < 0.6, $"{capped[1].Score}");
        Assert.Contains("61% OCR confidence", capped[1].Reason, StringComparison.Ordinal);
    }
}
