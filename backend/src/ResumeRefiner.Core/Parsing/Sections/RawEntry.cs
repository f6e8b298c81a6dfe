using System.Text;
using System.Text.RegularExpressions;
using ResumeRefiner.Core.Parsing.Dates;

namespace ResumeRefiner.Core.Parsing.Sections;

/// <summary>An entry of a section (a job, a degree, a project): its header lines, bullets and prose.</summary>
internal sealed partial class RawEntry
{
    public List<Item> Header { get; } = [];

    public List<string> Bullets { get; } = [];

    public List<string> Prose { get; } = [];

    /// <summary>Unbulleted lines that open with an action verb, until the entry is complete: highlights or description.</summary>
    public List<string> ActionLines { get; } = [];

    public List<string> Side { get; } = [];

    /// <summary>Lines listing the entry's tools ("Technologies: C#, PostgreSQL"), label included.</summary>
    public List<string> Tools { get; } = [];

    public bool HasDate => Header.Any(h => DateParser.Find(h.Text) is not null) || Side.Any(s => DateParser.Find(s) is not null);

    public bool IsEmpty => Header.Count == 0 && Bullets.Count == 0 && Prose.Count == 0 && Side.Count == 0;

    /// <summary>The entry's prose paragraphs joined; with <paramref name="withTools"/> its tools lines after them.</summary>
    public string? ProseText(bool withTools = false)
    {
        var paragraphs = withTools ? Prose.Concat(Tools).ToList() : Prose;
        if (paragraphs.Count == 0)
        {
            return null;
        }

        var sb = new StringBuilder();
        foreach (var p in paragraphs)
        {
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(p.Trim());
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"^(?:technologies|technology|tech(?:nology)?\s+stack|stack|tech|tools(?:\s+used)?|tools\s+(?:and|&)\s+technologies|built\s+with|keywords|skills\s+used|environment|languages\s+(?:and|&)\s+tools)\s*:\s*(?<list>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ToolsLineRegex();

    /// <summary>"Technologies: C, Python, Django": the tools of the entry above, or null when the text is not such a line.</summary>
    public static string? ToolsList(string text)
    {
        var m = ToolsLineRegex().Match(text.Trim());
        return m.Success ? m.Groups["list"].Value.Trim() : null;
    }
}
