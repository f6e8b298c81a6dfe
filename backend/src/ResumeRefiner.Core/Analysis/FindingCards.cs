using ResumeRefiner.Core.Analysis.Report;

namespace ResumeRefiner.Core.Analysis;

/// <summary>
/// Repeated findings of one kind ("does not open with an action verb" in twelve bullets, one cliché
/// in three places) as one card that lists the places, so the list reads as things to do rather
/// than as noise. A finding with a one-click fix stays on its own: each fix applies to its own text.
/// </summary>
internal static class FindingCards
{
    public static List<Finding> Group(IEnumerable<Finding> findings)
    {
        var cards = new List<Finding>();
        var groups = new Dictionary<(string, FindingCategory, Severity, string), List<Finding>>();
        var order = new List<List<Finding>>();
        foreach (var finding in findings)
        {
            if (finding.Fix is not null || finding.Location == "document")
            {
                order.Add([finding]);
                continue;
            }

            var key = (finding.Rule, finding.Category, finding.Severity, finding.Message.ToLowerInvariant());
            if (!groups.TryGetValue(key, out var group))
            {
                group = [];
                groups[key] = group;
                order.Add(group);
            }

            group.Add(finding);
        }

        foreach (var group in order)
        {
            cards.Add(group.Count == 1 ? group[0] with { Places = [group[0].Location] } : Merge(group));
        }

        return cards;
    }

    private static Finding Merge(List<Finding> group)
    {
        var first = group[0];
        var places = group.Select(f => f.Location).Distinct(StringComparer.Ordinal).ToList();
        var words = group.Select(f => f.Word).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var quoted = words.Count > 0 ? ": " + string.Join(", ", words.Take(8).Select(w => $"\"{w}\"")) + (words.Count > 8 ? ", …" : "") : "";
        return first with
        {
            Message = $"{first.Message.TrimEnd('.')} ({places.Count} places{quoted}).",
            Places = places,
            Word = words.Count == 1 ? words[0] : null,
        };
    }
}
