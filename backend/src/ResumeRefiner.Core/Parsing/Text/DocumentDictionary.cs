using System.Text.RegularExpressions;

namespace ResumeRefiner.Core.Parsing.Text;

/// <summary>
/// Decides whether a line-end hyphen splits a word ("Con-sul" → "Consul") or belongs to a compound
/// ("cloud-native"). The document itself is the first dictionary: a word printed whole elsewhere is a word, a
/// compound printed hyphenated elsewhere is a compound. Otherwise common compound parts decide.
/// </summary>
internal sealed partial class DocumentDictionary
{
    private static readonly HashSet<string> CompoundParts = new(StringComparer.OrdinalIgnoreCase)
    {
        "native", "based", "driven", "time", "scale", "end", "level", "oriented", "facing", "source", "world", "making",
        "first", "term", "side", "tier", "stack", "house", "friendly", "aware", "free", "ready", "critical", "intensive",
        "specific", "focused", "related", "edge", "quality", "wide", "like", "commerce", "learning", "year", "month",
        "week", "day", "hoc", "depth", "date", "person", "party", "team", "functional", "disciplinary", "platform",
        "cloud", "service", "user", "data", "performance", "speed", "profile", "risk", "cost", "value", "grade", "class",
        "page", "line", "site", "shelf", "hand", "known", "led", "owned", "made", "built", "hosted", "managed", "run",
        "up", "down", "in", "out", "on", "off", "over", "back", "through", "to", "of", "the", "and", "or", "by", "level",
        "go", "winning", "solving", "facing", "taking", "learning", "loved", "centric", "first", "specific", "ups",
    };

    [GeneratedRegex(@"[\p{L}]+(?:-[\p{L}]+)*")]
    private static partial Regex WordRegex();

    private readonly HashSet<string> words = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> compounds = new(StringComparer.OrdinalIgnoreCase);

    public DocumentDictionary(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            foreach (Match m in WordRegex().Matches(line))
            {
                if (m.Value.Contains('-', StringComparison.Ordinal))
                {
                    // A hyphen at the very end of the line is the ambiguous one; inside a line it is a compound.
                    if (m.Index + m.Length < line.Length)
                    {
                        compounds.Add(m.Value);
                    }
                }
                else
                {
                    words.Add(m.Value);
                }
            }
        }
    }

    public bool KeepHyphen(string head, string tail)
    {
        if (head.Length == 0 || tail.Length == 0)
        {
            return true;
        }

        if (compounds.Contains(head + "-" + tail))
        {
            return true;
        }

        if (words.Contains(head + tail))
        {
            return false;
        }

        return CompoundParts.Contains(tail) || (CompoundParts.Contains(head) && tail.Length >= 4 && words.Contains(tail) && words.Contains(head));
    }
}
