using CsCheck;
using ResumeRefiner.Core.Analysis;
using ResumeRefiner.Core.Analysis.Ats;
using ResumeRefiner.Core.Analysis.Report;
using ResumeRefiner.Core.Model;
using ResumeRefiner.Core.Proofreading;

namespace ResumeRefiner.Core.Tests.Proofreading;

/// <summary>A one-click fix must never damage the resume: names, products and guesses stay suggestions.</summary>
public class SafeFixTests
{
    private static readonly Proofreader Proofreader = new();
    private static readonly ResumeAnalyzer Analyzer = new(new ProofreaderLanguageChecker(Proofreader));
    private static readonly ResumeRefiner.Core.Proofreading.Spelling.HunspellDictionary Dictionary = ResumeRefiner.Core.Proofreading.Spelling.LanguageResources.For("en-US").Dictionary;

    private static List<(string Span, ProofIssue Issue)> Issues(string text) =>
        [.. Proofreader.Check(text).Select(i => (text.Substring(i.Offset, i.Length), i))];

    [Theory]
    [InlineData("Built a recommender systems prototype for the news team.")]
    [InlineData("Yahoo! has created a large scale platform for news.")]
    [InlineData("Improved document layout (incl. spacing and fonts) for the team.")]
    [InlineData("Cut build time (approx. five minutes) and reviewed code (e.g. parsers).")]
    [InlineData("Met weekly with Zsófia Kovács and Thandiwe Nkosi over café meetings about naïve Bayes.")]
    [InlineData("Tuned autoencoders, tokenizers and dataframes in the reporting codebase.")]
    [InlineData("Trained rerankers with gradient checkpointing.")]
    [InlineData("Studied at Universidad de los Andes and reconciled the actuals each month.")]
    [InlineData("Wrote an SQL linter, a URL shortener and an FAQ bot.")]
    [InlineData("Today we ship to production several times a day.")]
    public void Resume_idioms_raise_no_issue(string text) => Assert.Empty(Proofreader.Check(text, new ProofreadingOptions { IncludeStyle = false }));

    [Fact]
    public void An_unknown_capitalised_word_is_never_a_one_click_fix()
    {
        var issues = Issues("Nostos: A language-agnostic tool.\nDataduct: Extensible ETL framework.\nWe toured Eruope last year.");
        Assert.NotEmpty(issues);
        Assert.All(issues, i => Assert.False(i.Issue.OneClick, $"{i.Span} -> {i.Issue.Replacements[0]}"));
    }

    [Theory]
    [InlineData("We were refering to the plan.", "refering")]
    [InlineData("The costs are diffrent now.", "diffrent")]
    [InlineData("A beginer course.", "beginer")]
    [InlineData("We grew tomatos.", "tomatos")]
    public void Slips_that_look_like_regular_forms_are_still_flagged(string text, string slip) =>
        Assert.Contains(Issues(text), i => i.Span == slip && i.Issue.Rule == "SPELLING");

    [Fact]
    public void A_lower_case_typo_is_a_one_click_fix()
    {
        var (span, issue) = Assert.Single(Issues("We recieved the award."));
        Assert.Equal("recieved", span);
        Assert.True(issue.OneClick);
    }

    [Fact]
    public void An_empty_replacement_or_a_reworded_opener_is_only_a_suggestion()
    {
        var issues = Issues("Worked on various features.");
        Assert.Contains(issues, i => i.Issue.Rule == "STYLE_FILLER_WORD");
        Assert.All(issues, i => Assert.False(i.Issue.OneClick));
    }

    [Theory]
    [InlineData("the report was late. the team fixed it.", true)]
    [InlineData("It shipped in Q3 (approx. two weeks late) and the team fixed it.", false)]
    public void A_sentence_start_is_recased_with_one_click_only_where_the_boundary_is_certain(string text, bool expectIssue)
    {
        var recased = Issues(text).Where(i => i.Issue.Rule == "CAPITALIZATION_SENTENCE_START").ToList();
        Assert.Equal(expectIssue, recased.Count > 0);
        Assert.All(recased, i => Assert.True(i.Issue.OneClick));
    }

    [Theory]
    [InlineData("github.com/ab", true)]
    [InlineData("TensorFlow", true)]
    [InlineData("v2.1", true)]
    [InlineData("S3", true)]
    [InlineData("managment", false)]
    [InlineData("Full-Stack", false)]
    public void Product_like_tokens_are_recognised(string token, bool productLike) => Assert.Equal(productLike, FixSafety.IsProductLike(token));

    [Fact]
    public void Names_the_resume_uses_are_not_flagged_in_its_bullets()
    {
        var resume = new Resume
        {
            Basics = new Basics { Name = "Quennell Oyelaran" },
            Work = [new Work { Name = "Brindlewick", Position = "Engineer", StartDate = "2020-01", Highlights = ["Scaled Brindlewick checkout with Quennell's Zorbly framework."] }],
            Projects = [new Project { Name = "Zorbly", Highlights = ["Zorbly renders dashboards."] }],
        };
        var report = Analyzer.Analyze(new ResumeDocument(resume, null, DocumentFacts.Unknown));
        Assert.DoesNotContain(report.Findings, f => f.Rule == "language-spelling");
    }

    /// <summary>
    /// Over generated resumes full of invented names, products and real typos (and the public
    /// corpus' resumes when ../shared is next to the repository), every one-click fix replaces a
    /// lower-case word with non-empty text and never touches a name or product-like token.
    /// </summary>
    [Fact]
    public void No_one_click_fix_changes_a_name_a_product_or_a_capitalised_unknown_word()
    {
        foreach (var resume in PublicCorpus())
        {
            AssertSafeFixes(resume);
        }

        GenResume.Sample(AssertSafeFixes, iter: 60);
    }

    private static readonly string[] Syllables = ["no", "stos", "da", "ta", "duct", "zor", "bly", "qua", "lin", "vex", "ora", "mir", "tek", "sol", "rix"];

    private static readonly Gen<string> GenName =
        from parts in Gen.OneOf(Syllables).Array[2, 3]
        select char.ToUpperInvariant(parts[0][0]) + string.Concat(parts)[1..];

    private static readonly Gen<string> GenProduct =
        from a in GenName
        from b in GenName
        from digit in Gen.Int[0, 9]
        from shape in Gen.Int[0, 2]
        select shape switch { 0 => a + b, 1 => a.ToLowerInvariant() + ".io", _ => $"{a}{digit}" };

    private static readonly string[] Bullets =
    [
        "Led the {0} migration and cut costs by 20%.",
        "{0} has reduced managment overhead for the {1} team.",
        "Built {1} on top of {0}, recieved an award.",
        "Worked on various features of {0} with the enviroment team.",
        "Yahoo! has adopted {0}. incl. {1} dashboards.",
        "Mentored engineers on {1} and {0} (approx. 12 people).",
        "the {0} pipeline now runs {1} jobs every hour.",
    ];

    private static readonly Gen<Resume> GenResume =
        from person in GenName
        from company in GenName
        from project in GenName
        from product in GenProduct
        from bullets in Gen.Int[0, Bullets.Length - 1].Array[2, 5]
        select new Resume
        {
            Basics = new Basics { Name = person + " " + company, Summary = $"Engineer who built {product} at {company}." },
            Work = [new Work { Name = company, Position = "Engineer", StartDate = "2019-01", EndDate = "2022-01", Highlights = [.. bullets.Select(b => string.Format(System.Globalization.CultureInfo.InvariantCulture, Bullets[b], project, product))] }],
            Projects = [new Project { Name = project, Highlights = [$"{project} is used by {person}'s team."] }],
        };

    private static void AssertSafeFixes(Resume resume)
    {
        var names = ResumeNamesOf(resume);
        var report = Analyzer.Analyze(new ResumeDocument(resume, null, DocumentFacts.Unknown));
        foreach (var finding in report.Findings.Where(f => f.Fix is not null))
        {
            var fix = finding.Fix!;
            var text = TextAt(resume, fix.Path);
            Assert.NotNull(text);
            var original = text!.Substring(fix.Offset, fix.Length);
            var where = $"{fix.Path}: \"{original}\" -> \"{fix.Replacement}\" ({finding.Rule})";
            Assert.False(string.IsNullOrWhiteSpace(fix.Replacement), where);
            Assert.False(finding.Rule == "language-spelling" && char.IsUpper(original[0]), where);
            Assert.False(original.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => names.Contains(w.Trim('.', ',', '\'', '!', '(', ')'))), where);
            Assert.False(FixSafety.IsProductLike(original), where);
        }
    }

    private static HashSet<string> ResumeNamesOf(Resume resume)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in new[] { resume.Basics.Name }.Concat(resume.Work.Select(w => w.Name)).Concat(resume.Projects.Select(p => p.Name)))
        {
            // A name made of English words ("Microsoft Research") does not make "Research" a name elsewhere.
            names.UnionWith((name ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Dictionary.Check(w.ToLowerInvariant())));
        }

        return names;
    }

    private static string? TextAt(Resume resume, string path)
    {
        string? found = null;
        FieldWalker.Map(resume, (p, _, value) =>
        {
            if (p == path)
            {
                found = value;
            }

            return value;
        });
        return found;
    }

    private static IEnumerable<Resume> PublicCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var corpus = Path.Combine(dir.FullName, "shared", "corpus", "public");
            if (Directory.Exists(corpus))
            {
                return Directory.GetFiles(corpus, "*.truth.json").Select(f => ResumeJson.Deserialize(File.ReadAllText(f)));
            }
        }

        return [];
    }
}
