using ResumeRefiner.Core.Analysis.Jobs;

namespace ResumeRefiner.Core.Analysis.Matching;

/// <summary>
/// How well a resume answers a job posting: which of the job's hard skills it shows and which it
/// lacks, and a 0-100 score whose parts are each shown so the user sees where points were lost.
/// </summary>
public sealed record MatchReport(
    int Score,
    IReadOnlyList<JobSkill> Matched,
    IReadOnlyList<JobSkill> Missing,
    IReadOnlyList<MatchPart> Parts,
    IReadOnlyList<string> SoftSkillsMatched,
    IReadOnlyList<string> SoftSkillsMissing);

/// <summary>One part of the match score: what it measures, the points earned out of the points possible, and why.</summary>
public sealed record MatchPart(string Name, double Points, double MaxPoints, string Detail);

/// <summary>Compares a resume with a job posting.</summary>
public interface IResumeMatcher
{
    MatchReport Match(ResumeText resume, JobProfile job);
}
