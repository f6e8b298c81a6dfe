using System.Text.Json;
using System.Text.Json.Serialization;
using ResumeRefiner.Api.Persistence;
using ResumeRefiner.Core.Ai;
using ResumeRefiner.Core.Analysis.Ats;
using ResumeRefiner.Core.Analysis.Report;
using ResumeRefiner.Core.Model;
using ResumeRefiner.Core.Parsing;

namespace ResumeRefiner.Api.Tests.Persistence;

/// <summary>
/// Rows stored before the JSON columns were typed were written with three different settings; the storage settings
/// read each of them back to the same value.
/// </summary>
public sealed class StoredJsonTests
{
    private static readonly JsonSerializerOptions EarlierHttpOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private static readonly JsonSerializerOptions EarlierAiInputOptions = new(JsonSerializerDefaults.Web);

    [Fact]
    public void Layout_facts_written_with_the_resume_settings_read_back_with_their_kind()
    {
        var facts = new DocumentFacts { Kind = DocumentKind.Docx, PageCount = 2, NonStandardBullets = ["➢"] };

        AssertReadsBack(facts, JsonSerializer.Serialize(facts, ResumeJson.Options));
    }

    [Fact]
    public void Resumes_and_confidence_written_with_the_resume_settings_read_back_unchanged()
    {
        var resume = new Resume { Basics = new Basics { Name = "José Müller", Label = "Engineer" } };
        IReadOnlyList<FieldConfidence> confidence = [new("basics.name", 0.92, "first line")];

        AssertReadsBack(resume, ResumeJson.Serialize(resume));
        AssertReadsBack(confidence, JsonSerializer.Serialize(confidence, ResumeJson.Options));
    }

    [Fact]
    public void Reports_written_with_the_http_settings_read_back_with_their_enums()
    {
        var finding = new Finding("passive-voice", FindingCategory.Language, Severity.Minor, "work[0]", "Passive voice", "Why", "What");
        var report = new AnalysisReport(71, [new CategoryScore(FindingCategory.JobMatch, null, "No posting")], [finding], null, new ResumeStats(410, 12, 5, 6.5, 2));
        var stored = JsonSerializer.Serialize(report, EarlierHttpOptions);

        Assert.Contains("\"severity\":\"minor\"", stored, StringComparison.Ordinal);
        AssertReadsBack(report, stored);
    }

    [Fact]
    public void Ai_inputs_written_with_their_own_settings_read_back_unchanged()
    {
        var input = new AiTaskInput(["work[0].highlights[1]"], "Posting", ["Kubernetes"], null);

        AssertReadsBack(input, JsonSerializer.Serialize(input, EarlierAiInputOptions));
    }

    private static void AssertReadsBack<T>(T expected, string storedEarlier)
    {
        var read = JsonSerializer.Deserialize<T>(storedEarlier, StoredJson.Options);

        // Compared as JSON: the records hold lists, which compare by reference.
        Assert.Equal(JsonSerializer.Serialize(expected, StoredJson.Options), JsonSerializer.Serialize(read, StoredJson.Options));
    }
}
