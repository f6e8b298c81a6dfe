using System.IO.Compression;
using System.Reflection;
using LanguageResources = ResumeRefiner.Core.Proofreading.Spelling.LanguageResources;

namespace ResumeRefiner.Core.Analysis.Skills;

/// <summary>One skill the product knows: its canonical name, its field and whether it is a soft skill.</summary>
internal sealed record SkillDefinition(int Id, string Name, string Category, IReadOnlyList<string> Aliases)
{
    public bool IsSoft => Category == SkillTaxonomy.SoftCategory;

    /// <summary>Fields of knowledge ("Healthcare", "Logistics") that only count where a posting asks for them.</summary>
    public bool IsDomain => Category == "domain";

    /// <summary>Degrees, licences and certifications: the only skills an education sentence yields.</summary>
    public bool IsCredential => Category is "credential" or "license" or "certification";
}

/// <summary>
/// The skills taxonomy, read from data files the project owns (Taxonomy/*.txt, embedded), so it grows
/// by editing data rather than code. One line per skill: <c>Canonical Name|category|alias;alias</c>;
/// <c>@category</c> sets the category for the lines below it, so a line may be just <c>Name||aliases</c>.
/// An alias (or name) starting with <c>=</c> matches only in that exact casing: "R", "Go", "AP", "Epic".
/// Below the curated files sit product names imported from O*NET (Skills/Data, built by tools/taxonomy/skills.mjs);
/// the curated data stays on top, so an imported line whose name or alias the curated files already use is skipped.
/// </summary>
internal sealed class SkillTaxonomy
{
    public const string SoftCategory = "soft";

    private static readonly Lazy<SkillTaxonomy> Shared = new(LoadEmbedded);

    private SkillTaxonomy(List<SkillDefinition> skills, SkillMatcher matcher)
    {
        Skills = skills;
        Matcher = matcher;
    }

    public static SkillTaxonomy Default => Shared.Value;

    public IReadOnlyList<SkillDefinition> Skills { get; }

    public SkillMatcher Matcher { get; }

    /// <summary>Phrases that appear under two different skills; kept so a test can hold the data clean.</summary>
    public IReadOnlyList<string> Collisions => Matcher.Collisions;

    public static SkillTaxonomy Parse(IEnumerable<(string Source, string Text)> curated, IEnumerable<(string Source, string Text)>? imported = null)
    {
        var skills = new List<SkillDefinition>();
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        var matcher = new SkillMatcher();
        var files = curated.Select(f => (f.Source, f.Text, Imported: false))
            .Concat((imported ?? []).Select(f => (f.Source, f.Text, Imported: true)));
        foreach (var (source, text, isImported) in files)
        {
            var category = "";
            foreach (var raw in text.Split('\n'))
            {
                var line = raw.Trim();
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                if (line[0] == '@')
                {
                    category = line[1..].Trim();
                    continue;
                }

                var parts = line.Split('|');
                var name = parts[0].Trim();
                var exactName = name.StartsWith('=');
                name = name.TrimStart('=');
                var lineCategory = parts.Length > 1 && parts[1].Trim().Length > 0 ? parts[1].Trim() : category;
                if (lineCategory.Length == 0)
                {
                    throw new FormatException($"{source}: '{name}' has no category.");
                }

                var aliases = parts.Length > 2
                    ? parts[2].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    : [];
                if (isImported && aliases.Prepend(name).Any(p => matcher.Knows(p.TrimStart('='))))
                {
                    continue;
                }

                var key = SkillText.Key(name) + (lineCategory == SoftCategory ? "#soft" : "");
                if (!byName.TryGetValue(key, out var id))
                {
                    id = skills.Count;
                    byName[key] = id;
                    skills.Add(new SkillDefinition(id, name, lineCategory, aliases.Select(a => a.TrimStart('=')).ToArray()));
                }

                var soft = lineCategory == SoftCategory;
                matcher.Add(name, id, exactName || isImported && IsCapitalisedWord(name), soft);
                foreach (var alias in aliases)
                {
                    matcher.Add(alias.TrimStart('='), id, alias.StartsWith('=') || isImported && IsCapitalisedWord(alias), soft);
                }
            }
        }

        return new SkillTaxonomy(skills, matcher);
    }

    /// <summary>
    /// An imported product written in capitals that is also an everyday word ("JET", "ITEM") is that product only in
    /// capitals: "our regional jet fleet" and "self-care items" do not name it.
    /// </summary>
    private static bool IsCapitalisedWord(string name) =>
        name.Length > 1 && name.All(char.IsAsciiLetterUpper) && LanguageResources.WordFrequency.Count(name) >= 100;

    internal static SkillTaxonomy LoadEmbedded()
    {
        var assembly = typeof(SkillTaxonomy).Assembly;
        var names = assembly.GetManifestResourceNames().Order(StringComparer.Ordinal).ToList();
        var curated = names.Where(n => n.Contains(".Taxonomy.", StringComparison.Ordinal) && n.EndsWith(".txt", StringComparison.Ordinal))
            .Select(n => (n, Read(assembly, n)))
            .ToList();
        var imported = names.Where(n => n.StartsWith(ImportedPrefix, StringComparison.Ordinal))
            .Select(n => (n, Read(assembly, n)))
            .ToList();
        return Parse(curated, imported);
    }

    private const string ImportedPrefix = "ResumeRefiner.Core.Analysis.Skills.Data.";

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded taxonomy '{name}' is missing.");
        using var text = name.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
        using var reader = new StreamReader(text);
        return reader.ReadToEnd();
    }
}
