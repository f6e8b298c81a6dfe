using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace ResumeRefiner.Core.Export.Pdf;

/// <summary>
/// Draws a <see cref="ResumeOutline"/> on PDF pages. Text is real text in one top-to-bottom reading order: no tables,
/// no columns, no images; bullets are a drawn "•" character. PDFsharp has no layout engine here (MigraDoc is not
/// available), so lines are wrapped with <see cref="XGraphics.MeasureString(string, XFont)"/> and paginated by hand.
/// The PDF is tagged (see <see cref="TaggedDrawing"/>) so screen readers get headings, paragraphs and lists.
/// </summary>
internal static class PdfResumeWriter
{
    public static byte[] Write(ResumeOutline outline, ExportOptions options)
    {
        var (pageWidth, pageHeight) = options.Paper == PaperSize.A4 ? (595.28, 841.89) : (612.0, 792.0);
        var layout = OnePageFit.Layout(outline.Blocks, PdfTemplateStyle.For(options.Template), pageWidth, pageHeight);

        using var document = new PdfDocument();
        document.Info.Title = outline.Name is { } name ? $"{name} — {outline.Subject}" : outline.Subject;
        document.Info.Author = outline.Name ?? string.Empty;
        document.Info.Subject = outline.Subject;
        document.Info.Creator = "Resume Refiner";

        // PDFsharp's own Flate encoder leaves out the zlib checksum, which qpdf reports as "input stream is complete
        // but output may still be valid"; page content is compressed by ContentStreams instead.
        document.Options.CompressContentStreams = false;
        TaggedDrawing.Draw(document, layout, pageWidth, pageHeight);
        ContentStreams.Compress(document);

        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    /// <summary>
    /// Assigns every line a page and a position. A block that keeps with the next (section heading, entry title,
    /// entry dates) moves to a new page together with the start of what follows, so a page never ends with a heading.
    /// </summary>
    internal static List<Placement> Paginate(IReadOnlyList<LaidBlock> blocks, double top, double bottom)
    {
        var placements = new List<Placement>();
        var page = 0;
        var y = top;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            // The space after a kept block counts too: leaving it out let a heading fit while the line it keeps with did not.
            var need = block.SpaceBefore + (block.KeepWithNext ? block.Height + block.SpaceAfter + ChainHeight(blocks, i + 1) : block.Lines[0].Height);
            if (y > top && y + need > bottom)
            {
                page++;
                y = top;
            }

            if (y > top)
            {
                y += block.SpaceBefore;
            }

            var first = true;
            foreach (var line in block.Lines)
            {
                if (y > top && y + line.Height > bottom)
                {
                    page++;
                    y = top;
                }

                placements.Add(new Placement(page, y, block, line, first));
                first = false;
                y += line.Height;
            }

            if (block.RuleGap > 0)
            {
                y += block.RuleGap / 2;
                placements.Add(new Placement(page, y, block, null, false));
                y += block.RuleGap / 2;
            }

            y += block.SpaceAfter;
        }

        return placements;
    }

    /// <summary>Height of the blocks that must share a page with a heading: further headings, then the first lines after them.</summary>
    private static double ChainHeight(IReadOnlyList<LaidBlock> blocks, int start)
    {
        var height = 0.0;
        for (var j = start; j < blocks.Count; j++)
        {
            var block = blocks[j];

            // The chain ends with the first entry: an entry without bullets (a degree) followed by the next entry
            // or section needs nothing more on this page.
            var previous = blocks[j - 1].Source.Kind;
            if (block.Source.Kind == BlockKind.SectionHeading
                || (block.Source.Kind == BlockKind.EntryTitle && previous == BlockKind.EntryDetail))
            {
                return height;
            }

            if (block.KeepWithNext)
            {
                height += block.SpaceBefore + block.Height + block.SpaceAfter;
                continue;
            }

            // An entry's short description stays with the entry's first bullet too.
            if (block.Source.Kind == BlockKind.Paragraph && j + 1 < blocks.Count && blocks[j + 1].Source.Kind == BlockKind.Bullet
                && block.Lines.Count <= 4)
            {
                return height + block.SpaceBefore + block.Height + block.SpaceAfter + blocks[j + 1].SpaceBefore + blocks[j + 1].Lines[0].Height;
            }

            var lines = block.Lines.Count <= 3 ? block.Lines.Count : 2;
            return height + block.SpaceBefore + block.Lines.Take(lines).Sum(l => l.Height);
        }

        return height;
    }
}

/// <summary>One drawn line (or, with no line, a section rule) at a page position.</summary>
internal sealed record Placement(int Page, double Y, LaidBlock Block, TextLine? Line, bool FirstLine);

/// <summary>A run of text in one font, at an offset from the line's start.</summary>
internal sealed record Fragment(string Text, XFont Font, XBrush Brush, double X);

internal sealed record TextLine(IReadOnlyList<Fragment> Fragments, double Width, double Height, double Indent)
{
    public IReadOnlyList<LinkSpan> Links { get; init; } = [];
}

/// <summary>A clickable stretch of a line (an e-mail address, a phone number, a profile URL).</summary>
internal sealed record LinkSpan(double X, double Width, Uri Target, string Text);

/// <summary>A block broken into lines, with its spacing.</summary>
internal sealed class LaidBlock
{
    public required OutlineBlock Source { get; init; }

    public required IReadOnlyList<TextLine> Lines { get; init; }

    public double SpaceBefore { get; init; }

    public double SpaceAfter { get; init; }

    /// <summary>Space taken by a horizontal rule under the block; 0 for none.</summary>
    public double RuleGap { get; init; }

    public XColor RuleColor { get; init; } = XColors.Black;

    public bool Centred { get; init; }

    public Fragment? Bullet { get; init; }

    public bool KeepWithNext => Source.KeepWithNext;

    public double Height => Lines.Sum(l => l.Height) + RuleGap;
}
