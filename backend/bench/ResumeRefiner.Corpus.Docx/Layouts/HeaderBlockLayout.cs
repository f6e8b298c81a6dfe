using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ResumeRefiner.Corpus.Docx.Layouts;

/// <summary>
/// Name and contacts in the page header part, Heading 1 section titles, "Company → dates" on a Heading 2 line
/// with a right-aligned tab stop, bullets through numbering. Variant "first-page-header": the block is the
/// first-page header only (w:titlePg) and later pages have an empty header.
/// </summary>
internal sealed class HeaderBlockLayout : IResumeLayout
{
    public string Name => "header-block";

    public PageGeometry Page(LayoutOptions options) => PageGeometry.For(options.Paper, 1080, 1080, 1080, 1080);

    public void Write(WordDocument document)
    {
        var model = document.Model;
        var header = document.AddHeader();
        var align = document.Options.Centered ? JustificationValues.Center : JustificationValues.Left;
        var block = new List<OpenXmlElement>
        {
            document.Paragraph(model.Name, new ParagraphFormat(Style: "Title", Align: align), owner: header),
        };
        if (model.Label is not null)
        {
            block.Add(document.Paragraph(model.Label, new ParagraphFormat(Style: "Subtitle", Align: align, After: 40), owner: header));
        }

        block.Add(document.ContactLine(model.Contacts, new ParagraphFormat(Style: "Header", Align: align, RuleBelow: document.Options.Accent, After: 120), owner: header));
        header.Header = new Header(block);

        var references = new List<OpenXmlElement>();
        var trailing = new List<OpenXmlElement>();
        if (document.Options.Variant == "first-page-header")
        {
            var empty = document.AddHeader();
            empty.Header = new Header(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Header" })));
            references.Add(new HeaderReference { Type = HeaderFooterValues.Default, Id = document.Main.GetIdOfPart(empty) });
            references.Add(new HeaderReference { Type = HeaderFooterValues.First, Id = document.Main.GetIdOfPart(header) });
            trailing.Add(new TitlePage());
        }
        else
        {
            references.Add(new HeaderReference { Type = HeaderFooterValues.Default, Id = document.Main.GetIdOfPart(header) });
        }

        if (document.Options.PageNumbers)
        {
            references.Add(document.PageNumberFooter(model.Name));
        }

        var right = document.Page.TextWidth;
        foreach (var section in model.Sections)
        {
            document.Body.Append(document.Heading(section.Title, 1));
            foreach (var paragraph in section.Paragraphs)
            {
                document.Body.Append(document.Paragraph(paragraph));
            }

            foreach (var entry in section.Entries)
            {
                // The employer leads; without one the title takes its place and the second line keeps the rest.
                var lead = entry.Org ?? entry.Title ?? "";
                var second = Blocks.Join(", ", entry.Org is null ? null : entry.Title, entry.Place);
                var first = Blocks.Join("\t", lead, entry.Dates);
                if (!Blocks.FitsLine(first, document.Options.FontSize + 1, right))
                {
                    // Too long for the tab: the dates move to the end of the second line, still right-aligned.
                    first = lead;
                    second = Blocks.Join("\t", second, entry.Dates);
                }

                document.Body.Append(document.Paragraph(first, new ParagraphFormat(Style: "Heading2", Tabs: [(TabStopValues.Right, right)])));
                if (second.Length > 0)
                {
                    document.Body.Append(document.Paragraph(second, new ParagraphFormat(After: 40, Tabs: [(TabStopValues.Right, right)]), new RunFormat(Italic: true)));
                }

                document.Body.Append(document.Details(entry));
            }

            foreach (var item in section.Items)
            {
                document.Body.Append(document.Item(section, item, new ParagraphFormat(After: 40)));
            }
        }

        document.Finish(document.Section(references, trailing));
    }
}
