using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace ResumeRefiner.Core.Tests.Parsing;

/// <summary>Writes test PDFs with real fonts, positioned like a typeset resume (y grows downwards here).</summary>
internal sealed class PdfFixture
{
    private const string Regular = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    private const string BoldFont = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

    private readonly PdfDocumentBuilder builder = new();
    private readonly PdfDocumentBuilder.AddedFont regular;
    private readonly PdfDocumentBuilder.AddedFont bold;
    private PdfPageBuilder page;

    public PdfFixture()
    {
        regular = builder.AddTrueTypeFont(File.ReadAllBytes(Regular));
        bold = builder.AddTrueTypeFont(File.ReadAllBytes(BoldFont));
        page = builder.AddPage(PageSize.A4);
    }

    public const double PageHeight = 841.89;

    public PdfFixture Text(string text, double x, double top, double size = 10, bool isBold = false)
    {
        page.AddText(text, size, new PdfPoint(x, PageHeight - top), isBold ? bold : regular);
        return this;
    }

    /// <summary>Text whose right edge sits at <paramref name="right"/> (right-aligned columns).</summary>
    public PdfFixture TextRight(string text, double right, double top, double size = 10)
    {
        var width = page.MeasureText(text, size, new PdfPoint(0, 0), regular).Max(l => l.BoundingBox.Right);
        return Text(text, right - width, top, size);
    }

    /// <summary>How wide <paramref name="text"/> prints, for placing text right beside other text.</summary>
    public double Width(string text, double size = 10, bool isBold = false) =>
        page.MeasureText(text, size, new PdfPoint(0, 0), isBold ? bold : regular).Max(l => l.BoundingBox.Right);

    /// <summary>Lines stacked from <paramref name="top"/> with a fixed pitch; returns the next free top.</summary>
    public double Lines(double x, double top, IEnumerable<string> lines, double size = 10, bool isBold = false, double pitch = 13)
    {
        foreach (var line in lines)
        {
            Text(line, x, top, size, isBold);
            top += pitch;
        }

        return top;
    }

    public PdfFixture Link(string uri, double x, double top, double width, double height = 12)
    {
        page.AddLink(uri, new PdfRectangle(x, PageHeight - top - 3, x + width, PageHeight - top + height - 3));
        return this;
    }

    public PdfFixture NewPage()
    {
        page = builder.AddPage(PageSize.A4);
        return this;
    }

    public PdfFixture Image(byte[] png, double x, double top, double width, double height)
    {
        page.AddPng(png, new PdfRectangle(x, PageHeight - top - height, x + width, PageHeight - top));
        return this;
    }

    public byte[] Build() => builder.Build();
}
