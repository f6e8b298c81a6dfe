using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ResumeRefiner.Corpus.Docx.Layouts;

/// <summary>
/// A résumé typed by hand in Normal style: the name centred in large bold, headings as bold small-caps paragraphs
/// with a rule (no heading styles), dates in a left tab column ("2019 – 2021⇥Senior Accountant, Kessler LLP") and
/// bullets typed as a character and a tab over a hanging indent (no numbering).
/// </summary>
internal sealed class ClassicTabsLayout : IResumeLayout
{
    public string Name => "classic-tabs";

    public PageGeometry Page(LayoutOptions options) => PageGeometry.For(options.Paper, 1080, 1080, 1080, 1080);

    public void Write(WordDocument document)
    {
        var model = document.Model;
        var body = document.Body;
        var column = DateColumn(model, document.Options.FontSize);
        var nameSize = (int)Math.Round(document.Options.FontSize * 2) + 18;
        body.Append(document.Paragraph(model.Name, new ParagraphFormat(Align: JustificationValues.Center, After: 0), new RunFormat(Bold: true, HalfPoints: nameSize)));
        if (model.Label is not null)
        {
            body.Append(document.Paragraph(model.Label, new ParagraphFormat(Align: JustificationValues.Center, After: 0), new RunFormat(Italic: true)));
        }

        body.Append(document.ContactLine(model.Contacts, new ParagraphFormat(Align: JustificationValues.Center, After: 120)));
        foreach (var section in model.Sections)
        {
            body.Append(document.Paragraph(
                section.Title,
                new ParagraphFormat(Before: 200, After: 80, KeepNext: true, RuleBelow: "000000"),
                new RunFormat(Bold: true, SmallCaps: true, HalfPoints: (int)Math.Round(document.Options.FontSize * 2) + 4)));
            foreach (var paragraph in section.Paragraphs)
            {
                body.Append(document.Paragraph(paragraph));
            }

            foreach (var entry in section.Entries)
            {
                body.Append(EntryLines(document, entry, column));
            }

            foreach (var item in section.Items)
            {
                body.Append(document.Item(section, item, new ParagraphFormat(After: 40), tab: column));
            }
        }

        var references = document.Options.PageNumbers ? new OpenXmlElement[] { document.PageNumberFooter(model.Name) } : [];
        document.Finish(document.Section(references));
    }

    private static IEnumerable<OpenXmlElement> EntryLines(WordDocument document, Entry entry, int column)
    {
        // The hanging indent equals the tab column, so wrapped lines and the following lines align with the text.
        var hanging = new ParagraphFormat(IndentLeft: column, Hanging: column, Tabs: [(TabStopValues.Left, column)], Before: 80, After: 0, KeepNext: true);
        var spans = new List<Span> { new() { Text = $"{entry.Dates}\t" } };
        spans.Add(new Span { Text = entry.Title ?? entry.Org ?? "", Bold = true });
        if (entry.Title is not null && entry.Org is not null)
        {
            spans.Add(new Span { Text = $", {entry.Org}" });
        }

        yield return document.Paragraph(spans, hanging);
        if (entry.Place is not null)
        {
            yield return document.Paragraph(entry.Place, new ParagraphFormat(IndentLeft: column, After: 20), new RunFormat(Italic: true));
        }

        foreach (var line in entry.Lines)
        {
            yield return document.Paragraph(line, new ParagraphFormat(IndentLeft: column, After: 20));
        }

        foreach (var bullet in entry.Bullets)
        {
            yield return document.TypedBullet(bullet, column + 280);
        }
    }

    /// <summary>Wide enough for the longest date range or item label, measured roughly at half an em per character.</summary>
    private static int DateColumn(ResumeModel model, double fontSize)
    {
        var longest = model.Sections
            .SelectMany(s => s.Entries.Select(e => e.Dates?.Length ?? 0).Concat(s.Items.Select(i => i.Label?.Length ?? 0)))
            .DefaultIfEmpty(0)
            .Max();
        var twips = (int)(longest * fontSize * 11) + 240;
        return Math.Clamp(twips, 1440, 3000);
    }
}
