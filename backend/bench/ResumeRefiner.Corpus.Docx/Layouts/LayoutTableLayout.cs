using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ResumeRefiner.Corpus.Docx.Layouts;

/// <summary>
/// The whole page is one borderless two-column table: a narrow shaded left column (contacts, then the side
/// sections: skills, languages, certificates) and a wide right column (summary, experience, education).
/// The name spans both columns in a first row; variant "name-left" puts it at the top of the left column.
/// </summary>
internal sealed class LayoutTableLayout : IResumeLayout
{
    public string Name => "layout-table";

    public PageGeometry Page(LayoutOptions options) => PageGeometry.For(options.Paper, 720, 720, 720, 720);

    public void Write(WordDocument document)
    {
        var model = document.Model;
        var leftWidth = document.Page.TextWidth * 34 / 100;
        var rightWidth = document.Page.TextWidth - leftWidth;
        var table = WordDocument.Table([leftWidth, rightWidth], cellMarginSide: 180);
        var onTop = document.Options.ContactsOnTop;
        var nameLeft = document.Options.Variant == "name-left" && !onTop;

        var nameBlock = new List<OpenXmlElement> { NameParagraph(document, nameLeft ? leftWidth - 360 : 0) };
        if (model.Label is not null)
        {
            nameBlock.Add(document.Paragraph(model.Label, ParagraphFormat.Styled("Subtitle")));
        }

        if (onTop)
        {
            nameBlock.Add(document.ContactLine(model.Contacts, new ParagraphFormat(After: 120)));
        }

        if (!nameLeft)
        {
            table.Append(new TableRow(WordDocument.Cell(leftWidth + rightWidth, nameBlock, span: 2)));
        }

        var left = new List<OpenXmlElement>();
        if (nameLeft)
        {
            left.AddRange(nameBlock);
        }

        if (!onTop)
        {
            left.Add(document.Heading(model.ContactTitle, 3, keepWithNext: false));
            left.AddRange(document.SideContacts(leftWidth - 360, new ParagraphFormat(Style: "NoSpacing", After: 60)));
        }

        var right = new List<OpenXmlElement>();
        foreach (var section in model.Sections)
        {
            if (section.Side)
            {
                left.AddRange(SideSection(document, section));
            }
            else
            {
                right.AddRange(MainSection(document, section));
            }
        }

        table.Append(new TableRow(
            WordDocument.Cell(leftWidth, left, fill: "F2F2F2"),
            WordDocument.Cell(rightWidth, right)));
        document.Body.Append(table);
        document.Body.Append(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" })));
        var references = document.Options.PageNumbers ? new OpenXmlElement[] { document.PageNumberFooter(model.Name) } : [];
        document.Finish(document.Section(references));
    }

    /// <summary>
    /// The name in Title style. Atop the narrow column (<paramref name="narrowWidth"/> &gt; 0) it shrinks until its
    /// longest word fits and, when it still does not fit one line, puts each word on a line of its own, as such
    /// templates do; left to the line breaker, "Wójcik-Nowak" would break at its hyphen.
    /// </summary>
    private static Paragraph NameParagraph(WordDocument document, int narrowWidth)
    {
        var name = document.Model.Name;
        if (narrowWidth <= 0)
        {
            return document.Paragraph(name, ParagraphFormat.Styled("Title"));
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var size = Math.Min(document.Options.FontSize + 15, narrowWidth / 20.0 / (words.Max(w => w.Length) * 0.7));
        var text = Blocks.FitsLine(name, size + 2, narrowWidth) ? name : string.Join('\n', words);
        return document.Paragraph(text, ParagraphFormat.Styled("Title"), new RunFormat(HalfPoints: (int)(size * 2)));
    }

    private static IEnumerable<OpenXmlElement> SideSection(WordDocument document, Section section)
    {
        yield return document.Heading(section.Title, 3, keepWithNext: false);
        foreach (var paragraph in section.Paragraphs)
        {
            yield return document.Paragraph(paragraph, new ParagraphFormat(After: 60));
        }

        foreach (var entry in section.Entries)
        {
            yield return document.Paragraph(entry.Title ?? entry.Org ?? "", new ParagraphFormat(After: 0), new RunFormat(Bold: true));
            var rest = Blocks.Join(", ", entry.Title is null ? null : entry.Org, entry.Place, entry.Dates);
            if (rest.Length > 0)
            {
                yield return document.Paragraph(rest, new ParagraphFormat(After: 60), new RunFormat(HalfPoints: 18, Color: "595959"));
            }

            foreach (var paragraph in document.Details(entry, bulletIndent: 240))
            {
                yield return paragraph;
            }
        }

        foreach (var item in section.Items)
        {
            foreach (var paragraph in document.Item(section, item, new ParagraphFormat(After: 60, KeepNext: false), tab: 1200))
            {
                yield return paragraph;
            }
        }
    }

    private static IEnumerable<OpenXmlElement> MainSection(WordDocument document, Section section)
    {
        yield return document.Heading(section.Title, 1, keepWithNext: false);
        foreach (var paragraph in section.Paragraphs)
        {
            yield return document.Paragraph(paragraph);
        }

        foreach (var entry in section.Entries)
        {
            yield return document.Heading(entry.Title ?? entry.Org ?? "", 2, keepWithNext: false);
            var second = Blocks.Join("  |  ", entry.Title is null ? null : entry.Org, entry.Place, entry.Dates);
            var width = document.Page.TextWidth * 66 / 100 - 360;
            if (!Blocks.FitsLine(second, document.Options.FontSize, width))
            {
                // Too long to share a line: the dates get their own rather than wrap at a hyphen.
                yield return document.Paragraph(Blocks.Join("  |  ", entry.Title is null ? null : entry.Org, entry.Place), new ParagraphFormat(After: 0), new RunFormat(Color: "595959"));
                second = entry.Dates ?? "";
            }

            if (second.Length > 0)
            {
                yield return document.Paragraph(second, new ParagraphFormat(After: 40), new RunFormat(Color: "595959"));
            }

            foreach (var paragraph in document.Details(entry))
            {
                yield return paragraph;
            }
        }

        foreach (var item in section.Items)
        {
            foreach (var paragraph in document.Item(section, item, new ParagraphFormat(After: 40)))
            {
                yield return paragraph;
            }
        }
    }
}
