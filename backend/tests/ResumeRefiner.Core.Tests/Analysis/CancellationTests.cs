using ResumeRefiner.Core.Analysis;
using ResumeRefiner.Core.Analysis.Ats;
using ResumeRefiner.Core.Analysis.Report;
using ResumeRefiner.Core.Export;
using ResumeRefiner.Core.Model;

namespace ResumeRefiner.Core.Tests.Analysis;

/// <summary>Analysis and export observe their token, so a request past its time budget or abandoned stops the work.</summary>
public class CancellationTests
{
    private static readonly Resume Bullets = new()
    {
        Work = [new Work { Position = "Engineer", Highlights = [.. Enumerable.Range(0, 50).Select(i => $"Shipped feature {i} for the payments team")] }],
    };

    [Fact]
    public void An_analysis_cancelled_while_proofreading_stops_at_the_next_field()
    {
        using var stop = new CancellationTokenSource();
        var checker = new CancelsOnFirstCheck(stop);

        Assert.ThrowsAny<OperationCanceledException>(() => new ResumeAnalyzer(checker).Analyze(new ResumeDocument(Bullets, null, DocumentFacts.Unknown), null, stop.Token));
        Assert.Equal(1, checker.Checks);
    }

    [Fact]
    public void An_analysis_with_a_cancelled_token_does_not_start()
    {
        var checker = new CancelsOnFirstCheck(null);

        Assert.ThrowsAny<OperationCanceledException>(() => new ResumeAnalyzer(checker).Analyze(new ResumeDocument(Bullets, null, DocumentFacts.Unknown), null, new CancellationToken(canceled: true)));
        Assert.Equal(0, checker.Checks);
    }

    [Theory]
    [InlineData(ExportFormat.Pdf)]
    [InlineData(ExportFormat.Docx)]
    [InlineData(ExportFormat.Text)]
    public void An_export_with_a_cancelled_token_stops(ExportFormat format)
    {
        Assert.ThrowsAny<OperationCanceledException>(() => ResumeExporter.Instance.Export(Bullets, format, ExportOptions.Default, new CancellationToken(canceled: true)));
    }

    private sealed class CancelsOnFirstCheck(CancellationTokenSource? stop) : ILanguageChecker
    {
        public int Checks { get; private set; }

        public IReadOnlyList<LanguageIssue> Check(string text, IReadOnlyCollection<string> acceptedWords)
        {
            Checks++;
            stop?.Cancel();
            return [];
        }
    }
}
