namespace ResumeRefiner.Core.Export.Pdf;

/// <summary>Lines placed on pages with the style that placed them.</summary>
internal sealed record PageLayout(PdfTemplateStyle Style, IReadOnlyList<Placement> Placements)
{
    public int Pages => Placements.Count == 0 ? 1 : Placements[^1].Page + 1;

    /// <summary>How far the text reaches down the last page, from the top margin.</summary>
    public double LastPageFill => Placements.Count == 0 ? 0 : Placements[^1].Y + (Placements[^1].Line?.Height ?? 0) - Style.Margin;
}

/// <summary>
/// Keeps a resume that nearly fits one page on one page. When the text spills onto a second page by at most
/// <see cref="MaxOverflow"/> of a page, the layout is tightened step by step within the template's limits (see
/// <see cref="PdfTemplateStyle.Tightened"/>) until it fits; a resume that still does not fit, or that is longer, keeps
/// the template as designed, because squeezing a two-page resume only makes both pages harder to read.
/// </summary>
internal static class OnePageFit
{
    /// <summary>The largest spill onto page two, as a share of a page's text height, worth tightening for.</summary>
    public const double MaxOverflow = 0.25;

    public const int Steps = 6;

    public static PageLayout Layout(IReadOnlyList<OutlineBlock> blocks, PdfTemplateStyle style, double pageWidth, double pageHeight)
    {
        var designed = Lay(blocks, style, pageWidth, pageHeight);
        if (designed.Pages != 2 || designed.LastPageFill > MaxOverflow * (pageHeight - 2 * style.Margin))
        {
            return designed;
        }

        // The tightest layout first: when even that spills, one extra pass settles it instead of every step.
        var tightest = Lay(blocks, style.Tightened(1), pageWidth, pageHeight);
        if (tightest.Pages != 1)
        {
            return designed;
        }

        for (var step = 1; step < Steps; step++)
        {
            var tightened = Lay(blocks, style.Tightened((double)step / Steps), pageWidth, pageHeight);
            if (tightened.Pages == 1)
            {
                return tightened;
            }
        }

        return tightest;
    }

    /// <summary>The layout in exactly this style, with no fitting.</summary>
    public static PageLayout Lay(IReadOnlyList<OutlineBlock> blocks, PdfTemplateStyle style, double pageWidth, double pageHeight)
    {
        using var typeset = new Typesetter(style, pageWidth - 2 * style.Margin);
        var laid = typeset.Lay(blocks);
        return new PageLayout(style, PdfResumeWriter.Paginate(laid, style.Margin, pageHeight - style.Margin));
    }
}
