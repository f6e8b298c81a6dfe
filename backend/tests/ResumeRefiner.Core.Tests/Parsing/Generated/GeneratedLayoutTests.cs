using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ResumeRefiner.Core.Model;
using ResumeRefiner.Core.Parsing;

namespace ResumeRefiner.Core.Tests.Parsing.Generated;

/// <summary>
/// One document per layout pattern the parser once misread, rendered by the generated corpus (tools/corpus, copied here
/// by <c>node sample.mjs</c>) with its truth: the invented person reduced to what the document shows. Each case names
/// the fields its pattern used to lose, and they must come out exactly as the truth has them.
/// </summary>
public partial class GeneratedLayoutTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Parsing", "Generated", "Documents");

    [Theory]
    // Section titles in a left column, on the line of their content's first line.
    [InlineData("html-left-titles", "work.position work.name work.startDate education.institution skills.name")]
    [InlineData("theme-paper", "work.position work.name work.startDate work.endDate education.institution")]
    [InlineData("theme-onepage", "work.position work.name work.startDate work.highlights education.institution")]
    // Dates in a column beside their entry, or two-column entry tables.
    [InlineData("html-date-column", "work.position work.startDate work.endDate work.highlights education.studyType")]
    [InlineData("html-entry-table", "work.position work.name work.startDate work.endDate work.location")]
    [InlineData("docx-classic-tabs", "work.position work.startDate work.endDate work.highlights")]
    [InlineData("docx-layout-table", "basics.email basics.phone work.position work.startDate skills.keywords")]
    // Contacts in a page footer, beside a vertical rule, or in the page header part.
    [InlineData("html-footer-contacts", "basics.name basics.email work.position work.name work.startDate")]
    [InlineData("html-sidebar-rule", "basics.name basics.email basics.phone work.position work.name")]
    [InlineData("docx-header-block", "basics.name basics.email basics.phone work.position work.highlights")]
    // Europass: labels and dates in a left column, the CEFR grid, "Mother tongue(s)".
    [InlineData("html-europass", "basics.name work.position work.startDate education.institution")]
    [InlineData("docx-europass-table", "basics.email work.position work.startDate languages.language")]
    // A web page as a DOCX: heading styles for everything, a navigation menu, "Email" on its own line, a paragraph per skill.
    [InlineData("lo-html-web-page", "basics.name basics.email basics.phone work.position work.name education.institution")]
    [InlineData("html-web-page", "basics.email work.position work.name work.highlights")]
    // A sidebar in a text box whose text the file holds twice; plain text with underlined headings.
    [InlineData("docx-text-box-sidebar", "basics.email work.position work.name work.highlights")]
    [InlineData("text-plain", "basics.name basics.email work.position work.startDate education.institution")]
    // LinkedIn's "Save to PDF" profile (issue 23): a grey sidebar beside company / title / "Month YYYY - Present (n years)"
    // lines; its sidebar titles "Top Skills" and "Languages" in a type of its own, a language's level in brackets.
    [InlineData("html-d-linkedin-profile", "basics.name basics.email basics.label work.position work.name work.startDate education.institution skills.keywords languages.language")]
    public void Reads_the_fields_its_layout_used_to_lose(string layout, string fields)
    {
        var (truth, parsed) = Load(layout);

        foreach (var field in fields.Split(' '))
        {
            var expected = Values(truth, field);
            var actual = Values(parsed, field);
            Assert.True(expected.Count > 0, $"{layout}: the truth has no {field}, so the case tests nothing");
            Assert.True(expected.SequenceEqual(actual),
                $"{layout} {field}\n expected: {string.Join(" | ", expected)}\n   parsed: {string.Join(" | ", actual)}");
        }
    }

    private static (JsonNode Truth, JsonNode Parsed) Load(string layout)
    {
        var document = Directory.GetFiles(Folder, layout + "--*").Single(f => !f.EndsWith(".json", StringComparison.Ordinal));
        var truth = JsonNode.Parse(File.ReadAllText(Path.ChangeExtension(document, ".json")))!;
        var kind = Path.GetExtension(document) switch
        {
            ".pdf" => DocumentKind.Pdf,
            ".docx" => DocumentKind.Docx,
            _ => DocumentKind.Text,
        };
        var parsed = ParseHelpers.Parse(File.ReadAllBytes(document), kind).Resume;
        return (truth, JsonNode.Parse(ResumeJson.Serialize(parsed))!);
    }

    /// <summary>A field's values across a section's entries, in order, compared as the corpus scorer compares them.</summary>
    private static List<string> Values(JsonNode resume, string field)
    {
        var (section, name) = (field.Split('.')[0], field.Split('.')[1]);
        var owners = resume[section] switch
        {
            JsonArray entries => entries.Select(e => e!),
            { } single => [single],
            null => [],
        };
        var values = owners
            .Select(o => o[name])
            .SelectMany(v => v is JsonArray list ? list.Select(i => i!.GetValue<string>()) : v is null ? [] : [v.GetValue<string>()])
            .Select(v => Normalise(v, isDate: name.EndsWith("Date", StringComparison.OrdinalIgnoreCase)));
        return [.. values.Where(v => v.Length > 0)];
    }

    private static string Normalise(string value, bool isDate)
    {
        var text = Spaces().Replace(value, " ").Trim().Trim('.', ',', ';', ':').ToLowerInvariant();
        return isDate && text.Length > 7 ? text[..7] : text;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
