using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ResumeRefiner.Core.Tests.Parsing;

/// <summary>Writes test .docx files the way Word structures them: styles, list numbering, tables, headers, links.</summary>
internal sealed class DocxFixture : IDisposable
{
    private readonly MemoryStream stream = new();
    private readonly WordprocessingDocument document;
    private readonly Body body;

    public DocxFixture()
    {
        document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.Document = new Document(body = new Body());
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new Style(
                new StyleName { Val = "heading 1" },
                new BasedOn { Val = "Normal" },
                new StyleRunProperties(new Bold(), new FontSize { Val = "28" }))
            { Type = StyleValues.Paragraph, StyleId = "Heading1" },
            new Style(
                new StyleName { Val = "List Paragraph" },
                new BasedOn { Val = "Normal" })
            { Type = StyleValues.Paragraph, StyleId = "ListParagraph" });
        var numbering = main.AddNewPart<NumberingDefinitionsPart>();
        numbering.Numbering = new Numbering(
            new AbstractNum(new Level(new NumberingFormat { Val = NumberFormatValues.Bullet }, new LevelText { Val = "•" }) { LevelIndex = 0 }) { AbstractNumberId = 1 },
            new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 });
    }

    public MainDocumentPart Main => document.MainDocumentPart!;

    public DocxFixture Heading(string text)
    {
        body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }), new Run(new Text(text))));
        return this;
    }

    public DocxFixture Paragraph(string text, bool bold = false, int halfPoints = 0)
    {
        body.Append(MakeParagraph(text, bold, halfPoints));
        return this;
    }

    public static Paragraph MakeParagraph(string text, bool bold = false, int halfPoints = 0)
    {
        var props = new RunProperties();
        if (bold)
        {
            props.Append(new Bold());
        }

        if (halfPoints > 0)
        {
            props.Append(new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        var run = new Run(props);
        var parts = text.Split('\t');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new TabChar());
            }

            run.Append(new Text(parts[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return new Paragraph(run);
    }

    /// <summary>A list item whose bullet comes from numbering properties, with no bullet character in the text.</summary>
    public DocxFixture Bullet(string text)
    {
        body.Append(new Paragraph(
            new ParagraphProperties(
                new ParagraphStyleId { Val = "ListParagraph" },
                new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 })),
            new Run(new Text(text))));
        return this;
    }

    public DocxFixture Hyperlink(string text, string uri)
    {
        var rel = Main.AddHyperlinkRelationship(new Uri(uri), true);
        body.Append(new Paragraph(new DocumentFormat.OpenXml.Wordprocessing.Hyperlink(new Run(new Text(text))) { Id = rel.Id }));
        return this;
    }

    /// <summary>A layout table: each row's cells hold the given texts.</summary>
    public DocxFixture Table(params string[][] rows)
    {
        var table = new Table(new TableGrid(new GridColumn(), new GridColumn()));
        foreach (var row in rows)
        {
            table.Append(new TableRow(row.Select(cell => new TableCell(cell.Split('\n').Select(p => MakeParagraph(p)).ToArray()))));
        }

        body.Append(table);
        return this;
    }

    public DocxFixture HeaderPart(params string[] lines)
    {
        var header = Main.AddNewPart<HeaderPart>();
        header.Header = new Header(lines.Select(l => MakeParagraph(l)).ToArray());
        var id = Main.GetIdOfPart(header);
        body.Append(new SectionProperties(new HeaderReference { Type = HeaderFooterValues.Default, Id = id }));
        return this;
    }

    public DocxFixture TextBox(params string[] lines)
    {
        var content = new TextBoxContent(lines.Select(l => MakeParagraph(l)).ToArray());
        var pict = new Picture(new DocumentFormat.OpenXml.Vml.Shape(new DocumentFormat.OpenXml.Vml.TextBox(content)));
        body.Append(new Paragraph(new Run(pict)));
        return this;
    }

    public byte[] Build()
    {
        document.Dispose();
        return stream.ToArray();
    }

    public void Dispose()
    {
        document.Dispose();
        stream.Dispose();
    }
}
