using System.Text.Json.Serialization;

namespace ResumeRefiner.Core.Analysis.Jobs;

/// <summary>What a job posting asks for, as the <c>keywords</c> verb reports it.</summary>
public sealed record JobProfile(
    string? JobTitle,
    IReadOnlyList<JobSkill> HardSkills,
    IReadOnlyList<string> SoftSkills,
    int? YearsExperience,
    string? Education)
{
    [JsonIgnore]
    public IEnumerable<JobSkill> RequiredSkills => HardSkills.Where(s => s.Required);

    [JsonIgnore]
    public IEnumerable<JobSkill> PreferredSkills => HardSkills.Where(s => !s.Required);
}

/// <summary>One hard skill of a posting, by its canonical name.</summary>
/// <param name="Required">False when the posting files it under "Nice to have", "Preferred", "Bonus" or "a plus".</param>
/// <param name="Category">The taxonomy field (software, healthcare, ...), or "discovered" for a name found by phrase rules.</param>
public sealed record JobSkill(string Name, bool Required, string Category)
{
    /// <summary>The words the posting used when they differ from the canonical name ("k8s", "administer medications").</summary>
    public string? AsWritten { get; init; }

    /// <summary>The canonical name with the posting's own wording, so a reader sees why it was picked: "Kubernetes (k8s)".</summary>
    public string Label => AsWritten is null || Name.Contains('(', StringComparison.Ordinal) || AsWritten.Contains('(', StringComparison.Ordinal)
        ? Name
        : $"{Name} ({AsWritten})";

    /// <summary>The taxonomy entry, when the skill is one the product knows; null for a discovered phrase.</summary>
    [JsonIgnore]
    internal int? TaxonomyId { get; init; }
}

/// <summary>Understands a job posting: title, hard and soft skills, years of experience and education.</summary>
public interface IJobAnalyzer
{
    JobProfile Analyze(string jobDescription);
}

/// <summary>Education levels in increasing order, with the names reports use.</summary>
public static class EducationLevels
{
    public static readonly IReadOnlyList<string> Names = ["High School", "Associate", "Bachelor's", "Master's", "Doctorate"];

    public static int Rank(string? level) => level is null ? -1 : Names.ToList().IndexOf(level);
}
