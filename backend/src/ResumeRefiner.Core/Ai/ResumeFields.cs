using System.Text.RegularExpressions;
using ResumeRefiner.Core.Model;

namespace ResumeRefiner.Core.Ai;

/// <summary>
/// Reads and writes a resume's text fields by JSON path (<c>work[1].highlights[2]</c>), through the same walk the
/// offline fixes use, so a path the AI names is exactly the field that gets changed.
/// </summary>
public static partial class ResumeFields
{
    /// <summary>Every non-empty text field, by path, in document order.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> All(Resume resume)
    {
        ArgumentNullException.ThrowIfNull(resume);
        var fields = new List<KeyValuePair<string, string>>();
        FieldWalker.Map(resume, (path, _, value) =>
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                fields.Add(new(path, value));
            }

            return value;
        });
        return fields;
    }

    /// <summary>The text at <paramref name="path"/>; empty for a field that exists but is unset; null for no such field.</summary>
    public static string? Get(Resume resume, string path)
    {
        ArgumentNullException.ThrowIfNull(resume);
        string? found = null;
        FieldWalker.Map(resume, (p, _, value) =>
        {
            if (p.Equals(path, StringComparison.Ordinal))
            {
                found = value ?? string.Empty;
            }

            return value;
        });
        return found;
    }

    /// <summary>The resume with the field at <paramref name="path"/> set to <paramref name="value"/>.</summary>
    public static Resume Set(Resume resume, string path, string value) =>
        FieldWalker.Map(resume, (p, _, current) => p.Equals(path, StringComparison.Ordinal) ? value : current);

    /// <summary>A bullet: a highlight of a job, a volunteer role or a project.</summary>
    public static bool IsBullet(string path) => BulletPath().IsMatch(path);

    [GeneratedRegex(@"^(work|volunteer|projects)\[\d{1,3}\]\.highlights\[\d{1,3}\]$", RegexOptions.CultureInvariant)]
    private static partial Regex BulletPath();
}
