using System.Text.RegularExpressions;
using ResumeRefiner.Core.Model;

namespace ResumeRefiner.Core.Parsing.Sections;

/// <summary>A publications section: each reference, named by its quoted title when it has one.</summary>
internal static class PublicationsReader
{
    public static List<Publication> Read(List<Item> items, ConfidenceLog log, int offset)
    {
        var result = new List<Publication>();
        foreach (var (text, date) in DatedListItems.Read(items, keepDate: true))
        {
            // A quoted title is the publication's name; otherwise the whole reference is.
            var quoted = Regex.Match(text, "[\"“](?<t>[^\"”]{5,})[\"”]");
            var name = quoted.Success ? quoted.Groups["t"].Value.Trim().TrimEnd(',', '.') : text;
            result.Add(new Publication { Name = name, ReleaseDate = date });
            log.Add($"publications[{offset + result.Count - 1}].name", quoted.Success ? 0.8 : 0.5,
                quoted.Success ? "quoted title" : "whole reference line");
        }

        return result;
    }
}
