using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using PdfSharp.UniversalAccessibility;

namespace ResumeRefiner.Core.Export.Pdf;

/// <summary>
/// Draws placed lines and builds the PDF structure tree alongside, in reading order: the name is H1, section
/// headings H2, entry titles H3, bullets a list (L, LI, Lbl, LBody), other text paragraphs (P); section rules are
/// artifacts and contact links are Link elements. The document is marked, has a language and shows its title.
/// </summary>
internal static class TaggedDrawing
{
    private const string Language = "en-US";

    public static void Draw(PdfDocument document, PageLayout layout, double pageWidth, double pageHeight)
    {
        var accessibility = UAManager.ForDocument(document);
        accessibility.SetDocumentLanguage(Language);
        var tags = accessibility.StructureBuilder;
        var left = layout.Style.Margin;
        var width = pageWidth - 2 * left;

        using var pages = new PageCursor(document, pageWidth, pageHeight);
        pages.MoveTo(0);
        LaidBlock? open = null;
        var inList = false;
        foreach (var placed in layout.Placements)
        {
            var gfx = pages.MoveTo(placed.Page);
            if (placed.Line is null)
            {
                // A rule is decoration: it ends the heading above it and is no part of the text.
                End(tags, ref open);
                tags.BeginArtifact();
                gfx.DrawLine(new XPen(placed.Block.RuleColor, 0.75), left, placed.Y, left + width, placed.Y);
                tags.End();
                continue;
            }

            if (!ReferenceEquals(placed.Block, open))
            {
                End(tags, ref open);
                var bullet = placed.Block.Source.Kind == BlockKind.Bullet;
                if (inList != bullet)
                {
                    if (bullet)
                    {
                        tags.BeginElement(PdfBlockLevelElementTag.List);
                    }
                    else
                    {
                        tags.End();
                    }

                    inList = bullet;
                }

                tags.BeginElement(TagOf(placed.Block.Source.Kind));
                open = placed.Block;
            }

            DrawLine(tags, gfx, placed, left, width);
        }

        End(tags, ref open);
        if (inList)
        {
            tags.End();
        }
    }

    private static PdfBlockLevelElementTag TagOf(BlockKind kind) => kind switch
    {
        BlockKind.Name => PdfBlockLevelElementTag.Heading1,
        BlockKind.SectionHeading => PdfBlockLevelElementTag.Heading2,
        BlockKind.EntryTitle => PdfBlockLevelElementTag.Heading3,
        BlockKind.Bullet => PdfBlockLevelElementTag.ListItem,
        _ => PdfBlockLevelElementTag.Paragraph,
    };

    /// <summary>Ends the open block's element; a list item also ends its list body.</summary>
    private static void End(StructureBuilder tags, ref LaidBlock? open)
    {
        if (open is null)
        {
            return;
        }

        if (open.Bullet is not null)
        {
            tags.End();
        }

        tags.End();
        open = null;
    }

    private static void DrawLine(StructureBuilder tags, XGraphics gfx, Placement placed, double left, double width)
    {
        var line = placed.Line!;
        var x = left + (placed.Block.Centred ? (width - line.Width) / 2 : line.Indent);
        if (placed.FirstLine && placed.Block.Bullet is { } bullet)
        {
            tags.BeginElement(PdfBlockLevelElementTag.Label);
            gfx.DrawString(bullet.Text, bullet.Font, bullet.Brush, left + 2, placed.Y, XStringFormats.TopLeft);
            tags.End();
            tags.BeginElement(PdfBlockLevelElementTag.ListBody);
        }

        foreach (var fragment in line.Fragments)
        {
            gfx.DrawString(fragment.Text, fragment.Font, fragment.Brush, x + fragment.X, placed.Y, XStringFormats.TopLeft);
        }

        foreach (var link in line.Links)
        {
            // The structure builder adds the annotation to the current page and ties it to a Link element.
            var area = gfx.Transformer.WorldToDefaultPage(new XRect(x + link.X, placed.Y, link.Width, line.Height));
            tags.BeginElement(PdfLinkAnnotation.CreateWebLink(new PdfRectangle(area), link.Target.OriginalString), link.Text);
            tags.End();
        }
    }

    /// <summary>The page being drawn on; pages are added in order as the placements reach them.</summary>
    private sealed class PageCursor(PdfDocument document, double width, double height) : IDisposable
    {
        private XGraphics? gfx;
        private int index = -1;

        public XGraphics MoveTo(int page)
        {
            while (index < page)
            {
                // The new page is added while the old page's graphics are open: adding a page ends the structure
                // builder's marked content on the old page, which needs them.
                var next = document.AddPage();
                next.Width = XUnit.FromPoint(width);
                next.Height = XUnit.FromPoint(height);
                gfx?.Dispose();
                gfx = XGraphics.FromPdfPage(next);
                index++;
            }

            return gfx!;
        }

        public void Dispose() => gfx?.Dispose();
    }
}
