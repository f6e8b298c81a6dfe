using ResumeRefiner.Core.Analysis.Report;

namespace ResumeRefiner.Api.Analyses;

/// <summary>A stored analysis of one version of a resume, optionally against a job description.</summary>
public sealed class StoredAnalysis
{
    public Guid Id { get; set; }

    public Guid ResumeId { get; set; }

    /// <summary>The resume version that was analysed.</summary>
    public int ResumeVersion { get; set; }

    public string? JobDescription { get; set; }

    public int OverallScore { get; set; }

    /// <summary>The full report (a JSON column).</summary>
    public required AnalysisReport Report { get; set; }

    public DateTime CreatedAt { get; set; }
}
