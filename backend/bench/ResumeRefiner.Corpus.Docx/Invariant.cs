using System.Globalization;

namespace ResumeRefiner.Corpus.Docx;

internal static class Invariant
{
    /// <summary>OOXML string-typed numbers (twips, half-points) are culture-invariant.</summary>
    public static string ToInvariant(this int value) => value.ToString(CultureInfo.InvariantCulture);
}
