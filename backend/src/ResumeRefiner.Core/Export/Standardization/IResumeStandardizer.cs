using ResumeRefiner.Core.Model;

namespace ResumeRefiner.Core.Export.Standardization;

/// <summary>
/// Offline consistency fixes, offered as suggestions: one date format, one bullet punctuation style, technology
/// names in their canonical case, one phone format, trimmed whitespace, no bullet glyphs inside bullet text.
/// Applying fixes never changes the given resume; it returns a new version, so every fix can be undone.
/// </summary>
public interface IResumeStandardizer
{
    IReadOnlyList<StandardFix> Suggest(Resume resume);

    /// <summary>Applies the fixes with the given ids (ids from <see cref="Suggest"/> on the same resume); unknown ids are ignored.</summary>
    Resume Apply(Resume resume, IEnumerable<string> fixIds);
}

/// <summary>One proposed change to one field.</summary>
/// <param name="Id">Stable for an unchanged resume, e.g. <c>date-format:work[1].startDate</c>.</param>
/// <param name="Kind">date-format, bullet-punctuation, technology-case, phone-format, whitespace or bullet-glyph.</param>
/// <param name="Path">JSON path of the field, e.g. <c>work[1].highlights[2]</c>.</param>
/// <param name="Before">The field's current value.</param>
/// <param name="After">The value after this fix alone (empty when the fix removes the value, e.g. "Present" as an end date).</param>
/// <param name="Safe">The fix keeps the meaning, so "apply all safe fixes" may take it without review.</param>
public sealed record StandardFix(string Id, string Kind, string Path, string Before, string After, string Description, bool Safe = true);
