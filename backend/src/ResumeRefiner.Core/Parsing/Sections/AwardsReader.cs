using ResumeRefiner.Core.Model;

namespace ResumeRefiner.Core.Parsing.Sections;

/// <summary>An awards section: each award with its awarder and date when printed.</summary>
internal static class AwardsReader
{
    public static List<Award> Read(List<Item> items, ConfidenceLog log, int offset)
    {
        var result = new List<Award>();
        foreach (var (text, date) in DatedListItems.Read(DatedListItems.MergeEntries(items)))
        {
            var parts = text.Split(" | ");
            result.Add(new Award { Title = parts[0].Trim(), Awarder = parts.Length > 1 ? parts[1].Trim() : null, Date = date });
            log.Add($"awards[{offset + result.Count - 1}].title", 0.7, "item of the awards list");
        }

        return result;
    }
}
