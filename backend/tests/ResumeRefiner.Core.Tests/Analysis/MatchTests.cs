using CsCheck;
using ResumeRefiner.Core.Analysis.Jobs;
using ResumeRefiner.Core.Analysis.Matching;
using ResumeRefiner.Core.Model;

namespace ResumeRefiner.Core.Tests.Analysis;

public class MatchTests
{
    private static readonly string[] Required = ["Python", "Django", "PostgreSQL", "Docker", "Kubernetes", "AWS", "Redis", "GraphQL"];

    private static readonly JobProfile Job = JobDescriptionAnalyzer.Instance.Analyze($"""
        Backend Engineer
        Requirements
        {string.Join('\n', Required.Select(s => "- Experience with " + s))}
        - 3+ years of experience
        - Bachelor's degree in Computer Science
        Nice to have
        - Terraform
        """);

    private static readonly DateOnly Today = new(2026, 1, 1);

    private static ResumeText Resume(IEnumerable<string> skills, string position = "Backend Engineer") => ResumeText.From(new Resume
    {
        Work = [new Work { Position = position, StartDate = "2020-01", Highlights = ["Built services using " + string.Join(", ", skills)] }],
        Education = [new Education { StudyType = "Bachelor of Science", Area = "Computer Science" }],
    }, null, Today);

    [Fact]
    public void Reports_matched_and_missing_skills_alias_aware()
    {
        var report = ResumeMatcher.Instance.Match(ResumeText.From(new Resume(), "Python, Postgres and k8s on Amazon Web Services", Today), Job);
        var matched = report.Matched.Select(s => s.Name).ToList();
        Assert.Equal(["Python", "PostgreSQL", "Kubernetes", "AWS"], matched.Where(Required.Contains));
        Assert.Contains(report.Missing, s => s.Name == "Django");
        Assert.Contains(report.Missing, s => s.Name == "Terraform" && !s.Required);
    }

    [Fact]
    public void A_skill_inside_a_bullet_counts()
    {
        var report = ResumeMatcher.Instance.Match(Resume(["Django"]), Job);
        Assert.Contains(report.Matched, s => s.Name == "Django");
    }

    [Fact]
    public void Score_parts_are_shown_and_add_up()
    {
        var report = ResumeMatcher.Instance.Match(Resume(Required), Job);
        Assert.Equal(["Required skills", "Preferred skills", "Job title", "Years of experience", "Education"], report.Parts.Select(p => p.Name));
        Assert.Equal(100, report.Parts.Sum(p => p.MaxPoints));
        Assert.Equal((int)Math.Round(report.Parts.Sum(p => p.Points)), report.Score);
        Assert.InRange(report.Score, 80, 90);
    }

    [Fact]
    public void Covering_more_required_skills_always_scores_higher()
    {
        Gen.Int[0, Required.Length - 1].SelectMany(n => Gen.Shuffle(Required.ToArray()).Select(order => (n, order)))
            .Sample(t =>
            {
                var fewer = ResumeMatcher.Instance.Match(Resume(t.order.Take(t.n)), Job).Score;
                var more = ResumeMatcher.Instance.Match(Resume(t.order.Take(t.n + 1)), Job).Score;
                return more > fewer;
            }, iter: 200);
    }

    [Fact]
    public void Years_come_from_work_dates_with_overlaps_counted_once()
    {
        var resume = ResumeText.From(new Resume
        {
            Work =
            [
                new Work { StartDate = "2020-01", EndDate = "2022-01" },
                new Work { StartDate = "2021-01", EndDate = "2023-01" },
                new Work { StartDate = "2024-01" },
            ],
        }, null, Today);
        Assert.Equal(5.0, ResumeMatcher.ExperienceYears(resume)!.Value, 1);
    }
}
