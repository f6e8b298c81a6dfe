using System.Text;
using System.Text.Json.Nodes;
using ResumeRefiner.Core.Export;
using ResumeRefiner.Core.Import;
using ResumeRefiner.Core.Import.JsonResume;
using ResumeRefiner.Core.Model;
using ResumeRefiner.Core.Parsing;

namespace ResumeRefiner.Core.Tests.Import;

public class JsonResumeImportTests
{
    // An invented person, with fields JSON Resume tools add that the model does not name.
    private const string Valid = """
        {
          "$schema": "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
          "basics": {
            "name": "Mirela Ostrowska",
            "label": "Hydrologist",
            "email": "mirela@example.org",
            "url": "https://mirela.example",
            "x-pronouns": "she/her",
            "location": { "city": "Gdańsk", "countryCode": "PL" },
            "profiles": [{ "network": "GitHub", "username": "mostrowska", "url": "https://github.com/mostrowska" }]
          },
          "work": [{
            "name": "Baltic Water Institute",
            "position": "Senior Hydrologist",
            "startDate": "2019-04",
            "highlights": ["Modelled the Vistula delta's flood plain", "Led 6 field surveys"],
            "x-team-size": 7
          }],
          "education": [{ "institution": "Gdańsk University of Technology", "studyType": "MSc", "area": "Environmental Engineering", "endDate": "2015" }],
          "skills": [{ "name": "Modelling", "keywords": ["HEC-RAS", "Python"] }],
          "meta": { "theme": "elegant", "version": "v1.0.0" }
        }
        """;

    [Fact]
    public void A_valid_JSON_Resume_is_kept_as_it_came_unknown_fields_included()
    {
        var parsed = Import(Valid);

        Assert.Equal("Mirela Ostrowska", parsed.Resume.Basics.Name);
        Assert.Equal("Senior Hydrologist", parsed.Resume.Work[0].Position);
        // Sections the file leaves out come back as empty lists; everything the file holds comes back as it was.
        var stored = WithoutEmptyLists(JsonNode.Parse(ResumeJson.Serialize(parsed.Resume))!);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Valid), stored), stored.ToJsonString());
    }

    [Fact]
    public void The_products_own_JSON_export_uploaded_back_round_trips_exactly()
    {
        var original = ParsedFromText();
        var export = ResumeExporter.Instance.Export(original, ExportFormat.Json, new ExportOptions()).Content;

        using var content = new MemoryStream(export);
        var sniffed = DocumentSniffer.Sniff(content, "resume.json");
        var imported = ResumeParser.Instance.Parse(content, sniffed.Kind!.Value);

        Assert.Equal(DocumentKind.JsonResume, sniffed.Kind);
        Assert.Equal(Encoding.UTF8.GetString(export), ResumeJson.Serialize(imported.Resume));
    }

    [Fact]
    public void An_invalid_file_is_refused_with_the_schema_problems_by_path()
    {
        var json = """{ "basics": { "name": "Mirela", "email": "not-an-email" }, "work": [{ "name": "Baltic", "startDate": "April 2019", "highlights": "one" }] }""";

        var refused = Assert.Throws<ImportRefusedException>(() => Import(json));

        Assert.Contains(refused.Problems, p => p.Path == "/basics/email");
        Assert.Contains(refused.Problems, p => p.Path == "/work/0/startDate");
        Assert.Contains(refused.Problems, p => p.Path == "/work/0/highlights");
        Assert.DoesNotContain(refused.Problems, p => p.Message.Contains("Mirela", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_are_capped()
    {
        var work = string.Join(",", Enumerable.Range(0, 60).Select(_ => """{ "startDate": "someday" }"""));

        var refused = Assert.Throws<ImportRefusedException>(() => Import($$"""{ "work": [{{work}}] }"""));

        Assert.Equal(JsonResumeSchema.MaxProblems, refused.Problems.Count);
    }

    [Theory]
    [InlineData("{ \"basics\": { \"name\": \"Mirela\" ")]
    [InlineData("{ \"basics\": { \"name\": \"Mirela\", } }")]
    public void Broken_JSON_is_refused_with_where_it_broke(string json)
    {
        var refused = Assert.Throws<ImportRefusedException>(() => Import(json));

        Assert.Contains("not valid JSON", refused.Message, StringComparison.Ordinal);
        Assert.Single(refused.Problems);
    }

    [Fact]
    public void A_file_larger_than_the_cap_is_refused_before_it_is_parsed()
    {
        var json = "{ \"basics\": { \"summary\": \"" + new string('a', JsonResumeImporter.MaxBytes) + "\" } }";

        var refused = Assert.Throws<ImportRefusedException>(() => Import(json));

        Assert.Contains("at most", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_resume_over_the_resume_limits_is_refused()
    {
        var work = string.Join(",", Enumerable.Range(0, ResumeLimits.MaxEntries + 1).Select(i => $$"""{ "name": "Org {{i}}" }"""));

        var refused = Assert.Throws<ImportRefusedException>(() => Import($$"""{ "work": [{{work}}] }"""));

        Assert.Contains("/work", refused.Problems.Single().Path, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("resume.json", "{\n  \"anything\": 1\n}", DocumentKind.JsonResume)]
    [InlineData("cv.txt", "  {\"basics\": {\"name\": \"A\"}}", DocumentKind.JsonResume)]
    [InlineData("notes.txt", "{ this is a brace in prose }", DocumentKind.Text)]
    [InlineData("cv.md", "# Mirela\n{\"basics\": 1}", DocumentKind.Markdown)]
    public void The_sniffer_tells_a_JSON_Resume_from_text_by_content(string name, string text, DocumentKind kind)
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(text));

        Assert.Equal(kind, DocumentSniffer.Sniff(content, name).Kind);
    }

    private static JsonNode WithoutEmptyLists(JsonNode node)
    {
        if (node is JsonObject o)
        {
            foreach (var (key, value) in o.ToList())
            {
                if (value is JsonArray { Count: 0 })
                {
                    o.Remove(key);
                }
                else if (value is not null)
                {
                    WithoutEmptyLists(value);
                }
            }
        }
        else if (node is JsonArray a)
        {
            foreach (var item in a)
            {
                WithoutEmptyLists(item!);
            }
        }

        return node;
    }

    private static ParsedResume Import(string json)
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return ResumeParser.Instance.Parse(content, DocumentKind.JsonResume);
    }

    private static Resume ParsedFromText()
    {
        const string text = """
            Mirela Ostrowska
            mirela@example.org | mirela.example | +48 555 010 203

            Experience
            Senior Hydrologist, Baltic Water Institute, Gdańsk    Apr 2019 – Present
            • Modelled the Vistula delta's flood plain for the regional authority
            • Led six field surveys

            Education
            MSc Environmental Engineering, Gdańsk University of Technology, 2015

            Skills
            HEC-RAS, Python, GIS
            """;
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return ResumeParser.Instance.Parse(content, DocumentKind.Text).Resume;
    }
}
