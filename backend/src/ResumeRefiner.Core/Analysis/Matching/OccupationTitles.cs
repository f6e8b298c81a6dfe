using System.IO.Compression;
using ResumeRefiner.Core.Analysis.Skills;

namespace ResumeRefiner.Core.Analysis.Matching;

/// <summary>How close two job titles are as occupations, not as words.</summary>
internal enum TitleKinship
{
    /// <summary>One of the titles is not a known occupation title.</summary>
    Unknown,

    /// <summary>Both are known and name different kinds of work.</summary>
    Unrelated,

    /// <summary>Neighbouring occupations: the same ISCO-08 minor group or SOC broad occupation.</summary>
    Neighbouring,

    /// <summary>The same occupation under another name: "Leasing Consultant" and "Real Estate Agent".</summary>
    Same,
}

/// <summary>
/// Job titles normalised against ESCO occupations (preferred and alternative labels, by ISCO-08 unit group) and O*NET
/// occupation titles (by SOC code), from Data/occupation-titles.tsv.gz built by tools/taxonomy/build.mjs. A title is
/// read without seniority and qualifiers ("Senior Staff Pharmacist - Nights" is "pharmacist"), and a title the data
/// lacks is looked up by its last words ("Registered Dental Hygienist" by "dental hygienist"). Loaded once, lazily.
/// </summary>
internal sealed class OccupationTitles
{
    private const string ResourceName = "ResumeRefiner.Core.Analysis.Matching.Data.occupation-titles.tsv.gz";

    private static readonly Lazy<OccupationTitles> Shared = new(Load);

    /// <summary>Words that rank a title rather than name the work.</summary>
    private static readonly HashSet<string> Rank = new(StringComparer.Ordinal)
    {
        "senior", "sr", "junior", "jr", "lead", "principal", "staff", "i", "ii", "iii", "iv", "associate", "entry", "level", "head", "chief",
        "trainee", "intern", "apprentice", "assistant", "deputy", "acting", "interim", "the", "of", "a", "an",
    };

    private readonly Dictionary<string, string[]> _groups;

    private OccupationTitles(Dictionary<string, string[]> groups) => _groups = groups;

    public static OccupationTitles Default => Shared.Value;

    public int Count => _groups.Count;

    /// <summary>The occupation groups a title names ("isco:3334", "soc:41-9022"); empty when it is not a known title.</summary>
    public IReadOnlyList<string> Groups(string title)
    {
        var head = title.Split([" - ", " – ", " — ", ",", "(", "|", ":"], StringSplitOptions.None)[0];
        var words = SkillText.Tokenize(head).Select(t => t.Norm).Where(w => w != "/").ToList();
        while (words.Count > 1 && Rank.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        // "Registered Dental Hygienist" is found as "dental hygienist"; one word alone only when it was the whole title.
        for (var skip = 0; skip < words.Count && (skip == 0 || words.Count - skip >= 2); skip++)
        {
            if (_groups.TryGetValue(string.Join(' ', words.Skip(skip)), out var groups))
            {
                return groups;
            }
        }

        return [];
    }

    public TitleKinship Kinship(string a, string b)
    {
        var first = Groups(a);
        var second = Groups(b);
        if (first.Count == 0 || second.Count == 0)
        {
            return TitleKinship.Unknown;
        }

        if (first.Intersect(second, StringComparer.Ordinal).Any())
        {
            return TitleKinship.Same;
        }

        return first.Select(Parent).Intersect(second.Select(Parent), StringComparer.Ordinal).Any() ? TitleKinship.Neighbouring : TitleKinship.Unrelated;
    }

    /// <summary>The group above: ISCO unit 3334 sits in minor group 333, SOC 41-9022 in broad occupation 41-902.</summary>
    private static string Parent(string group) => group[..^1];

    internal static OccupationTitles Parse(TextReader reader)
    {
        var groups = new Dictionary<string, string[]>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (line.StartsWith('#') || tab <= 0)
            {
                continue;
            }

            var key = SkillText.Key(line[..tab]);
            var codes = line[(tab + 1)..].Split(';');
            groups[key] = groups.TryGetValue(key, out var existing) ? existing.Union(codes).ToArray() : codes;
        }

        return new OccupationTitles(groups);
    }

    internal static OccupationTitles Load()
    {
        using var stream = typeof(OccupationTitles).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded occupation titles '{ResourceName}' are missing.");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return Parse(reader);
    }
}
