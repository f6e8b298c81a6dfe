using ResumeRefiner.Core.Analysis.Report;
using ResumeRefiner.Core.Parsing;

namespace ResumeRefiner.Core.Analysis.Ats;

/// <summary>
/// Judges whether an applicant tracking system can read the original file, from the parser's layout
/// facts. Unknown facts raise nothing: a check only speaks about what was observed.
/// </summary>
internal static class AtsReadinessCheck
{
    private const long LargeFileBytes = 2 * 1024 * 1024;
    private static readonly HashSet<char> PlainBullets = ['•', '-', '*', '·', '–', '—', '‣', '◦', '●', '▪'];

    public static IEnumerable<Finding> Check(DocumentFacts facts, string? text)
    {
        if (facts.HasTextLayer == false)
        {
            yield return new Finding("text-layer", FindingCategory.AtsReadiness, Severity.Critical, "document",
                "The file has no text layer: it is an image of a resume.",
                "An ATS reads text, not pictures; a scanned resume arrives empty and is usually rejected.",
                "Export the resume from your editor as PDF or DOCX instead of scanning or photographing it.");
        }

        if (facts.UnmappedGlyphs is > 0)
        {
            yield return new Finding("glyphs", FindingCategory.AtsReadiness, Severity.Major, "document",
                $"{facts.UnmappedGlyphs} characters do not extract as text (custom or symbol fonts).",
                "Characters an ATS cannot read turn into gaps or gibberish, sometimes inside your name or skills.",
                "Use a standard font (Arial, Calibri, Garamond, Helvetica) and re-export the file.");
        }

        if (facts.Columns is > 1)
        {
            yield return new Finding("columns", FindingCategory.AtsReadiness, Severity.Major, "document",
                $"The layout has {facts.Columns} columns.",
                "Many ATSs read straight across the page, mixing the columns' lines together.",
                "Use a single-column layout; put skills in their own section below the experience.");
        }

        if (facts.HeaderFooterText == true)
        {
            yield return new Finding("header-footer", FindingCategory.AtsReadiness, Severity.Major, "document",
                "Some text sits in the page header or footer.",
                "Many ATSs skip headers and footers; contact details placed there are lost.",
                "Move your name and contact details into the body of the first page.");
        }

        if (facts.HasTables == true)
        {
            yield return new Finding("tables", FindingCategory.AtsReadiness, Severity.Minor, "document",
                "The resume uses a table for layout.",
                "ATSs often read table cells out of order or drop them.",
                "Replace the table with plain lines and tab stops.");
        }

        if (facts.ImageCount is > 0)
        {
            yield return new Finding("images", FindingCategory.AtsReadiness, Severity.Minor, "document",
                $"The file contains {facts.ImageCount} image(s).",
                "Text inside images, icons and skill bars is invisible to an ATS, and photos can introduce bias.",
                "Remove photos, icons and graphics; state skills and contact details as text.");
        }

        var bullets = facts.NonStandardBullets ?? (text is null ? [] : UnusualBullets(text));
        if (bullets.Count > 0)
        {
            yield return new Finding("bullets", FindingCategory.AtsReadiness, Severity.Minor, "document",
                $"Bullets use unusual characters ({string.Join(" ", bullets)}).",
                "Symbol bullets can come out as question marks or boxes after extraction.",
                "Use plain round bullets (•) or hyphens.");
        }

        if (facts.FileSizeBytes is > LargeFileBytes)
        {
            yield return new Finding("file-size", FindingCategory.AtsReadiness, Severity.Minor, "document",
                $"The file is {facts.FileSizeBytes / 1024 / 1024.0:0.#} MB.",
                "Large files are often images or embedded fonts, and some portals refuse files over 2 MB.",
                "Remove images and re-export; a text resume is usually under 200 KB.");
        }

        if (facts.Kind is DocumentKind.Text or DocumentKind.Markdown)
        {
            yield return new Finding("file-type", FindingCategory.AtsReadiness, Severity.Info, "document",
                "The resume is a plain text file.",
                "Most application portals expect PDF or DOCX and some refuse other types.",
                "Export the resume as DOCX or PDF (Resume Refiner can export it for you).");
        }

        if (facts.PageCount is > 3)
        {
            yield return new Finding("page-count", FindingCategory.AtsReadiness, Severity.Minor, "document",
                $"The file has {facts.PageCount} pages.",
                "Very long files are truncated by some ATSs and skimmed by recruiters.",
                "Keep the resume to two pages.");
        }
    }

    /// <summary>Characters that open lines as bullets but are not plain bullets: ➢ ✓ ■ ❖ and the like.</summary>
    internal static IReadOnlyList<string> UnusualBullets(string text) =>
        text.Split('\n')
            .Select(l => l.TrimStart())
            .Where(l => l.Length > 1 && l[1] == ' ' && !char.IsLetterOrDigit(l[0]) && !PlainBullets.Contains(l[0]) && !char.IsPunctuation(l[0]) && l[0] > 127)
            .Select(l => l[0].ToString())
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
