using CsCheck;
using ResumeRefiner.Core.Parsing;

namespace ResumeRefiner.Core.Tests.Parsing;

/// <summary>Whatever text arrives, the parser answers with a resume or an <see cref="UnreadableDocumentException"/>.</summary>
public class RobustnessPropertyTests
{
    private static readonly string[] Pieces =
    [
        "EXPERIENCE", "Education", "Skills:", "• ", "- ", "* ", "Jan 2020 – Present", "2019-2021", "Summer 2018", "|", ", ",
        "Acme Inc.", "Software Engineer", "Seattle, WA", "jane@example.com", "+1 (555) 123-4567", "https://github.com/x",
        "Bachelor of Science in Biology", "GPA: 3.9", "\n", "\n\n", "\t", "   ", "#", "## ", "**", "(", ")", "ﬁ", "\u00AD", "—",
        "Languages", "English (Native)", "Present", ":", "München", "名前", "🙂",
    ];

    private static readonly Gen<string> GenText =
        Gen.OneOf(Gen.OneOf(Pieces), Gen.String).Array[0, 60].Select(parts => string.Concat(parts));

    [Fact]
    public void Random_text_and_markdown_never_crash_the_parser()
    {
        GenText.Sample(text =>
        {
            foreach (var kind in new[] { DocumentKind.Text, DocumentKind.Markdown })
            {
                try
                {
                    var parsed = ParseHelpers.ParseText(text, kind);
                    Assert.NotNull(parsed.Resume);
                    Assert.All(parsed.Confidence, c => Assert.InRange(c.Score, 0, 1));
                }
                catch (UnreadableDocumentException ex)
                {
                    Assert.Equal(UnreadableReason.Empty, ex.Reason);
                }
            }
        }, iter: 250);
    }

    private static readonly Gen<(string Text, int X, int Top, int Size, bool Bold)[]> GenPage =
        Gen.Select(Gen.OneOf(Pieces.Where(p => p.Trim().Length > 0 && !p.Contains('\t', StringComparison.Ordinal) && !p.Contains('\n', StringComparison.Ordinal)).ToArray()),
            Gen.Int[20, 520], Gen.Int[30, 800], Gen.Int[6, 24], Gen.Bool).Array[1, 80];

    [Fact]
    public void Random_pdf_layouts_never_crash_the_parser()
    {
        GenPage.Sample(lines =>
        {
            var pdf = new PdfFixture();
            foreach (var (text, x, top, size, bold) in lines)
            {
                pdf.Text(text.Replace("🙂", "?", StringComparison.Ordinal).Replace("名前", "?", StringComparison.Ordinal), x, top, size, bold);
            }

            try
            {
                Assert.NotNull(ParseHelpers.Parse(pdf.Build(), DocumentKind.Pdf).Resume);
            }
            catch (UnreadableDocumentException ex)
            {
                Assert.Equal(UnreadableReason.Empty, ex.Reason);
            }
        }, iter: 25, threads: 1);
    }
}
