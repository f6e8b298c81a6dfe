using ResumeRefiner.Core.Model;

namespace ResumeRefiner.Core.Parsing.Sections;

/// <summary>An interests section: each interest, or a labelled group of them.</summary>
internal static class InterestsReader
{
    public static List<Interest> Read(List<Item> items, ConfidenceLog log, int offset)
    {
        var result = new List<Interest>();
        foreach (var item in items)
        {
            var text = string.Join(", ", item.Segments);
            var m = ListText.LabelRegex().Match(text);
            if (m.Success)
            {
                result.Add(new Interest { Name = m.Groups["label"].Value.Trim(), Keywords = ListText.Split(m.Groups["rest"].Value) });
            }
            else
            {
                result.AddRange(ListText.Split(text).Select(n => new Interest { Name = n }));
            }
        }

        for (var i = 0; i < result.Count; i++)
        {
            log.Add($"interests[{offset + i}].name", 0.8, "item of the interests list");
        }

        return result;
    }
}
