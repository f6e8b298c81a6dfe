using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ResumeRefiner.Core.Parsing.Layout;
using ResumeRefiner.Core.Parsing.Sections;
using ResumeRefiner.Core.Parsing.Text;

namespace ResumeRefiner.Core.Parsing.Docx;

/// <summary>
/// Reads a .docx into lines: header parts (where many templates keep contact details), body paragraphs and
/// tables in order (layout tables read cell by cell), text boxes, then footers. Hyperlink targets come from the
/// relationships and from HYPERLINK fields.
/// </summary>
internal static partial class DocxReader
{
    [GeneratedRegex(@"HYPERLINK\s+""([^""]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HyperlinkFieldRegex();

    public static LayoutDocument Read(Stream content, CancellationToken cancellationToken)
    {
        DocxPreflight.Check(content, cancellationToken);
        WordprocessingDocument document;
        try
        {
            // A resume's XML parts are a few hundred kilobytes; the cap stops a zip bomb from expanding in memory.
            document = WordprocessingDocument.Open(content, false, new OpenSettings { AutoSave = false, MaxCharactersInPart = 20_000_000 });
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw Corrupt(ex);
        }

        using (document)
        {
            try
            {
                return ReadDocument(document, cancellationToken);
            }
            catch (Exception ex) when (ex is not (OperationCanceledException or UnreadableDocumentException))
            {
                throw Corrupt(ex);
            }
        }
    }

    private static UnreadableDocumentException Corrupt(Exception ex) => new(UnreadableReason.Corrupt,
        "The Word file is damaged and cannot be read. Open it in Word, save it again as .docx (or export a PDF) and upload the new file.", ex);

    private static LayoutDocument ReadDocument(WordprocessingDocument document, CancellationToken cancellationToken)
    {
        var main = document.MainDocumentPart ?? throw new UnreadableDocumentException(UnreadableReason.Corrupt,
            "The Word file has no document body. Open it in Word, save it again as .docx and upload the new file.");
        var context = new Context(new DocxStyles(main));

        CollectLinks(main, context.Links);
        var seenHeaders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var header in main.HeaderParts)
        {
            CollectLinks(header, context.Links);
            if (header.Header is { } h && seenHeaders.Add(h.InnerText))
            {
                context.Part = header;
                Walk(h.ChildElements, context, cancellationToken);
            }
        }

        if (main.Document?.Body is { } body)
        {
            context.Part = main;
            Walk(body.ChildElements, context, cancellationToken);
        }

        var seenFooters = new HashSet<string>(StringComparer.Ordinal);
        foreach (var footer in main.FooterParts)
        {
            CollectLinks(footer, context.Links);
            if (footer.Footer is { } f && seenFooters.Add(f.InnerText))
            {
                context.Part = footer;
                Walk(f.ChildElements, context, cancellationToken);
            }
        }

        if (context.Lines.Count == 0)
        {
            throw new UnreadableDocumentException(UnreadableReason.Empty,
                "The Word document contains no text. Check that you picked the right file and upload it again.");
        }

        return new LayoutDocument(context.Lines, context.Links, DocumentKind.Docx) { PositionedLinks = context.PlacedLinks };
    }

    private sealed class Context(DocxStyles styles)
    {
        public DocxStyles Styles { get; } = styles;

        public List<DocLine> Lines { get; } = [];

        public List<string> Links { get; } = [];

        /// <summary>Links with the index of the line they sit on (as their top and bottom), so a link can be told to be the person's.</summary>
        public List<DocLink> PlacedLinks { get; } = [];

        /// <summary>The part being read, whose relationships resolve its hyperlinks.</summary>
        public OpenXmlPart? Part { get; set; }
    }

    /// <summary>Records the links inside <paramref name="element"/> with the index of the line about to be emitted.</summary>
    private static void PlaceLinks(OpenXmlElement element, Context context)
    {
        var lineIndex = context.Lines.Count;
        foreach (var field in element.Descendants<FieldCode>())
        {
            var m = HyperlinkFieldRegex().Match(field.Text ?? string.Empty);
            if (m.Success)
            {
                context.Links.Add(m.Groups[1].Value);
                context.PlacedLinks.Add(new DocLink(m.Groups[1].Value, string.Empty, 0, lineIndex, lineIndex));
            }
        }

        foreach (var link in element.Descendants<Hyperlink>())
        {
            if (link.Id?.Value is { } id && context.Part?.HyperlinkRelationships.FirstOrDefault(r => r.Id == id) is { IsExternal: true } rel)
            {
                context.PlacedLinks.Add(new DocLink(rel.Uri.OriginalString, TextCleaner.Clean(link.InnerText), 0, lineIndex, lineIndex));
            }
        }
    }

    private static void CollectLinks(OpenXmlPart part, List<string> links)
    {
        foreach (var rel in part.HyperlinkRelationships)
        {
            if (rel.IsExternal)
            {
                links.Add(rel.Uri.OriginalString);
            }
        }
    }

    private static void Walk(IEnumerable<OpenXmlElement> elements, Context context, CancellationToken cancellationToken)
    {
        foreach (var element in elements)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (element)
            {
                case Paragraph p:
                    EmitParagraph(p, context, cancellationToken);
                    break;
                case Table t:
                    EmitTable(t, context, cancellationToken);
                    break;
                case SdtBlock sdt when sdt.SdtContentBlock is { } block:
                    Walk(block.ChildElements, context, cancellationToken);
                    break;
                case CustomXmlBlock custom:
                    Walk(custom.ChildElements, context, cancellationToken);
                    break;
                default:
                    break;
            }
        }
    }

    private static void EmitTable(Table table, Context context, CancellationToken cancellationToken)
    {
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = row.Elements<TableCell>().ToList();
            var cellTexts = cells.Select(c => c.Elements<Paragraph>().Select(p => ParagraphText(p, context).Text).Where(t => t.Length > 0).ToList()).ToList();
            var simple = cells.All(c => !c.Elements<Table>().Any() && !c.Descendants<TextBoxContent>().Any())
                && cellTexts.All(t => t.Count <= 1) && cellTexts.Count(t => t.Count == 1) >= 2;

            // A label column: a section title in the first cell names what the rest of the row holds.
            var titled = simple && cellTexts.Count(t => t.Count == 1) == 2 && cellTexts[0].Count == 1 && SectionHeadings.Match(cellTexts[0][0]) is not null;
            if (simple && !titled)
            {
                // A row of single-line cells ("Company | Dates") reads as one line with segments.
                var paragraphs = cells.SelectMany(c => c.Elements<Paragraph>()).Select(p => ParagraphText(p, context)).Where(r => r.Text.Length > 0).ToList();
                var segments = paragraphs.SelectMany(r => r.Text.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(t => new LineSegment(t, 0, 0, r.Bold))).ToList();
                var first = paragraphs[0];
                PlaceLinks(row, context);
                context.Lines.Add(new DocLine(segments)
                {
                    FontSize = paragraphs.Max(r => r.Size),
                    Bold = first.Bold,
                    Top = context.Lines.Count,
                    ListItem = paragraphs.Any(r => r.Numbered),
                    HeadingLevel = first.Heading,
                });
                continue;
            }

            foreach (var cell in cells)
            {
                Walk(cell.ChildElements, context, cancellationToken);
            }
        }
    }

    private sealed record ParagraphRun(string Text, bool Bold, double Size, bool Numbered, int Heading);

    private static void EmitParagraph(Paragraph paragraph, Context context, CancellationToken cancellationToken)
    {
        var run = ParagraphText(paragraph, context);
        PlaceLinks(paragraph, context);

        // A soft line break inside a paragraph starts a new visual line.
        var parts = run.Text.Split('\n');
        for (var i = 0; i < parts.Length; i++)
        {
            var segments = parts[i].Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(s => s.Length > 0)
                .Select(s => new LineSegment(s, 0, 0, run.Bold))
                .ToList();
            if (segments.Count == 0)
            {
                continue;
            }

            context.Lines.Add(new DocLine(segments)
            {
                FontSize = run.Size,
                Bold = run.Bold,
                Top = context.Lines.Count,
                ListItem = run.Numbered,
                HeadingLevel = run.Heading,
                ParagraphStart = i == 0,
            });
        }

        // Text boxes are anchored inside a run but hold their own paragraphs; read them after the anchor. Word saves a
        // DrawingML box with a VML copy for older readers (mc:Fallback): read the box once.
        foreach (var box in paragraph.Descendants<TextBoxContent>().Where(b => !b.Ancestors<TextBoxContent>().Any() && !b.Ancestors<AlternateContentFallback>().Any()))
        {
            Walk(box.ChildElements, context, cancellationToken);
        }
    }

    private static ParagraphRun ParagraphText(Paragraph paragraph, Context context)
    {
        var props = paragraph.ParagraphProperties;
        var style = context.Styles.Get(props?.ParagraphStyleId?.Val?.Value);
        var numbered = props?.NumberingProperties?.NumberingId?.Val?.Value is > 0
            || (style.Numbered && props?.NumberingProperties?.NumberingId?.Val?.Value is not 0);
        var heading = style.HeadingLevel;
        if (heading == 0 && props?.OutlineLevel?.Val?.Value is { } outline && outline < 9)
        {
            heading = outline + 1;
        }

        var sb = new StringBuilder();
        string? previousFormat = null;
        var boldChars = 0;
        var totalChars = 0;
        var maxSize = 0.0;
        foreach (var r in paragraph.Descendants<Run>())
        {
            if (!ReferenceEquals(r.Ancestors<Paragraph>().FirstOrDefault(), paragraph) || r.Ancestors<DeletedRun>().Any())
            {
                continue;
            }

            var rp = r.RunProperties;
            var bold = rp?.Bold is { } b ? b.Val?.Value ?? true : style.Bold;

            // Text set apart on the page (a date floated right in a converted web page) can arrive as the next run with
            // no space: "Singapore" + "Jul '20". A change of look between two words run together parts them.
            var format = rp?.OuterXml ?? string.Empty;
            if (previousFormat is not null && format != previousFormat && sb.Length > 0 && char.IsLetterOrDigit(sb[^1])
                && r.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.Text>()?.Text is { Length: > 0 } next
                && (char.IsUpper(next[0]) || (char.IsDigit(next[0]) && char.IsLetter(sb[^1]))))
            {
                sb.Append('\t');
            }

            previousFormat = format;
            var size = DocxStyles.HalfPoints(rp?.FontSize?.Val?.Value) ?? style.FontSize;
            foreach (var child in r.ChildElements)
            {
                string? piece = child switch
                {
                    DocumentFormat.OpenXml.Wordprocessing.Text t => t.Text,
                    TabChar => "\t",
                    Break br when br.Type?.Value is null || br.Type.Value == BreakValues.TextWrapping => "\n",
                    CarriageReturn => "\n",
                    NoBreakHyphen => "-",
                    SoftHyphen => string.Empty,
                    _ => null,
                };
                if (piece is null)
                {
                    continue;
                }

                sb.Append(piece);
                var visible = piece.Count(c => !char.IsWhiteSpace(c));
                totalChars += visible;
                if (bold)
                {
                    boldChars += visible;
                }

                if (visible > 0)
                {
                    maxSize = Math.Max(maxSize, size);
                }
            }
        }

        var text = string.Join('\n', sb.ToString().Split('\n').Select(line =>
            string.Join('\t', line.Split('\t').Select(TextCleaner.Clean))));
        return new ParagraphRun(text.Trim('\t', '\n', ' '), totalChars > 0 && boldChars * 2 > totalChars,
            maxSize > 0 ? maxSize : style.FontSize, numbered, heading);
    }
}
