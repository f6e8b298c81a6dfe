using ResumeRefiner.Core.Analysis;
using ResumeRefiner.Core.Analysis.Ats;
using ResumeRefiner.Core.Analysis.Report;
using ResumeRefiner.Core.Model;
using ResumeRefiner.Core.Proofreading;

namespace ResumeRefiner.Core.Tests.Analysis;

/// <summary>Findings a person wants to read: repeated findings as one card, each cliché once, each kind explained.</summary>
public class FindingCardsTests
{
    private static readonly ResumeAnalyzer Analyzer = new(new ProofreaderLanguageChecker(new Proofreader()));

    private static AnalysisReport Analyze(params string[] highlights) =>
        Analyzer.Analyze(new ResumeDocument(
            new Resume { Work = [new Work { Name = "Initech", Position = "Engineer", StartDate = "2019-01", EndDate = "2023-01", Highlights = highlights }] },
            null, DocumentFacts.Unknown));

    [Fact]
    public void Bullets_without_an_action_verb_are_one_card_that_lists_the_places_and_quotes_the_words_as_written()
    {
        var report = Analyze("TensorFlow models for ranking customers.", "Team of five engineers across two sites.", "Kubernetes clusters for the payments team.");
        var card = Assert.Single(report.Findings, f => f.Rule == "action-verb");
        Assert.Equal(["work[0].highlights[0]", "work[0].highlights[1]", "work[0].highlights[2]"], card.Places);
        Assert.Contains("\"TensorFlow\"", card.Message, StringComparison.Ordinal);
        Assert.Contains("3 places", card.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cliche_is_reported_once_however_often_and_by_whichever_check()
    {
        var report = Analyze("Results-oriented engineer who shipped the billing API.", "Shipped the results-oriented roadmap on time.");
        var cliches = report.Findings.Where(f => f.Message.Contains("results-oriented", StringComparison.OrdinalIgnoreCase)).ToList();
        var card = Assert.Single(cliches);
        Assert.Equal(2, card.Places.Count);
    }

    [Fact]
    public void Each_kind_of_language_finding_explains_itself()
    {
        var report = Analyze("The report was written by the team and recieved praise.", "Worked on very large datasets.");
        var language = report.Findings.Where(f => f.Category == FindingCategory.Language).ToList();
        Assert.True(language.Count >= 3, string.Join("; ", language.Select(f => f.Rule)));
        Assert.Equal(language.Count, language.Select(f => f.WhyItMatters).Distinct().Count());
        Assert.Single(language, f => f.WhyItMatters.StartsWith("Spelling", StringComparison.Ordinal));
    }

    [Fact]
    public void A_finding_with_a_one_click_fix_keeps_its_own_card()
    {
        var report = Analyze("Won and recieved the award.", "Won and recieved a bonus.");
        var fixes = report.Findings.Where(f => f.Rule == "language-spelling").ToList();
        Assert.Equal(2, fixes.Count);
    }
}
