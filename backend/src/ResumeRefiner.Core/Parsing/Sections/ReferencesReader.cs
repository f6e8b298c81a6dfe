using ResumeRefiner.Core.Model;

namespace ResumeRefiner.Core.Parsing.Sections;

/// <summary>A references section: each referee's name with the lines under it.</summary>
internal static class ReferencesReader
{
    public static List<Referee> Read(List<Item> items, ConfidenceLog log, int offset)
    {
        var result = new List<Referee>();
        foreach (var item in items)
        {
            var text = string.Join(", ", item.Segments);
            if (text.Contains("available", StringComparison.OrdinalIgnoreCase) && text.Contains("request", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!item.Bullet && text.Split(' ').Length <= 5 && !text.Any(char.IsDigit) && !text.Contains('@', StringComparison.Ordinal))
            {
                result.Add(new Referee { Name = text });
                log.Add($"references[{offset + result.Count - 1}].name", 0.5, "short line in the references section");
            }
            else if (result.Count > 0)
            {
                var last = result[^1];
                result[^1] = last with { Reference = string.IsNullOrEmpty(last.Reference) ? text : last.Reference + " " + text };
            }
        }

        return result;
    }
}
