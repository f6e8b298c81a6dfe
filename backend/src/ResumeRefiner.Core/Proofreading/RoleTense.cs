using ResumeRefiner.Core.Proofreading.Rules;
using ResumeRefiner.Core.Proofreading.Spelling;
using ResumeRefiner.Core.Proofreading.Text;

namespace ResumeRefiner.Core.Proofreading;

/// <summary>An issue in one bullet of a role: which bullet, and the issue inside its text.</summary>
public sealed record BulletIssue(int Bullet, ProofIssue Issue);

/// <summary>
/// Tense consistency within one role of a resume, which a line-by-line check cannot see: the
/// bullets of a role that has ended should open in the past tense ("Led", "Managed"), the
/// current role may use the present ("Lead", "Manage") but should not mix the two. Only the
/// opening verb of each bullet is judged; bullets that open with a noun phrase ("Lead engineer
/// for ..."), a gerund, a verb whose past is its present ("Set up", "Cut"), or a milestone
/// participle ("Promoted to ...", "Certified ...") are never flagged.
/// </summary>
public static class RoleTense
{
    public const string RuleId = "GRAMMAR_TENSE_CONSISTENCY";

    private enum Tense
    {
        None,
        Past,
        Present,
    }

    // past → base for the irregular verbs resumes use (English.IrregularVerbs adds the rest).
    private static readonly Dictionary<string, string> IrregularPast = BuildIrregularPast();

    private static readonly Dictionary<string, string> IrregularBaseToPast =
        IrregularPast.GroupBy(kv => kv.Value, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Key, StringComparer.OrdinalIgnoreCase);

    // Verbs whose past tense is spelled like the present: the tense cannot be told.
    private static readonly HashSet<string> SameForm = new(StringComparer.OrdinalIgnoreCase)
    {
        "set", "reset", "put", "cut", "read", "let", "hit", "shut", "spread", "cost", "quit", "split", "upset", "broadcast",
        "forecast", "bid", "cast", "hurt", "burst", "input", "output", "offset", "outbid", "beset", "rid", "thrust", "podcast",
        "proofread", "typeset", "preset", "recast", "reread", "wed", "fit", "bet", "shed", "slit", "spit",
    };

    // Participles that report an event rather than a duty ("Promoted to Staff Engineer in 2023"):
    // natural in the past tense in the current role too.
    private static readonly HashSet<string> Milestones = new(StringComparer.OrdinalIgnoreCase)
    {
        "promoted", "awarded", "recognized", "recognised", "selected", "nominated", "certified", "hired", "invited", "elected",
        "named", "appointed", "chosen", "ranked", "honored", "honoured", "granted", "featured", "accepted", "admitted",
        "licensed", "published", "rehired", "transferred", "relocated", "shortlisted", "commended", "credited",
    };

    // Words that open an object, so that a word that is also a noun ("Lead", "Design") is used as a verb.
    private static readonly HashSet<string> ObjectStarters = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "our", "their", "its", "his", "her", "my", "this", "these", "those", "them", "it", "all", "both",
        "each", "every", "several", "multiple",
    };

    /// <summary>
    /// Checks the bullets of one role. <paramref name="roleHasEnded"/> is true when the role
    /// has an end date. Offsets are into each bullet's own text.
    /// </summary>
    public static IReadOnlyList<BulletIssue> Check(IReadOnlyList<string> bullets, bool roleHasEnded, string language = "en-US")
    {
        ArgumentNullException.ThrowIfNull(bullets);
        var resources = LanguageResources.For(language);
        var verbs = new List<(int Bullet, Token Verb, Tense Tense, string Base)>();
        for (var i = 0; i < bullets.Count; i++)
        {
            if (OpeningVerb(bullets[i] ?? "", resources) is { } v)
            {
                verbs.Add((i, v.Verb, v.Tense, v.Base));
            }
        }

        var past = verbs.Count(v => v.Tense == Tense.Past);
        var present = verbs.Count(v => v.Tense == Tense.Present);
        Tense flag;
        if (roleHasEnded)
        {
            flag = Tense.Present;
        }
        else if (past > 0 && present > 0)
        {
            // The current role may be in either tense; the minority is the odd one out, and on
            // a tie the present (the current role's own tense) wins.
            flag = past <= present ? Tense.Past : Tense.Present;
        }
        else
        {
            return [];
        }

        var issues = new List<BulletIssue>();
        foreach (var (bullet, verb, tense, baseForm) in verbs)
        {
            if (tense != flag)
            {
                continue;
            }

            var casing = Casing.Of(verb.Text);
            string message;
            string replacement;
            if (flag == Tense.Present)
            {
                var pastForm = PastOf(baseForm, resources);
                if (pastForm is null)
                {
                    continue;
                }

                replacement = Casing.Match(pastForm, casing);
                message = roleHasEnded
                    ? $"This role has ended: describe it in the past tense (\"{replacement}\" rather than \"{verb.Text}\")."
                    : $"The other bullets of this role are in the past tense; \"{replacement}\" would match them.";
            }
            else
            {
                replacement = Casing.Match(baseForm, casing);
                message = $"The other bullets of this current role are in the present tense; \"{replacement}\" would match them.";
            }

            var issue = new ProofIssue(verb.Start, verb.Length, ProofCategory.Grammar, RuleId, message, [replacement]);
            issues.Add(new BulletIssue(bullet, issue with { OneClick = FixSafety.IsOneClick(issue, bullets[bullet]) }));
        }

        return issues;
    }

    /// <summary>The bullet's opening verb when it is in the present ("Lead the rollout"), with its simple past.</summary>
    internal static (Token Verb, string Past)? OpeningPresentVerb(string bullet, LanguageResources resources) =>
        OpeningVerb(bullet, resources) is { Tense: Tense.Present } v && PastOf(v.Base, resources) is { } past ? (v.Verb, past) : null;

    private static (Token Verb, Tense Tense, string Base)? OpeningVerb(string bullet, LanguageResources resources)
    {
        var tokens = Tokenizer.Tokenize(bullet, 0, bullet.Length);
        var k = 0;

        // Bullet markers and other punctuation before the first word.
        while (k < tokens.Count && !tokens[k].IsWord)
        {
            if (tokens[k].HasDigit)
            {
                return null;
            }

            k++;
        }

        if (k >= tokens.Count)
        {
            return null;
        }

        // "Successfully led", "Jointly manage": the verb follows the adverb.
        if (tokens[k].Lower.EndsWith("ly", StringComparison.Ordinal) && tokens[k].Lower.Length > 4 && k + 1 < tokens.Count && tokens[k + 1].IsWord)
        {
            k++;
        }

        var token = tokens[k];
        var lower = token.Lower;
        if (token.HasDigit || Casing.Of(token.Text) is WordCasing.Upper or WordCasing.Mixed || lower.Contains('-', StringComparison.Ordinal)
            || SameForm.Contains(lower) || Milestones.Contains(lower) || !resources.Dictionary.Check(lower))
        {
            return null;
        }

        var next = k + 1 < tokens.Count && tokens[k + 1].IsWord ? tokens[k + 1].Lower : null;

        if (IrregularPast.TryGetValue(lower, out var irregularBase))
        {
            return (token, Tense.Past, irregularBase);
        }

        if (lower.EndsWith("ed", StringComparison.Ordinal) && BaseOfRegularPast(lower, resources) is { } regularBase)
        {
            return (token, Tense.Past, regularBase);
        }

        var thirdPersonBase = English.BaseOfThirdPerson(lower, resources);
        var baseForm = thirdPersonBase ?? lower;
        if (baseForm is "be" or "have" or "do" || IrregularPast.ContainsKey(baseForm) || PastOf(baseForm, resources) is null)
        {
            return null;
        }

        // A verb in the past right after it makes the opener a noun subject ("Research integrated into Azure"); an
        // ordinary word in title case makes it part of a title ("Research Assistant – Machine Learning").
        if (next is not null && (IsSimplePast(next, resources)
            || (Casing.Of(tokens[k + 1].Text) == WordCasing.Title && resources.Dictionary.ContainsExact(next))))
        {
            return null;
        }

        // A word that is also a noun ("Lead engineer", "Design patterns", "Support for ...") is a
        // verb only when an object follows ("Lead a team", "Design the schema").
        if (IsNoun(baseForm, resources) && (next is null || !ObjectStarters.Contains(next)))
        {
            return null;
        }

        return (token, Tense.Present, baseForm);
    }

    private static bool IsNoun(string lower, LanguageResources resources) =>
        resources.Dictionary.RootFlags(lower)?.Contains('M', StringComparison.Ordinal) == true;

    /// <summary>Whether a lower-case word is the simple past of a verb ("designed", "built"), not a form shared with the present.</summary>
    internal static bool IsSimplePast(string lower, LanguageResources resources) =>
        !SameForm.Contains(lower) && (IrregularPast.ContainsKey(lower) || lower.EndsWith("ed", StringComparison.Ordinal) && BaseOfRegularPast(lower, resources) is not null);

    /// <summary>Whether a lower-case word opens an object ("a", "the", "our", "them").</summary>
    internal static bool IsObjectStarter(string lower) => ObjectStarters.Contains(lower);

    /// <summary>The simple past of a base verb, if the dictionary confirms one.</summary>
    internal static string? PastOf(string baseForm, LanguageResources resources)
    {
        if (IrregularBaseToPast.TryGetValue(baseForm, out var irregular))
        {
            return irregular;
        }

        if (baseForm.Length < 2)
        {
            return null;
        }

        string[] candidates = baseForm.EndsWith('e')
            ? [baseForm + "d"]
            : baseForm.EndsWith('y') && !Keyboard.IsVowel(baseForm[^2])
                ? [baseForm[..^1] + "ied"]
                : [baseForm + "ed", baseForm + baseForm[^1] + "ed"];
        string? best = null;
        var bestCount = -1;
        foreach (var c in candidates)
        {
            if (resources.Dictionary.ContainsExact(c) && (resources.Dictionary.RootFlags(baseForm) is { } flags && flags.Contains('D', StringComparison.Ordinal) || c.EndsWith(baseForm[^1] + "ed", StringComparison.Ordinal)))
            {
                var count = resources.Frequency.Count(c);
                if (count > bestCount)
                {
                    best = c;
                    bestCount = count;
                }
            }
        }

        return best;
    }

    private static string? BaseOfRegularPast(string lower, LanguageResources resources)
    {
        string[] candidates = lower.EndsWith("ied", StringComparison.Ordinal)
            ? [lower[..^3] + "y"]
            : lower.Length > 4 && lower[^3] == lower[^4]
                ? [lower[..^3], lower[..^1], lower[..^2]]
                : [lower[..^1], lower[..^2]];
        foreach (var c in candidates)
        {
            if (c.Length > 1 && resources.Dictionary.ContainsExact(c) && PastOf(c, resources) == lower)
            {
                return c;
            }
        }

        return null;
    }

    private static Dictionary<string, string> BuildIrregularPast()
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (verb, forms) in English.IrregularVerbs)
        {
            if (!SameFormVerb(verb, forms.Past))
            {
                map.TryAdd(forms.Past, verb);
            }
        }

        const string pairs = "led:lead built:build rebuilt:rebuild ran:run wrote:write rewrote:rewrite drove:drive made:make remade:remake "
            + "took:take undertook:undertake gave:give began:begin grew:grow won:win brought:bring taught:teach sought:seek "
            + "bought:buy thought:think caught:catch sold:sell resold:resell told:tell held:hold upheld:uphold kept:keep met:meet "
            + "sent:send spent:spend found:find oversaw:oversee underwent:undergo spoke:speak chose:choose drew:draw flew:fly "
            + "became:become saw:see did:do redid:redo went:go got:get left:leave lost:lose paid:pay laid:lay stood:stand "
            + "understood:understand withdrew:withdraw struck:strike stuck:stick spun:spin swept:sweep wove:weave wound:wind "
            + "foresaw:foresee overcame:overcome rode:ride rose:rise shot:shoot stole:steal threw:throw wore:wear felt:feel "
            + "dealt:deal meant:mean heard:hear fed:feed bred:breed fled:flee sold:sell lent:lend bent:bend tore:tear "
            + "outgrew:outgrow overtook:overtake overheard:overhear overran:overrun oversold:oversell";
        foreach (var pair in pairs.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            map[pair[..colon]] = pair[(colon + 1)..];
        }

        // "lay" is the past of "lie" and a verb of its own ("Lay the groundwork").
        map.Remove("lay");
        return map;

        static bool SameFormVerb(string verb, string past) => string.Equals(verb, past, StringComparison.OrdinalIgnoreCase);
    }
}
