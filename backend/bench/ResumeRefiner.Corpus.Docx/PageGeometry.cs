namespace ResumeRefiner.Corpus.Docx;

/// <summary>Page and margins in twentieths of a point, as w:pgSz and w:pgMar hold them.</summary>
internal sealed record PageGeometry(int Width, int Height, int Top, int Right, int Bottom, int Left)
{
    /// <summary>English Metric Units per twip, for DrawingML positions.</summary>
    public const long EmuPerTwip = 635;

    public int TextWidth => Width - Left - Right;

    public static PageGeometry For(PaperSize paper, int top, int right, int bottom, int left) => paper switch
    {
        PaperSize.Letter => new(12240, 15840, top, right, bottom, left),
        _ => new(11906, 16838, top, right, bottom, left),
    };
}
