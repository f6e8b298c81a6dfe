using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ResumeRefiner.Corpus.Docx.Layouts;

/// <summary>
/// Title and Subtitle styles for the name and label, a single-column main part, then a continuous section break
/// into two newspaper columns (w:cols num=2) for the side sections: skills, languages, interests.
/// </summary>
internal sealed class SectionColumnsLayout : IResumeLayout
{
    public string Name => "section-columns";

    public PageGeometry Page(LayoutOptions options) => PageGeometry.For(options.Paper, 1080, 1260, 1080, 1260);

    public void Write(WordDocument document)
    {
        var model = document.Model;
        var body = document.Body;
        var align = document.Options.Centered ? JustificationValues.Center : JustificationValues.Left;
        body.Append(document.Paragraph(model.Name, new ParagraphFormat(Style: "Title", Align: align)));
        if (model.Label is not null)
        {
            body.Append(document.Paragraph(model.Label, new ParagraphFormat(Style: "Subtitle", Align: align)));
        }

        body.Append(document.ContactLine(model.Contacts, new ParagraphFormat(Align: align, After: 120, RuleBelow: "BFBFBF")));
        var right = document.Page.TextWidth;
        foreach (var section in model.Sections.Where(s => !s.Side))
        {
            body.Append(document.Heading(section.Title, 1));
            foreach (var paragraph in section.Paragraphs)
            {
                body.Append(document.Paragraph(paragraph));
            }

            foreach (var entry in section.Entries)
            {
                var lead = new List<Span> { new() { Text = entry.Title ?? entry.Org ?? "", Bold = true } };
                if (entry.Title is not null && entry.Org is not null)
                {
                    lead.Add(new Span { Text = $", {entry.Org}" });
                }

                var tabs = new ParagraphFormat(Before: 80, After: 0, KeepNext: true, Tabs: [(TabStopValues.Right, right)]);
                var datesFirst = Blocks.FitsLine(string.Concat(lead.Select(s => s.Text)) + entry.Dates, document.Options.FontSize, right);
                if (entry.Dates is not null && datesFirst)
                {
                    lead.Add(new Span { Text = $"\t{entry.Dates}" });
                }

                body.Append(document.Paragraph(lead, tabs));
                var place = Blocks.Join("\t", entry.Place, datesFirst ? null : entry.Dates);
                if (place.Length > 0)
                {
                    body.Append(document.Paragraph(place, tabs with { Before = 0, After = 40, KeepNext = null }, new RunFormat(Italic: true, Color: "595959")));
                }

                body.Append(document.Details(entry));
            }

            foreach (var item in section.Items)
            {
                body.Append(document.Item(section, item, new ParagraphFormat(After: 40)));
            }
        }

        var references = document.Options.PageNumbers ? new OpenXmlElement[] { document.PageNumberFooter(model.Name) } : [];
        var side = model.Sections.Where(s => s.Side).ToList();
        if (side.Count == 0)
        {
            document.Finish(document.Section(references));
            return;
        }

        // The single-column section ends at the paragraph carrying its sectPr; the last section is the columns.
        body.Append(new Paragraph(new ParagraphProperties(
            new SpacingBetweenLines { After = "0" },
            document.Section(references))));
        foreach (var section in side)
        {
            body.Append(document.Heading(section.Title, 2));
            foreach (var paragraph in section.Paragraphs)
            {
                body.Append(document.Paragraph(paragraph));
            }

            foreach (var entry in section.Entries)
            {
                body.Append(document.Paragraph(Blocks.Join(", ", entry.Title, entry.Org, entry.Dates), new ParagraphFormat(After: 40)));
                body.Append(document.Details(entry, bulletIndent: 240));
            }

            foreach (var item in section.Items)
            {
                body.Append(document.Item(section, item, new ParagraphFormat(After: 40), tab: 1300));
            }
        }

        // The column section ends with a continuous break of its own, as Word writes it when the columns are to
        // balance; a last section holding an empty paragraph follows.
        body.Append(new Paragraph(new ParagraphProperties(
            new SpacingBetweenLines { After = "0" },
            document.Section(
                [.. references.Select(r => r.CloneNode(true)), new SectionType { Val = SectionMarkValues.Continuous }],
                [new Columns { ColumnCount = 2, Space = "567", EqualWidth = true }]))));
        body.Append(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" })));
        document.Finish(document.Section(
            [.. references.Select(r => r.CloneNode(true)), new SectionType { Val = SectionMarkValues.Continuous }],
            []));
    }
}
