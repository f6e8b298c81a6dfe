namespace ResumeRefiner.Api.Hosting;

/// <summary>
/// How long one request may spend on the CPU-bound work behind it. A resume at every limit of
/// <see cref="Core.Model.ResumeLimits"/> takes a few seconds at most; past its budget the work stops (503
/// time-budget-exceeded) instead of holding a worker. Proofreading (/check) and parsing uploads keep their own limits.
/// </summary>
/// <param name="Analysis">An analysis of a resume, with or without a job description.</param>
/// <param name="Export">An export to any format.</param>
internal sealed record TimeBudgets(TimeSpan Analysis, TimeSpan Export)
{
    public static TimeBudgets Default { get; } = new(Analysis: TimeSpan.FromSeconds(30), Export: TimeSpan.FromSeconds(30));
}
