using PdfSharp.Drawing;

namespace ResumeRefiner.Core.Export.Pdf;

/// <summary>Typography and spacing of one template. Sizes in points.</summary>
internal sealed record PdfTemplateStyle
{
    public required string Family { get; init; }

    public required double Margin { get; init; }

    public required double NameSize { get; init; }

    public required double HeadlineSize { get; init; }

    public required double ContactSize { get; init; }

    public required double HeadingSize { get; init; }

    public required double TitleSize { get; init; }

    public required double DetailSize { get; init; }

    public required double BodySize { get; init; }

    /// <summary>Line height as a multiple of the font's own line spacing.</summary>
    public double Leading { get; init; } = 1.0;

    public bool CentreHeader { get; init; }

    public bool UpperCaseHeadings { get; init; }

    public XColor Accent { get; init; } = XColors.Black;

    public XColor Muted { get; init; } = XColor.FromArgb(80, 80, 80);

    public double SectionGap { get; init; } = 10;

    public double EntryGap { get; init; } = 6;

    public double BulletIndent { get; init; } = 14;

    /// <summary>The narrowest margin <see cref="Tightened"/> may take this template to.</summary>
    public required double MinMargin { get; init; }

    /// <summary>Body text is never shrunk below this (a template whose body is already smaller keeps its size).</summary>
    public const double BodyFloor = 9.5;

    /// <summary>The tightest leading <see cref="Tightened"/> may use.</summary>
    public const double MinLeading = 0.95;

    /// <summary>
    /// The style with its spacing, margin and type tightened by <paramref name="amount"/> (0 = as designed, 1 = the
    /// template's limits): margins down to <see cref="MinMargin"/>, section and entry gaps to half, leading to
    /// <see cref="MinLeading"/>, and all type scaled so the body text reaches at most <see cref="BodyFloor"/>.
    /// </summary>
    public PdfTemplateStyle Tightened(double amount)
    {
        var t = Math.Clamp(amount, 0, 1);
        var body = BodySize - (BodySize - Math.Min(BodySize, BodyFloor)) * t;
        var scale = body / BodySize;
        return this with
        {
            Margin = Margin - (Margin - MinMargin) * t,
            SectionGap = SectionGap * (1 - t / 2),
            EntryGap = EntryGap * (1 - t / 2),
            Leading = Leading - (Leading - Math.Min(Leading, MinLeading)) * t,
            NameSize = NameSize * scale,
            HeadlineSize = HeadlineSize * scale,
            ContactSize = ContactSize * scale,
            HeadingSize = HeadingSize * scale,
            TitleSize = TitleSize * scale,
            DetailSize = DetailSize * scale,
            BodySize = body,
        };
    }

    public static PdfTemplateStyle For(ResumeTemplate template) => template switch
    {
        ResumeTemplate.Classic => new PdfTemplateStyle
        {
            Family = EmbeddedFonts.Serif,
            Margin = 54,
            MinMargin = 40,
            NameSize = 21,
            HeadlineSize = 11.5,
            ContactSize = 10,
            HeadingSize = 12,
            TitleSize = 11,
            DetailSize = 10,
            BodySize = 10.5,
            CentreHeader = true,
            UpperCaseHeadings = true,
            SectionGap = 12,
        },
        ResumeTemplate.Modern => new PdfTemplateStyle
        {
            Family = EmbeddedFonts.Sans,
            Margin = 50,
            MinMargin = 38,
            NameSize = 22,
            HeadlineSize = 12,
            ContactSize = 9,
            HeadingSize = 12,
            TitleSize = 10.5,
            DetailSize = 9.5,
            BodySize = 10,
            Accent = XColor.FromArgb(31, 78, 121),
            Leading = 1.05,
            SectionGap = 12,
        },
        ResumeTemplate.Compact => new PdfTemplateStyle
        {
            Family = EmbeddedFonts.Sans,
            Margin = 36,
            MinMargin = 30,
            NameSize = 16,
            HeadlineSize = 10,
            ContactSize = 8.5,
            HeadingSize = 10,
            TitleSize = 9.5,
            DetailSize = 8.5,
            BodySize = 9,
            UpperCaseHeadings = true,
            SectionGap = 7,
            EntryGap = 4,
            BulletIndent = 11,
        },
        _ => throw new ArgumentOutOfRangeException(nameof(template), template, "Unknown template."),
    };
}
