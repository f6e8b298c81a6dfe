using System.Text;
using ResumeRefiner.Core.Analysis.Ats;
using ResumeRefiner.Core.Parsing;
using ResumeRefiner.Core.Tests.Parsing;

namespace ResumeRefiner.Core.Tests.Analysis.Ats;

public sealed class DocumentInspectorTests
{
    private static readonly string[] Body = [.. Enumerable.Range(1, 30).Select(i => $"Delivered project number {i} on time")];

    private static DocumentFacts Inspect(byte[] bytes, DocumentKind kind) =>
        DocumentInspector.Inspect(new MemoryStream(bytes), kind).Facts;

    [Fact]
    public void A_single_column_pdf_has_a_text_layer_one_column_and_no_images()
    {
        var pdf = new PdfFixture();
        pdf.Text("Jane Example", 50, 60, 20, isBold: true);
        pdf.Lines(50, 100, Body);

        var facts = Inspect(pdf.Build(), DocumentKind.Pdf);

        Assert.True(facts.HasTextLayer);
        Assert.Equal(1, facts.Columns);
        Assert.Equal(1, facts.PageCount);
        Assert.Equal(0, facts.ImageCount);
        Assert.Equal(DocumentKind.Pdf, facts.Kind);
    }

    [Fact]
    public void A_sidebar_layout_is_two_columns()
    {
        var pdf = new PdfFixture();
        pdf.Lines(40, 100, Body.Select(b => b[..12]));
        pdf.Lines(260, 100, Body);

        Assert.Equal(2, Inspect(pdf.Build(), DocumentKind.Pdf).Columns);
    }

    [Fact]
    public void A_scanned_page_has_an_image_and_no_text_layer()
    {
        var pdf = new PdfFixture();
        pdf.Image(TinyPng.Gray(40, 40), 50, 50, 500, 700);

        var facts = Inspect(pdf.Build(), DocumentKind.Pdf);

        Assert.False(facts.HasTextLayer);
        Assert.Equal(1, facts.ImageCount);
    }

    [Fact]
    public void Text_in_the_top_margin_is_header_text()
    {
        var pdf = new PdfFixture();
        pdf.Text("jane@example.com | +1 415 555 0134", 50, 12, 8);
        pdf.Lines(50, 100, Body);

        Assert.True(Inspect(pdf.Build(), DocumentKind.Pdf).HeaderFooterText);
    }

    [Fact]
    public void Docx_tables_text_boxes_and_header_parts_are_reported()
    {
        using var plain = new DocxFixture();
        plain.Heading("Experience").Bullet("Delivered the project");
        var plainFacts = Inspect(plain.Build(), DocumentKind.Docx);
        Assert.False(plainFacts.HasTables);
        Assert.False(plainFacts.HeaderFooterText);

        using var table = new DocxFixture();
        table.Table(["Skills", "C#, SQL"]).HeaderPart("jane@example.com");
        var tableFacts = Inspect(table.Build(), DocumentKind.Docx);
        Assert.True(tableFacts.HasTables);
        Assert.True(tableFacts.HeaderFooterText);

        using var box = new DocxFixture();
        box.TextBox("Contact", "jane@example.com");
        Assert.True(Inspect(box.Build(), DocumentKind.Docx).HasTables);
    }

    [Fact]
    public void Plain_text_keeps_its_text_and_a_markdown_table_counts_as_a_table()
    {
        var text = DocumentInspector.Inspect(new MemoryStream(Encoding.UTF8.GetBytes("Jane\nEngineer")), DocumentKind.Text);
        Assert.Equal("Jane\nEngineer", text.Text);
        Assert.Equal(false, text.Facts.HasTables);

        var markdown = Inspect(Encoding.UTF8.GetBytes("# Jane\n| Skill | Years |\n|---|---|\n| C# | 5 |"), DocumentKind.Markdown);
        Assert.Equal(true, markdown.HasTables);
    }

    [Fact]
    public void A_corrupt_pdf_is_unreadable()
    {
        var error = Assert.Throws<UnreadableDocumentException>(() => Inspect(Encoding.ASCII.GetBytes("%PDF-1.7\ngarbage"), DocumentKind.Pdf));

        Assert.Equal(UnreadableReason.Corrupt, error.Reason);
    }
}
