namespace ResumeRefiner.Core.Parsing.Layout;

/// <summary>
/// A piece of a line separated from its neighbours by a wide gap or a tab: a right-aligned date, a location,
/// a table cell. Keeping pieces apart lets the entry parser tell "Google" from "Mountain View, CA".
/// </summary>
/// <param name="Size">Font size in points; 0 when the source gives none or the line's size stands for it.</param>
internal sealed record LineSegment(string Text, double Left, double Right, bool Bold, double Size = 0);

/// <summary>
/// One visual line of the document in reading order, with the typography the section and entry parsers need.
/// Every reader (PDF, DOCX, text, Markdown) produces these, so everything after reading is format-independent.
/// </summary>
internal sealed class DocLine
{
    public DocLine(IReadOnlyList<LineSegment> segments)
    {
        Segments = segments;
        Text = string.Join("  ", segments.Select(s => s.Text));
    }

    public DocLine(string text)
        : this([new LineSegment(text, 0, 0, false)])
    {
    }

    public IReadOnlyList<LineSegment> Segments { get; }

    /// <summary>The whole line, segments joined by two spaces.</summary>
    public string Text { get; }

    /// <summary>Font size in points; 0 when unknown (plain text).</summary>
    public double FontSize { get; init; }

    /// <summary>Most of the line's characters are bold.</summary>
    public bool Bold { get; init; }

    public double Left { get; init; }

    public double Right { get; init; }

    /// <summary>Distance from the top of the page (PDF) or running order (others).</summary>
    public double Top { get; init; }

    public int Page { get; init; }

    /// <summary>Vertical space above the line, in points; 0 when unknown.</summary>
    public double GapAbove { get; init; }

    /// <summary>The source marks the line as a list item (DOCX numbering, Markdown "- ").</summary>
    public bool ListItem { get; init; }

    /// <summary>The source marks the line as a heading (DOCX heading style, Markdown "#"), 0 when not.</summary>
    public int HeadingLevel { get; init; }

    /// <summary>The line starts a new paragraph in the source (DOCX, text); PDF lines are not marked.</summary>
    public bool ParagraphStart { get; init; } = true;

    /// <summary>
    /// The same line holding other segments (some moved away, or joined): its typography and place are kept; its
    /// horizontal extent follows the segments where they carry positions.
    /// </summary>
    public DocLine WithSegments(IReadOnlyList<LineSegment> segments) => new(segments)
    {
        FontSize = FontSize,
        Bold = Bold,
        Left = segments[0].Right > 0 ? segments[0].Left : Left,
        Right = segments[^1].Right > 0 ? segments[^1].Right : Right,
        Top = Top,
        Page = Page,
        GapAbove = GapAbove,
        ListItem = ListItem,
        HeadingLevel = HeadingLevel,
        ParagraphStart = ParagraphStart,
    };

    public override string ToString() => Text;
}

/// <summary>What a reader extracted from a document: lines in reading order and link targets.</summary>
/// <summary>A link annotation with where it sits, so links in the contact block can be told from links in the body.</summary>
internal sealed record DocLink(string Uri, string Text, int Page, double Top, double Bottom);

internal sealed record LayoutDocument(IReadOnlyList<DocLine> Lines, IReadOnlyList<string> Links, DocumentKind Kind)
{
    /// <summary>Positioned links (PDF only); empty when the format has no positions.</summary>
    public IReadOnlyList<DocLink> PositionedLinks { get; init; } = [];

    /// <summary>The words OCR read, with their confidences; null when the text came from a text layer or a file.</summary>
    public IReadOnlyList<Ocr.OcrWord>? OcrWords { get; init; }

    /// <summary>The most common font size of body text; 0 when the source has no typography.</summary>
    public double BodyFontSize { get; } = ComputeBodySize(Lines);

    private static double ComputeBodySize(IReadOnlyList<DocLine> lines)
    {
        var sized = lines.Where(l => l.FontSize > 0).ToList();
        if (sized.Count == 0)
        {
            return 0;
        }

        return sized.GroupBy(l => Math.Round(l.FontSize * 2) / 2)
            .OrderByDescending(g => g.Sum(l => l.Text.Length))
            .First().Key;
    }
}

/// <summary>Whether a line carries page positions (PDF) or only paragraph marks (DOCX, text).</summary>
internal enum DocumentKindHint
{
    Flow,
    Positioned,
}

internal static class DocLineExtensions
{
    /// <summary>PDF lines carry positions; DOCX and text lines carry paragraph marks instead.</summary>
    public static DocumentKindHint Kind(this DocLine line) =>
        line.ParagraphStart || line.Page == 0 ? DocumentKindHint.Flow : DocumentKindHint.Positioned;
}
