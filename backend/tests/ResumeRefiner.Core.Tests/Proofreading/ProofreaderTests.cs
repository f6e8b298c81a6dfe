using CsCheck;
using ResumeRefiner.Core.Proofreading;

namespace ResumeRefiner.Core.Tests.Proofreading;

public class ProofreaderTests
{
    private static readonly Proofreader Proofreader = new();

    [Fact]
    public void Clean_resume_lines_raise_at_most_one_false_alarm_per_hundred_lines()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Proofreading", "Data", "clean-resume-lines.txt");
        var text = File.ReadAllText(path);
        var lines = text.Split('\n').Count(l => l.Trim().Length > 0);
        var issues = Proofreader.Check(text, new ProofreadingOptions { IncludeStyle = false });
        var report = string.Join("; ", issues.Select(i => $"{i.Rule} '{text.Substring(i.Offset, i.Length)}'"));
        Assert.True(issues.Count * 100.0 / lines <= 1.0, $"{issues.Count} false alarms on {lines} lines: {report}");
    }

    [Fact]
    public void Issues_carry_offsets_into_the_text_in_order()
    {
        const string text = "Line one is fine.\r\nWe recieved the the report.";
        var issues = Proofreader.Check(text);
        Assert.Equal(2, issues.Count);
        Assert.Equal("recieved", text.Substring(issues[0].Offset, issues[0].Length));
        Assert.Equal(" the", text.Substring(issues[1].Offset, issues[1].Length));
        Assert.All(issues, i => Assert.Contains(i.Category, new[] { "spelling", "grammar", "punctuation", "style", "typography" }));
    }

    [Fact]
    public void A_cancelled_check_stops()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Proofreader.Check("We recieved the report.\nIt was fine.", null, cancelled.Token));
    }

    /// <summary>
    /// The text a probe found costliest: 100,000 characters in one sentence, just under half of the words long
    /// words with two slips each (each an unknown word that gets a wide suggestion search), the rest short known words.
    /// </summary>
    internal static string CostliestText()
    {
        string[] longWords =
        [
            "management", "development", "experience", "responsible", "engineering", "communication", "successfully",
            "implemented", "organization", "performance", "technologies", "requirements", "professional", "applications",
            "infrastructure", "architecture", "coordinated", "collaborated", "environment", "international",
            "opportunity", "administration", "documentation", "relationships", "understanding", "maintenance",
            "independent", "presentation", "achievements", "significant",
        ];
        string[] shortWords = ["the", "and", "team", "built", "data", "led", "new", "sales", "plan", "work", "code", "user"];
        var random = new Random(11);
        var text = new System.Text.StringBuilder();
        while (text.Length < 100_000)
        {
            if (random.Next(100) < 45)
            {
                var word = longWords[random.Next(longWords.Length)].ToCharArray();
                word[random.Next(1, word.Length)] = "qxzjkv"[random.Next(6)];
                word[random.Next(1, word.Length)] = "qxzjkv"[random.Next(6)];
                text.Append(word);
            }
            else
            {
                text.Append(shortWords[random.Next(shortWords.Length)]);
            }

            text.Append(' ');
        }

        return text.ToString(0, 100_000);
    }

    [Fact]
    public void Text_full_of_unknown_words_is_checked_to_the_end()
    {
        // Its speed is ProofreadingBenchmarks.CheckRandomUnknownWords (floor: 50,000 characters a second).
        var random = new Random(7);
        var words = Enumerable.Range(0, 6_000).Select(_ => new string([.. Enumerable.Range(0, random.Next(3, 11)).Select(_ => (char)('a' + random.Next(26)))])).ToList();
        var text = string.Join('\n', words.Chunk(12).Select(line => string.Join(' ', line))) + "\nI have recieved the award.";

        var issues = Proofreader.Check(text);

        // The one real sentence comes last, after every expensive unknown word: it is still reached and checked.
        Assert.Contains(issues, issue => text.Substring(issue.Offset, issue.Length) == "recieved");
    }

    [Fact]
    public void Empty_and_whitespace_text_have_no_issues()
    {
        Assert.Empty(Proofreader.Check(""));
        Assert.Empty(Proofreader.Check(" \n\n\t "));
    }

    [Fact]
    public void Is_safe_to_use_from_many_threads()
    {
        const string text = "He have went to the the store and recieved a advices.";
        var expected = Proofreader.Check(text);
        var results = new System.Collections.Concurrent.ConcurrentBag<int>();
        Parallel.For(0, 16, _ => results.Add(Proofreader.Check(text).Count));
        Assert.All(results, n => Assert.Equal(expected.Count, n));
    }

    [Fact]
    public void No_rule_crashes_or_hangs_on_random_unicode_text()
    {
        var chars = Gen.OneOf(Gen.Char, Gen.Char['a', 'z'], Gen.Const(' '), Gen.Const('\n'), Gen.Const('.'), Gen.Const('-'),
            Gen.Const('\''), Gen.Const('('), Gen.Const('"'), Gen.Const('•'), Gen.Char['A', 'Z'], Gen.Char['0', '9']);
        Gen.String[chars, 0, 200].Sample(text =>
        {
            var issues = Proofreader.Check(text);
            foreach (var i in issues)
            {
                Assert.InRange(i.Offset, 0, text.Length);
                Assert.InRange(i.Offset + i.Length, i.Offset, text.Length);
                Assert.False(string.IsNullOrEmpty(i.Rule));
            }
        }, iter: 500);
    }

    [Fact]
    public void Random_word_salad_from_the_dictionary_does_not_crash()
    {
        string[] vocabulary = ["the", "a", "an", "he", "they", "have", "went", "can", "makes", "its", "their", "then", "i",
            "javascript", "recieve", "B.Sc.", "(", ")", ",", ".", "\"", "5+", "$1.2M", "Q3", "•", "-", "\n", "many", "this"];
        Gen.Int[0, vocabulary.Length - 1].Array[0, 40].Select(ix => string.Join(' ', ix.Select(i => vocabulary[i]))).Sample(text =>
        {
            _ = Proofreader.Check(text);
        }, iter: 300);
    }
}
