using ResumeRefiner.Core.Parsing;

namespace ResumeRefiner.Core.Analysis.Ats;

/// <summary>
/// Layout facts about the original file, as the parser saw it. ATS readiness is judged from these,
/// never from the bytes. Null means "not known": the parser does not report that fact (yet), and a
/// check that needs it stays silent rather than guess.
/// </summary>
public sealed record DocumentFacts
{
    public static DocumentFacts Unknown { get; } = new();

    public DocumentKind? Kind { get; init; }

    public long? FileSizeBytes { get; init; }

    public int? PageCount { get; init; }

    /// <summary>False for a scanned image with no extractable text.</summary>
    public bool? HasTextLayer { get; init; }

    /// <summary>Text columns detected on the busiest page (1 = single column).</summary>
    public int? Columns { get; init; }

    public bool? HasTables { get; init; }

    public int? ImageCount { get; init; }

    /// <summary>Text found in page headers or footers, which many ATSs drop.</summary>
    public bool? HeaderFooterText { get; init; }

    /// <summary>Bullet characters other than the plain ones (•, -, *), e.g. ➢ ✓ ■.</summary>
    public IReadOnlyList<string>? NonStandardBullets { get; init; }

    /// <summary>Glyphs that did not map to text (custom or symbol fonts).</summary>
    public int? UnmappedGlyphs { get; init; }
}
