using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ResumeRefiner.Corpus.Docx.Layouts;

/// <summary>
/// Word's built-in resume templates: the name in the Title style, the label in Subtitle, the contact details in a
/// borderless one-row table (two or three cells, a contact per paragraph), section headings in Heading 1 with a bottom
/// border, each entry's "Title, Company" in Heading 2 and its dates (and place) on a Heading 3 line, bullets and list
/// items in the List Bullet style. Variant "contacts-above": the contact table comes before the name.
/// </summary>
internal sealed class WordTemplateLayout : IResumeLayout
{
    private static readonly int[] CellCounts = [3, 2, 1];

    public string Name => "word-template";

    public PageGeometry Page(LayoutOptions options) => PageGeometry.For(options.Paper, 1080, 1080, 1080, 1080);

    public void Write(WordDocument document)
    {
        var model = document.Model;
        var align = document.Options.Centered ? JustificationValues.Center : JustificationValues.Left;
        var name = new List<OpenXmlElement> { document.Paragraph(model.Name, new ParagraphFormat(Style: "Title", Align: align)) };
        if (model.Label is not null)
        {
            name.Add(document.Paragraph(model.Label, new ParagraphFormat(Style: "Subtitle", Align: align)));
        }

        var contacts = ContactTable(document);
        if (document.Options.Variant == "contacts-above")
        {
            document.Body.Append(contacts);
            document.Body.Append(name);
        }
        else
        {
            document.Body.Append(name);
            document.Body.Append(contacts);
        }

        // The List Bullet style carries the numbering: make sure both exist before any list item uses them.
        _ = document.BulletNumberingId;
        var bulletFormat = new ParagraphFormat(Style: "ListBullet", After: 20);
        foreach (var section in model.Sections)
        {
            document.Body.Append(document.Paragraph(section.Title, new ParagraphFormat(Style: "Heading1", RuleBelow: document.Options.Accent)));
            foreach (var paragraph in section.Paragraphs)
            {
                document.Body.Append(document.Paragraph(paragraph));
            }

            foreach (var entry in section.Entries)
            {
                var title = Blocks.Join(", ", entry.Title, entry.Org);
                if (title.Length > 0)
                {
                    document.Body.Append(document.Heading(title, 2));
                }

                var dates = Blocks.Join(" | ", entry.Dates, entry.Place);
                if (dates.Length > 0)
                {
                    document.Body.Append(document.Heading(dates, 3));
                }

                document.Body.Append(document.Details(entry));
            }

            foreach (var item in section.Items)
            {
                document.Body.Append(document.Item(section, item, bulletFormat));
            }
        }

        var references = document.Options.PageNumbers ? new OpenXmlElement[] { document.PageNumberFooter(model.Name) } : [];
        document.Finish(document.Section(references));
    }

    /// <summary>
    /// One borderless row of up to three cells, the contacts dealt into them in order, one per paragraph, each cell as
    /// wide as its longest contact needs and the rest of the line shared out; fewer cells when they would not fit (an
    /// address must not break mid-word).
    /// </summary>
    private static Table ContactTable(WordDocument document)
    {
        const int cellMargins = 216;
        var contacts = document.Model.Contacts;
        var width = document.Page.TextWidth;
        var points = Math.Min(document.Options.FontSize, 10);
        var texts = contacts.Select(c => Blocks.Join(": ", c.Label, c.Text)).ToList();
        int Needed(IEnumerable<string> cell) => (int)(cell.Select(t => t.Length).DefaultIfEmpty(1).Max() * points * 0.62 * 20) + cellMargins;
        List<List<string>> Deal(int count)
        {
            var perCell = (texts.Count + count - 1) / count;
            return Enumerable.Range(0, count).Select(i => texts.Skip(i * perCell).Take(perCell).ToList()).Where(c => c.Count > 0).ToList();
        }

        var cells = CellCounts.Select(Deal).First(c => c.Count == 1 || c.Sum(Needed) <= width);
        var needed = cells.Select(Needed).ToList();
        var spare = Math.Max(0, width - needed.Sum()) / cells.Count;
        var widths = needed.Select(n => n + spare).ToList();
        widths[^1] += width - widths.Sum();
        var table = WordDocument.Table(widths);
        var row = new TableRow();
        var next = 0;
        for (var i = 0; i < cells.Count; i++)
        {
            var paragraphs = contacts.Skip(next).Take(cells[i].Count)
                .Select(c => document.Paragraph(
                    c.Label is null ? [new Span { Text = c.Text, Href = c.Href }] : [new Span { Text = $"{c.Label}: " }, new Span { Text = c.Text, Href = c.Href }],
                    new ParagraphFormat(Style: "NoSpacing", After: 20),
                    new RunFormat(HalfPoints: (int)(points * 2))))
                .ToList();
            next += cells[i].Count;
            row.Append(WordDocument.Cell(widths[i], paragraphs));
        }

        table.Append(row);
        return table;
    }
}
