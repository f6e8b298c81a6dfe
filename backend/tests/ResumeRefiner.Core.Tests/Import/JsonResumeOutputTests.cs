using System.Text;
using System.Text.Json.Nodes;
using ResumeRefiner.Core.Export;
using ResumeRefiner.Core.Import.JsonResume;
using ResumeRefiner.Core.Model;
using ResumeRefiner.Core.Parsing;

namespace ResumeRefiner.Core.Tests.Import;

/// <summary>
/// Every JSON Resume the product emits passes the official schema (npm @jsonresume/schema 1.3.1, formats enforced):
/// the parser's output for every generated and public corpus document, and the JSON export.
/// </summary>
public class JsonResumeOutputTests
{
    [Fact]
    public void The_parse_of_every_generated_corpus_document_is_valid_JSON_Resume()
    {
        // The whole generated corpus when it is built here (tools/corpus: node build.mjs, 880 documents); the sample
        // copied into the tests (one document per layout pattern) always.
        var sample = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Parsing", "Generated", "Documents")).Where(f => !f.EndsWith(".json", StringComparison.Ordinal));
        var built = FindUp(Path.Combine("tools", "corpus", "out", "docs")) is { } docs ? Directory.GetFiles(docs) : [];
        var documents = sample.Concat(built).ToList();

        AssertAllValid(documents, minimum: 16);
    }

    [Fact]
    public void The_parse_of_every_public_corpus_document_is_valid_JSON_Resume()
    {
        var folder = FindUp(Path.Combine("shared", "corpus", "public"));
        var documents = folder is null ? [] : Directory.GetFiles(folder).Where(f => f.EndsWith(".pdf", StringComparison.Ordinal) || f.EndsWith(".docx", StringComparison.Ordinal)).ToList();

        // The shared corpus sits beside the project on the machines that run this suite; without it there is nothing to check.
        AssertAllValid(documents, minimum: folder is null ? 0 : 16);
    }

    [Fact]
    public void A_bare_domain_becomes_an_https_url_and_text_that_is_no_url_moves_beside_the_field()
    {
        var resume = new Resume
        {
            Basics = new Basics
            {
                Url = "zoeangstrom.dev",
                Profiles = [new Profile { Network = "GitHub", Url = "github.com/zoe-angstrom" }, new Profile { Network = "Blog", Url = "my blog, see below" }],
            },
            Work = [new Work { Name = "Acme", Url = "https://acme.example/about" }],
            Projects = [new Project { Name = "Ledger", Url = "www.ledger.example:8080/demo?x=1" }],
            Certificates = [new Certificate { Name = "CKA", Url = "//credly.example/badges/1" }],
        };
        Assert.NotEmpty(JsonResumeSchema.Check(resume));

        var conformed = JsonResumeConformance.Conform(resume);

        Assert.Empty(JsonResumeSchema.Check(conformed));
        Assert.Equal("https://zoeangstrom.dev", conformed.Basics.Url);
        Assert.Equal("https://github.com/zoe-angstrom", conformed.Basics.Profiles[0].Url);
        Assert.Null(conformed.Basics.Profiles[1].Url);
        Assert.Equal("my blog, see below", conformed.Basics.Profiles[1].OtherFields![JsonResumeConformance.UrlAsWritten].GetString());
        Assert.Equal("https://acme.example/about", conformed.Work[0].Url);
        Assert.Equal("https://www.ledger.example:8080/demo?x=1", conformed.Projects[0].Url);
        Assert.Equal("https://credly.example/badges/1", conformed.Certificates[0].Url);
    }

    [Fact]
    public void The_JSON_export_is_valid_JSON_Resume_even_for_a_resume_saved_with_a_bare_domain()
    {
        var resume = new Resume { Basics = new Basics { Name = "Zoë Ångström", Url = "zoeangstrom.dev", Email = "zoe@example.com" } };

        var exported = ResumeExporter.Instance.Export(resume, ExportFormat.Json, new ExportOptions());
        var json = JsonNode.Parse(Encoding.UTF8.GetString(exported.Content))!;

        using var document = System.Text.Json.JsonDocument.Parse(exported.Content);
        Assert.Empty(JsonResumeSchema.Check(document.RootElement));
        Assert.Equal("https://zoeangstrom.dev", json["basics"]!["url"]!.GetValue<string>());
        Assert.Equal("Zoë Ångström", json["basics"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public void The_schema_enforces_its_formats()
    {
        Assert.Contains(JsonResumeSchema.Check(new Resume { Basics = new Basics { Email = "not an e-mail" } }), p => p.Path == "/basics/email");
        Assert.Contains(JsonResumeSchema.Check(new Resume { Work = [new Work { StartDate = "Jan 2020" }] }), p => p.Path == "/work/0/startDate");
        Assert.Empty(JsonResumeSchema.Check(new Resume { Basics = new Basics { Email = "a@example.com", Url = "https://a.example" }, Work = [new Work { StartDate = "2020-01" }] }));
    }

    private static void AssertAllValid(List<string> documents, int minimum)
    {
        Assert.True(documents.Count >= minimum, $"only {documents.Count} documents were found");
        var failures = new List<string>();
        foreach (var file in documents)
        {
            using var content = new MemoryStream(File.ReadAllBytes(file));
            var kind = DocumentSniffer.Sniff(content, Path.GetFileName(file)).Kind ?? throw new InvalidOperationException($"{file} is not a document");
            ParsedResume parsed;
            try
            {
                parsed = ResumeParser.Instance.Parse(content, kind);
            }
            catch (UnreadableDocumentException)
            {
                continue;
            }

            var problems = JsonResumeSchema.Check(parsed.Resume);
            if (problems.Count > 0)
            {
                failures.Add($"{Path.GetFileName(file)}: {string.Join("; ", problems.Select(p => $"{p.Path} {p.Message}"))}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {documents.Count} parses are not valid JSON Resume:\n{string.Join("\n", failures)}");
    }

    private static string? FindUp(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
