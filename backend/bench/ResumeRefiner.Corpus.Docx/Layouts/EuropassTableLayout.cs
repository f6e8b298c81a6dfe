using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ResumeRefiner.Corpus.Docx.Layouts;

/// <summary>
/// The Europass CV as its Word template builds it: one borderless table whose narrow left column holds
/// right-aligned labels ("PERSONAL INFORMATION", "WORK EXPERIENCE", the dates of each entry, "Mother tongue(s)")
/// and whose wide right column holds the content, with the CEFR language self-assessment grid as a nested table.
/// </summary>
internal sealed class EuropassTableLayout : IResumeLayout
{
    private static readonly string[] Skills = ["Listening", "Reading", "Spoken interaction", "Spoken production", "Writing"];

    public string Name => "europass-table";

    public PageGeometry Page(LayoutOptions options) => PageGeometry.For(options.Paper, 850, 850, 850, 850);

    public void Write(WordDocument document)
    {
        var model = document.Model;
        var leftWidth = 3100;
        var rightWidth = document.Page.TextWidth - leftWidth;
        var table = WordDocument.Table([leftWidth, rightWidth], cellMarginSide: 140);
        var context = new Rows(document, table, leftWidth, rightWidth);

        context.Heading("Personal information", model.Name, nameRow: true);
        foreach (var contact in model.Contacts)
        {
            context.Row(contact.Label ?? "", [document.Paragraph([new Span { Text = contact.Text, Href = contact.Href }], new ParagraphFormat(After: 20))]);
        }

        if (model.Label is not null)
        {
            context.Row("Position", [document.Paragraph(model.Label, new ParagraphFormat(After: 20), new RunFormat(Bold: true, HalfPoints: 22))], labelCaps: true);
        }

        string? group = null;
        foreach (var section in model.Sections)
        {
            if (section.Group is null)
            {
                group = null;
                WriteSection(context, section);
                continue;
            }

            if (section.Group != group)
            {
                group = section.Group;
                context.Heading(group, null);
            }

            WriteGroupSection(context, section);
        }

        document.Body.Append(table);
        document.Body.Append(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" })));
        var references = document.Options.PageNumbers ? new OpenXmlElement[] { document.PageNumberFooter(model.Name) } : [];
        document.Finish(document.Section(references));
    }

    private static void WriteSection(Rows rows, Section section)
    {
        var document = rows.Document;
        if (section.Entries.Count == 0)
        {
            var content = section.Paragraphs.Select(p => document.Paragraph(p, new ParagraphFormat(After: 40)))
                .Concat(section.Items.SelectMany(i => document.Item(section, i, new ParagraphFormat(After: 40))));
            rows.Row(section.Title, [.. content], labelCaps: true);
            return;
        }

        rows.Heading(section.Title, null);
        foreach (var entry in section.Entries)
        {
            var content = new List<OpenXmlElement>
            {
                document.Paragraph(entry.Title ?? entry.Org ?? "", new ParagraphFormat(After: 20), new RunFormat(Bold: true, HalfPoints: 22, Color: document.Options.Accent)),
            };
            var org = Blocks.Join(", ", entry.Title is null ? null : entry.Org, entry.Place);
            if (org.Length > 0)
            {
                content.Add(document.Paragraph(org, new ParagraphFormat(After: 40)));
            }

            content.AddRange(document.Details(entry, bulletIndent: 280));
            rows.Row(entry.Dates ?? "", content, accentLabel: true);
        }
    }

    private static void WriteGroupSection(Rows rows, Section section)
    {
        var document = rows.Document;
        if (section.Languages.Count > 0)
        {
            var native = section.Languages.Where(l => l.Native).Select(l => l.Language).ToList();
            if (native.Count > 0)
            {
                rows.Row("Mother tongue(s)", [document.Paragraph(string.Join(", ", native), new ParagraphFormat(After: 40), new RunFormat(Bold: true))]);
            }

            var other = section.Languages.Where(l => !l.Native).ToList();
            if (other.Count > 0)
            {
                rows.Row("Other language(s)", [LevelGrid(document, other, rows.RightWidth - 280), .. LevelLegend(document)]);
            }

            return;
        }

        var first = true;
        foreach (var item in section.Items)
        {
            var label = item.Label ?? (first ? section.Title : "");
            rows.Row(label, [document.Paragraph(item.Text, new ParagraphFormat(After: 40))]);
            first = false;
        }

        foreach (var paragraph in section.Paragraphs)
        {
            rows.Row(first ? section.Title : "", [document.Paragraph(paragraph, new ParagraphFormat(After: 40))]);
            first = false;
        }

        if (section.Entries.Count > 0)
        {
            var content = new List<OpenXmlElement>();
            foreach (var entry in section.Entries)
            {
                var spans = new List<Span> { new() { Text = entry.Title ?? entry.Org ?? "", Bold = true } };
                var rest = Blocks.Join(", ", entry.Title is null ? null : entry.Org, entry.Place, entry.Dates);
                if (rest.Length > 0)
                {
                    spans.Add(new Span { Text = $", {rest}" });
                }

                content.Add(document.Paragraph(spans, new ParagraphFormat(After: 20)));
                content.AddRange(document.Details(entry, bulletIndent: 280));
            }

            rows.Row(first ? section.Title : "", content);
        }
    }

    /// <summary>The self-assessment grid: UNDERSTANDING (listening, reading), SPEAKING (two), WRITING, one row per language.</summary>
    private static Table LevelGrid(WordDocument document, IReadOnlyList<LanguageRow> languages, int width)
    {
        var languageWidth = width * 22 / 100;
        var levelWidth = (width - languageWidth) / 5;
        var columns = new[] { languageWidth }.Concat(Enumerable.Repeat(levelWidth, 5)).ToArray();
        var grid = WordDocument.Table(columns, borders: true, cellMarginSide: 60);
        var small = new RunFormat(HalfPoints: 15, Color: document.Options.Accent);
        var centered = new ParagraphFormat(Align: JustificationValues.Center, After: 0);
        TableCell Text(string text, int cellWidth, int span = 1, RunFormat? run = null, string? fill = null) =>
            WordDocument.Cell(cellWidth, [document.Paragraph(text, centered, run)], span, fill, TableVerticalAlignmentValues.Center);

        grid.Append(new TableRow(
            Text("", languageWidth),
            Text("UNDERSTANDING", levelWidth * 2, 2, small, "EDEDED"),
            Text("SPEAKING", levelWidth * 2, 2, small, "EDEDED"),
            Text("WRITING", levelWidth, 1, small, "EDEDED")));
        grid.Append(new TableRow(new[] { Text("", languageWidth) }.Concat(Skills.Select(s => Text(s, levelWidth, 1, small, "EDEDED")))));
        foreach (var language in languages)
        {
            var row = new TableRow(WordDocument.Cell(languageWidth, [document.Paragraph(language.Language, new ParagraphFormat(After: 0), new RunFormat(Bold: true))], align: TableVerticalAlignmentValues.Center));
            if (language.Level is { } level)
            {
                row.Append(Skills.Select(_ => Text(level, levelWidth)));
            }
            else
            {
                row.Append(Text(language.Fluency ?? "", levelWidth * 5, 5));
            }

            grid.Append(row);
        }

        return grid;
    }

    private static IEnumerable<OpenXmlElement> LevelLegend(WordDocument document)
    {
        var legend = new RunFormat(Italic: true, HalfPoints: 15, Color: "595959");
        yield return document.Paragraph("Levels: A1 and A2: Basic user - B1 and B2: Independent user - C1 and C2: Proficient user", new ParagraphFormat(Before: 60, After: 0), legend);
        yield return document.Paragraph("Common European Framework of Reference for Languages", new ParagraphFormat(After: 60), legend);
    }

    /// <summary>Appends label/content rows to the Europass table.</summary>
    private sealed record Rows(WordDocument Document, Table Table, int LeftWidth, int RightWidth)
    {
        public void Row(string label, IReadOnlyList<OpenXmlElement> content, bool labelCaps = false, bool accentLabel = false)
        {
            var run = new RunFormat(HalfPoints: 16, Color: accentLabel ? Document.Options.Accent : "404040", Caps: labelCaps);
            Table.Append(new TableRow(
                WordDocument.Cell(LeftWidth, [Document.Paragraph(label, new ParagraphFormat(Align: JustificationValues.Right, After: 40), run)]),
                WordDocument.Cell(RightWidth, content)));
        }

        /// <summary>A section label, capitalised by formatting, beside a rule; on the first row, beside the name.</summary>
        public void Heading(string label, string? name, bool nameRow = false)
        {
            var run = new RunFormat(HalfPoints: 18, Color: Document.Options.Accent, Caps: true, Bold: !nameRow);
            OpenXmlElement right = name is null
                ? Document.Paragraph("", new ParagraphFormat(Before: 120, After: 60, RuleBelow: Document.Options.Accent))
                : Document.Paragraph(name, new ParagraphFormat(After: 120), new RunFormat(HalfPoints: 36, Color: "262626"));
            Table.Append(new TableRow(
                WordDocument.Cell(LeftWidth, [Document.Paragraph(label, new ParagraphFormat(Align: JustificationValues.Right, Before: 120, After: 60), run)]),
                WordDocument.Cell(RightWidth, [right])));
        }
    }
}
