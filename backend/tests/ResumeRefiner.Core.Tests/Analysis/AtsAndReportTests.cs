using ResumeRefiner.Core.Analysis;
using ResumeRefiner.Core.Analysis.Ats;
using ResumeRefiner.Core.Analysis.Jobs;
using ResumeRefiner.Core.Analysis.Matching;
using ResumeRefiner.Core.Analysis.Report;
using ResumeRefiner.Core.Model;
using ResumeRefiner.Core.Parsing;

namespace ResumeRefiner.Core.Tests.Analysis;

public class AtsAndReportTests
{
    private static readonly DateOnly Today = new(2026, 1, 1);

    private static readonly Resume Good = new()
    {
        Basics = new Basics
        {
            Name = "Ana Ruiz",
            Email = "ana@example.com",
            Phone = "555-0100",
            Summary = "Backend engineer with 6 years building Python services.",
            Location = new Location { City = "Denver", Region = "CO" },
            Profiles = [new Profile { Network = "LinkedIn", Url = "https://linkedin.com/in/ana" }],
        },
        Work =
        [
            new Work
            {
                Position = "Backend Engineer",
                StartDate = "2019-01",
                Highlights = ["Built Django services handling 2M requests a day", "Cut PostgreSQL query time by 40% with new indexes", "Led the move to Docker and Kubernetes on AWS for 12 services"],
            },
        ],
    };

    private static List<string> Rules(DocumentFacts facts, string? text = null) => AtsReadinessCheck.Check(facts, text).Select(f => f.Rule).ToList();

    [Fact]
    public void Unknown_layout_facts_raise_nothing()
    {
        Assert.Empty(Rules(DocumentFacts.Unknown));
    }

    [Fact]
    public void A_clean_single_column_pdf_passes()
    {
        Assert.Empty(Rules(new DocumentFacts { Kind = DocumentKind.Pdf, HasTextLayer = true, Columns = 1, HasTables = false, ImageCount = 0, HeaderFooterText = false, NonStandardBullets = [], UnmappedGlyphs = 0, FileSizeBytes = 80_000, PageCount = 2 }));
    }

    [Fact]
    public void Layout_problems_are_each_reported()
    {
        var rules = Rules(new DocumentFacts { Kind = DocumentKind.Pdf, HasTextLayer = false, Columns = 2, HasTables = true, ImageCount = 1, HeaderFooterText = true, NonStandardBullets = ["➢"], UnmappedGlyphs = 12, FileSizeBytes = 5_000_000, PageCount = 4 });
        Assert.Equal(["text-layer", "glyphs", "columns", "header-footer", "tables", "images", "bullets", "file-size", "page-count"], rules);
    }

    [Fact]
    public void Unusual_bullets_are_found_in_the_text_when_the_parser_does_not_say()
    {
        Assert.Contains("bullets", Rules(DocumentFacts.Unknown, "EXPERIENCE\n➢ Led a team\n✓ Cut costs"));
        Assert.DoesNotContain("bullets", Rules(DocumentFacts.Unknown, "EXPERIENCE\n• Led a team\n- Cut costs"));
    }

    private static ResumeAnalyzer Analyzer(ILanguageChecker? language = null) =>
        new(JobDescriptionAnalyzer.Instance, ResumeMatcher.Instance, language, () => Today);

    [Fact]
    public void Report_has_four_categories_and_scores_a_good_resume_well()
    {
        var report = Analyzer().Analyze(new ResumeDocument(Good, null, DocumentFacts.Unknown));
        Assert.Equal([FindingCategory.AtsReadiness, FindingCategory.Content, FindingCategory.Language, FindingCategory.JobMatch], report.Categories.Select(c => c.Category));
        Assert.Null(report.Categories[3].Score);
        Assert.True(report.OverallScore >= 80, $"score {report.OverallScore}");
        Assert.All(report.Findings, f => Assert.False(string.IsNullOrWhiteSpace(f.WhyItMatters + f.WhatToDo)));
    }

    [Fact]
    public void Findings_are_ordered_by_what_to_fix_first()
    {
        var weak = Good with { Basics = new Basics(), Work = [new Work { StartDate = "2019-01", Highlights = ["Responsible for stuff", "I helped the team"] }] };
        var report = Analyzer().Analyze(new ResumeDocument(weak, null, new DocumentFacts { HasTextLayer = false }), "Backend Engineer\nRequirements\n- Python and Django\n");
        Assert.Equal("text-layer", report.Findings[0].Rule);
        Assert.Equal(report.Findings.OrderBy(f => f.Severity).Select(f => f.Severity), report.Findings.Select(f => f.Severity));
        Assert.Contains(report.Findings, f => f.Rule == "missing-required-skill" && f.Message.Contains("Python", StringComparison.Ordinal));
        Assert.True(report.OverallScore < Analyzer().Analyze(new ResumeDocument(Good, null, DocumentFacts.Unknown)).OverallScore);
    }

    [Fact]
    public void Proofreader_issues_feed_the_language_score()
    {
        var resume = Good with { Work = [.. Good.Work.Select((w, i) => i == 0 ? w with { Highlights = [.. w.Highlights, "Led Managment of 5 services"] } : w)] };
        var bullet = resume.Work[0].Highlights.Count - 1;
        var without = Analyzer().Analyze(new ResumeDocument(resume, null, DocumentFacts.Unknown));
        var with = Analyzer(new FixedChecker()).Analyze(new ResumeDocument(resume, null, DocumentFacts.Unknown));
        var language = with.Categories.Single(c => c.Category == FindingCategory.Language).Score;
        Assert.True(language < without.Categories.Single(c => c.Category == FindingCategory.Language).Score);
        var finding = Assert.Single(with.Findings, f => f.Rule == "language-spelling");
        Assert.Equal($"work[0].highlights[{bullet}]", finding.Location);
        Assert.Equal(new FindingFix($"work[0].highlights[{bullet}]", 4, 9, "Management"), finding.Fix);
    }

    [Fact]
    public void A_job_adds_the_match_to_the_report()
    {
        var report = Analyzer().Analyze(new ResumeDocument(Good, null, DocumentFacts.Unknown), "Backend Engineer\nRequirements\n- Python, Django and Terraform\n");
        Assert.NotNull(report.Match);
        Assert.Equal(report.Match.Score, report.Categories.Single(c => c.Category == FindingCategory.JobMatch).Score);
        Assert.Contains(report.Match.Missing, s => s.Name == "Terraform");
    }

    [Fact]
    public void Tense_findings_point_at_the_bullet_with_a_fix_when_the_proofreader_knows_the_role()
    {
        var ended = new Work
        {
            Position = "Engineer",
            StartDate = "2015-01",
            EndDate = "2018-12",
            Highlights = ["Built the billing service in Go", "Manage the on-call rotation for 3 services"],
        };
        var resume = Good with { Work = [.. Good.Work, ended] };
        var report = Analyzer(new ProofreaderLanguageChecker(new ResumeRefiner.Core.Proofreading.Proofreader())).Analyze(new ResumeDocument(resume, null, DocumentFacts.Unknown));
        var finding = Assert.Single(report.Findings, f => f.Rule == "tense");
        Assert.Equal("work[1].highlights[1]", finding.Location);
        Assert.Equal(new FindingFix("work[1].highlights[1]", 0, 6, "Managed"), finding.Fix);

        // The current role (no end date) mixes nothing: "Built", "Cut" and "Led" are all past.
        Assert.DoesNotContain(report.Findings, f => f.Location.StartsWith("work[0]", StringComparison.Ordinal) && f.Rule == "tense");
    }

    private sealed class FixedChecker : ILanguageChecker
    {
        public IReadOnlyList<LanguageIssue> Check(string text, IReadOnlyCollection<string> acceptedWords) => text.IndexOf("Managment", StringComparison.Ordinal) is var at and >= 0
            ? [new LanguageIssue(at, 9, "spelling", "MORFOLOGIK", "Possible spelling mistake.", ["Management"]) { OneClick = true }]
            : [];
    }
}
