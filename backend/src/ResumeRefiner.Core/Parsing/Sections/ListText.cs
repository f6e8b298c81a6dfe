using System.Text;
using System.Text.RegularExpressions;

namespace ResumeRefiner.Core.Parsing.Sections;

/// <summary>How list sections set out their elements: separators between them, and labels before them.</summary>
internal static partial class ListText
{
    /// <summary>"Label: content": a short label, a colon, then what it labels.</summary>
    [GeneratedRegex(@"^(?<label>[^:]{1,40}?)\s*:\s*(?<rest>.+)$")]
    public static partial Regex LabelRegex();

    // "C == Python > C++ > Java": a ranking written with comparison signs, spaced, is a list too.
    [GeneratedRegex(@"\s+(?:==?|>=?|<=?|≥|≤|≈)\s+")]
    private static partial Regex RankingSignRegex();

    /// <summary>Splits a list on commas, semicolons, bullets, pipes and spaced ranking signs, but not inside parentheses.</summary>
    public static List<string> Split(string text)
    {
        text = RankingSignRegex().Replace(text, ", ");
        var parts = new List<string>();
        var sb = new StringBuilder();
        var depth = 0;
        foreach (var c in text)
        {
            if (c is '(' or '[')
            {
                depth++;
            }
            else if (c is ')' or ']')
            {
                depth = Math.Max(0, depth - 1);
            }

            if (depth == 0 && c is ',' or ';' or '•' or '|' or '·' or '◦' or '▪')
            {
                parts.Add(sb.ToString());
                sb.Clear();
                continue;
            }

            sb.Append(c);
        }

        parts.Add(sb.ToString());
        return parts.Select(p => p.Trim().TrimEnd('.').Trim()).Where(p => p.Length > 0).ToList();
    }

    /// <summary>Lines "Label: content" whose label is a section name, with the label removed.</summary>
    public static IEnumerable<(SectionKind Kind, Item Item)> LabelledLines(List<Item> items)
    {
        foreach (var item in items)
        {
            var m = LabelRegex().Match(string.Join(" ", item.Segments));
            if (m.Success && SectionHeadings.Match(m.Groups["label"].Value) is { } kind)
            {
                var rest = m.Groups["rest"].Value;
                var stripped = new Item { Line = item.Line, Segments = [rest], Side = item.Side, Bullet = item.Bullet };
                yield return (kind, kind == SectionKind.Skills ? item : stripped);
            }
        }
    }
}
