using System.Text.RegularExpressions;
using ResumeRefiner.Core.Proofreading.Text;

namespace ResumeRefiner.Core.Proofreading.Rules;

/// <summary>Resumes are written without "I", "me", "my": the reader knows who did it.</summary>
internal sealed class FirstPersonRule : SentenceRule
{
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll" };

    public override string Id => "STYLE_FIRST_PERSON";

    public override string Category => ProofCategory.Style;

    protected override void Check(Sentence sentence, ProofContext context, List<ProofIssue> issues)
    {
        foreach (var t in sentence.Tokens)
        {
            if (t.IsWord && Pronouns.Contains(t.Text.Replace('’', '\'')))
            {
                issues.Add(Issue(t, "Resumes usually leave out first-person pronouns: start with the action verb.", ""));
            }
        }
    }
}

/// <summary>"Responsible for", "Helped with", "Worked on": openers that hide the achievement.</summary>
internal sealed class WeakOpenerRule : SentenceRule
{
    private static readonly (string Phrase, string Advice)[] Openers =
    [
        ("responsible for", "Led / Managed / Owned"),
        ("helped with", "Contributed to / Supported"),
        ("helped to", "Contributed to"),
        ("helped", "Contributed to"),
        ("worked on", "Built / Developed / Delivered"),
        ("worked with", "Partnered with / Collaborated with"),
        ("assisted with", "Supported / Contributed to"),
        ("assisted in", "Supported / Contributed to"),
        ("duties included", "Managed / Delivered"),
        ("tasked with", "Led / Delivered"),
        ("involved in", "Contributed to / Drove"),
        ("participated in", "Contributed to / Drove"),
        ("in charge of", "Led / Directed"),
    ];

    public override string Id => "STYLE_WEAK_OPENER";

    public override string Category => ProofCategory.Style;

    protected override void Check(Sentence sentence, ProofContext context, List<ProofIssue> issues)
    {
        var w = Words(sentence);
        if (w.Count < 3 || !sentence.StartsLine)
        {
            return;
        }

        foreach (var (phrase, advice) in Openers)
        {
            var parts = phrase.Split(' ');
            if (parts.Length <= w.Count && parts.Select((p, i) => w[i].Lower == p).All(x => x))
            {
                var end = w[parts.Length - 1].End;
                issues.Add(Issue(w[0].Start, end - w[0].Start, $"\"{sentence.Line.Tokens[0].Text} ...\" is a weak opener: start with a strong action verb ({advice}) and the result.", advice.Split(" / ")[0]));
                return;
            }
        }
    }
}

/// <summary>"was implemented by the team": the passive hides who acted.</summary>
internal sealed class PassiveVoiceRule : SentenceRule
{
    private static readonly HashSet<string> Be = new(StringComparer.OrdinalIgnoreCase) { "was", "were", "is", "are", "been", "being", "be" };

    public override string Id => "STYLE_PASSIVE_VOICE";

    public override string Category => ProofCategory.Style;

    protected override void Check(Sentence sentence, ProofContext context, List<ProofIssue> issues)
    {
        var w = Words(sentence);
        for (var i = 0; i + 1 < w.Count; i++)
        {
            if (!Be.Contains(w[i].Lower))
            {
                continue;
            }

            var j = i + 1;
            if (j + 1 < w.Count && w[j].Lower.EndsWith("ly", StringComparison.Ordinal))
            {
                j++;
            }

            var v = w[j].Lower;
            var participle = (v.EndsWith("ed", StringComparison.Ordinal) && v.Length > 4 && English.IsBaseVerb(StemOfPast(v, context), context.Resources))
                || English.IrregularVerbs.Values.Any(p => p.Participle == v && v is not ("come" or "become" or "run" or "be"));
            if (participle && v is not ("based" or "located" or "interested" or "involved" or "experienced" or "skilled" or "qualified" or "excited" or "dedicated" or "committed" or "focused" or "motivated" or "tired" or "used" or "supposed" or "married" or "known" or "born" or "gone" or "done" or "required" or "needed"))
            {
                issues.Add(Issue(w[i].Start, w[j].End - w[i].Start, "Passive voice: say who did it, with an active verb (\"Implemented X\" rather than \"X was implemented\").", []));
                return;
            }
        }
    }

    private static string StemOfPast(string v, ProofContext context)
    {
        var stem = v[..^2];
        foreach (var c in new[] { stem, stem + "e", stem.Length > 2 && stem[^1] == stem[^2] ? stem[..^1] : stem, stem.EndsWith('i') ? stem[..^1] + "y" : stem })
        {
            if (context.Resources.Dictionary.ContainsExact(c))
            {
                return c;
            }
        }

        return stem;
    }
}

/// <summary>Clichés and buzzwords recruiters skim past ("team player", "synergy", "results-driven").</summary>
internal sealed class BuzzwordRule : IProofRule
{
    private static readonly string[] Phrases =
    [
        "team player", "synergy", "synergies", "results-driven", "results driven", "results-oriented", "detail-oriented", "go-getter",
        "think outside the box", "thinking outside the box", "out of the box thinker", "hard worker", "hard-working", "hardworking",
        "self-starter", "self starter", "dynamic", "proactive", "go-to person", "best of breed", "value add", "value-add",
        "track record", "proven track record", "excellent communication skills", "strong work ethic", "people person",
        "fast learner", "quick learner", "passionate", "rockstar", "rock star", "ninja", "guru", "thought leader", "wheelhouse",
        "move the needle", "game changer", "game-changer", "bleeding edge", "cutting-edge", "cutting edge", "world-class",
        "best-in-class", "seasoned professional", "motivated individual", "highly motivated", "self-motivated", "think tank",
        "low-hanging fruit", "paradigm shift", "leverage synergies", "mission-critical", "go above and beyond", "above and beyond",
    ];

    private static readonly Regex Pattern = new(@"(?<![\w-])(" + string.Join("|", Phrases.OrderByDescending(p => p.Length).Select(Regex.Escape)) + @")(?![\w-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public string Id => "STYLE_BUZZWORD";

    public string Category => ProofCategory.Style;

    public void Check(ProofDocument document, ProofContext context, List<ProofIssue> issues)
    {
        foreach (var line in document.Lines)
        {
            foreach (Match m in Pattern.Matches(document.Text[line.Start..line.End]))
            {
                issues.Add(new ProofIssue(line.Start + m.Index, m.Length, Category, Id, $"\"{m.Value}\" is a cliché: show it with a concrete achievement instead.", []));
            }
        }
    }
}

/// <summary>Filler words that add length but no meaning ("very", "really", "successfully", "various").</summary>
internal sealed class FillerWordRule : SentenceRule
{
    private static readonly HashSet<string> Fillers = new(StringComparer.OrdinalIgnoreCase) { "very", "really", "basically", "actually", "literally", "quite", "extremely", "just", "various", "successfully", "effectively", "utilize", "utilized", "utilizing" };

    public override string Id => "STYLE_FILLER_WORD";

    public override string Category => ProofCategory.Style;

    protected override void Check(Sentence sentence, ProofContext context, List<ProofIssue> issues)
    {
        foreach (var t in sentence.Tokens)
        {
            if (t.IsWord && Fillers.Contains(t.Lower))
            {
                var fix = t.Lower.StartsWith("utiliz", StringComparison.Ordinal) ? t.Lower.Replace("utiliz", "us", StringComparison.Ordinal) : "";
                issues.Add(Issue(t, fix.Length > 0 ? $"\"{t.Text}\" is a long way to say \"{fix}\"." : $"\"{t.Text}\" adds little: cut it or replace it with a number.", fix));
            }
        }
    }
}

/// <summary>A bullet longer than two lines on the page (about 35 words) loses the reader.</summary>
internal sealed class OverlongBulletRule : IProofRule
{
    private const int MaxWords = 35;

    public string Id => "STYLE_OVERLONG_BULLET";

    public string Category => ProofCategory.Style;

    public void Check(ProofDocument document, ProofContext context, List<ProofIssue> issues)
    {
        foreach (var line in document.Lines.Where(l => l.IsBullet))
        {
            var words = line.Tokens.Count(t => t.Kind != TokenKind.Punctuation);
            if (words > MaxWords)
            {
                issues.Add(new ProofIssue(line.ContentStart, line.End - line.ContentStart, Category, Id, $"This bullet has {words} words; keep bullets under {MaxWords} words (one idea, one result).", []));
            }
        }
    }
}

/// <summary>Mixed number formats in one document: "10%" and "ten percent", "$1.2M" and "$1,200,000".</summary>
internal sealed class NumberFormatConsistencyRule : IProofRule
{
    private static readonly Regex PercentWord = new(@"\b\d+(\.\d+)?\s?(percent|per cent)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex PercentSign = new(@"\d%", RegexOptions.CultureInvariant);
    private static readonly Regex MoneyShort = new(@"\$\d+(\.\d+)?\s?[KMB]\b", RegexOptions.CultureInvariant);
    private static readonly Regex MoneyLong = new(@"\$\d{1,3}(,\d{3}){2,}", RegexOptions.CultureInvariant);

    public string Id => "STYLE_NUMBER_FORMAT";

    public string Category => ProofCategory.Style;

    public void Check(ProofDocument document, ProofContext context, List<ProofIssue> issues)
    {
        var text = document.Text;
        if (PercentSign.IsMatch(text))
        {
            foreach (Match m in PercentWord.Matches(text))
            {
                var digits = m.Value[..m.Value.IndexOfAny([' ', 'p', 'P'])].TrimEnd();
                issues.Add(new ProofIssue(m.Index, m.Length, Category, Id, "Elsewhere the resume writes percentages as \"%\": use one format throughout.", [digits + "%"]));
            }
        }

        if (MoneyShort.IsMatch(text))
        {
            foreach (Match m in MoneyLong.Matches(text))
            {
                issues.Add(new ProofIssue(m.Index, m.Length, Category, Id, "Elsewhere the resume abbreviates amounts (\"$1.2M\"): use one format throughout.", []));
            }
        }
    }
}
