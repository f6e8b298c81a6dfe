using ResumeRefiner.Core.Proofreading.Text;

namespace ResumeRefiner.Core.Proofreading.Rules;

/// <summary>The pronoun "i" on its own is always written "I".</summary>
internal sealed class LowercaseIRule : SentenceRule
{
    public override string Id => "CAPITALIZATION_I";

    public override string Category => ProofCategory.Grammar;

    protected override void Check(Sentence sentence, ProofContext context, List<ProofIssue> issues)
    {
        var t = sentence.Tokens;
        for (var i = 0; i < t.Count; i++)
        {
            var w = t[i].Text.Replace('’', '\'');
            // "i.e." is tokenized as "i.e"; a list marker "i)" or "(i)" is a numeral.
            if (t[i].IsWord && w is "i" or "i'm" or "i've" or "i'll" or "i'd"
                && !(i + 1 < t.Count && t[i + 1].Text is ")" or "." && !t[i + 1].SpaceBefore) && !(i > 0 && t[i - 1].Text == "(" && !t[i].SpaceBefore))
            {
                issues.Add(Issue(t[i], "The pronoun \"I\" is always capitalised.", "I" + t[i].Text[1..]));
            }
        }
    }
}

/// <summary>A sentence in running prose starts with a capital letter.</summary>
internal sealed class SentenceStartCapitalRule : SentenceRule
{
    private static readonly HashSet<string> ProseOpeners = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "it", "they", "we", "he", "she", "you", "this", "that", "these", "those", "there", "some", "many", "most",
        "if", "when", "and", "but", "so", "because", "however", "in", "on", "for", "one", "people", "secondly", "firstly", "finally",
        "also", "apparently", "therefore", "moreover", "nowadays", "although", "though", "my", "our", "their", "as", "all", "both",
        "it's", "i'm", "there's", "that's", "first", "second", "third", "today", "now", "sometimes", "everyone", "everybody",
        "nobody", "what", "why", "how", "who", "where", "while", "since", "after", "before", "during", "without", "each",
        "every", "another", "such", "even", "only", "then", "thus", "hence", "besides", "instead", "students", "children",
        "parents", "his", "her", "its", "your", "no", "not", "in", "at", "by", "from", "of", "with", "lastly", "next",
    };

    public override string Id => "CAPITALIZATION_SENTENCE_START";

    public override string Category => ProofCategory.Grammar;

    protected override void Check(Sentence sentence, ProofContext context, List<ProofIssue> issues)
    {
        var first = sentence.FirstWordIndex;
        if (first < 0)
        {
            return;
        }

        var token = sentence.Tokens[first];

        // After "Yahoo!", "incl." or an unknown abbreviation the split is only a guess.
        if (!sentence.CertainStart)
        {
            return;
        }

        // "… since launch. (currently 3.6 million users)": an aside in brackets after a sentence is not a new sentence.
        if (first > 0 && sentence.Tokens[first - 1].Text == "(")
        {
            return;
        }

        // Resume bullets and fragments may start in lower case by house style ("led a team of 5");
        // a line's first sentence is only judged when it is clearly prose: a full sentence that
        // opens with a pronoun, article or conjunction, never with a verb.
        if (sentence.StartsLine && !(sentence.Tokens[^1].Text is "." or "!" or "?" && sentence.Tokens.Count(x => x.IsWord) >= 4 && ProseOpeners.Contains(token.Lower.Replace('’', '\''))))
        {
            return;
        }

        // Names written in lower case on purpose (npm, dbt, kubectl) keep their case.
        if (token.IsWord && char.IsLower(token.Text[0]) && Casing.Of(token.Text) == WordCasing.Lower && context.Resources.Dictionary.ContainsExact(token.Lower)
            && (context.Vocabulary.Canonical(token.Text)?.Any(char.IsUpper) ?? true))
        {
            issues.Add(Issue(token, "Start the sentence with a capital letter.", Casing.ToTitle(token.Text)));
        }
    }
}

/// <summary>
/// Proper nouns written in lower case: technology names from the vocabulary ("javascript" →
/// "JavaScript"), languages and nationalities, days and months.
/// </summary>
internal sealed class ProperNounCapitalRule : SentenceRule
{
    private static readonly HashSet<string> Always = new(StringComparer.OrdinalIgnoreCase)
    {
        "english", "spanish", "french", "german", "chinese", "japanese", "korean", "italian", "portuguese", "russian", "arabic",
        "hindi", "american", "british", "european", "african", "asian", "canadian", "australian", "indian", "mexican", "brazilian",
        "dutch", "swedish", "norwegian", "danish", "finnish", "polish", "greek", "turkish", "vietnamese", "thai", "indonesian",
        "mandarin", "cantonese", "hebrew", "persian", "urdu", "bengali", "tamil", "telugu", "punjabi", "swahili", "ukrainian",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "april", "june",
        "july", "august", "september", "october", "november", "december", "christmas", "internet", "taiwanese", "egyptian", "korea",
        "japan", "china", "america", "europe", "africa", "asia", "india", "canada", "australia", "england", "france", "germany",
    };

    private static readonly HashSet<string> WellKnownNames = new(StringComparer.Ordinal)
    {
        "Kubernetes", "Docker", "Linux", "Django", "Terraform", "Ansible", "Jenkins", "Kafka", "Redis", "Postgres", "Hadoop",
        "Elasticsearch", "Grafana", "Prometheus", "Tableau", "Salesforce", "Figma", "Jira", "Confluence", "Slack", "Azure",
        "Snowflake", "Databricks", "Airflow", "Kotlin", "Scala", "Haskell", "Laravel", "Symfony", "Vercel", "Netlify", "Heroku",
        "Shopify", "WordPress", "Ubuntu", "Debian", "Windows", "Android", "Excel", "PowerPoint", "Photoshop", "Illustrator",
    };

    // Abbreviations house styles write in lower case: "capex", "Barclays plc".
    private static readonly HashSet<string> LowerCaseByStyle = new(StringComparer.Ordinal) { "capex", "opex", "plc" };

    public override string Id => "CAPITALIZATION_PROPER_NOUN";

    public override string Category => ProofCategory.Grammar;

    protected override void Check(Sentence sentence, ProofContext context, List<ProofIssue> issues)
    {
        var t = sentence.Tokens;
        for (var i = 0; i < t.Count; i++)
        {
            var token = t[i];
            if (!token.IsWord || Casing.Of(token.Text) != WordCasing.Lower || (i > 0 && !t[i].SpaceBefore && t[i - 1].Text is "." or "/" or "@" or "#" or "-" or "_"))
            {
                continue;
            }

            if (i + 1 < t.Count && !t[i + 1].SpaceBefore && t[i + 1].Text is "." or "/" or "@" or "_" or ":" && i + 2 < t.Count && !t[i + 2].SpaceBefore)
            {
                continue;
            }

            string? fix = null;
            if (Always.Contains(token.Lower) && token.Lower != "internet")
            {
                fix = context.Resources.Dictionary.ContainsExact(Casing.ToTitle(token.Lower)) ? Casing.ToTitle(token.Lower) : null;
            }
            // Only names whose casing is distinctive (JavaScript, PostgreSQL, GitHub): a plain
            // capitalised name may collide with a Latin or foreign word ("magna cum laude").
            else if (!token.HasDigit && !LowerCaseByStyle.Contains(token.Text) && context.Vocabulary.Canonical(token.Text) is { } canonical && canonical != token.Text
                && (canonical.Skip(1).Any(char.IsUpper) || WellKnownNames.Contains(canonical)) && !context.Resources.Dictionary.ContainsExact(token.Lower) && !context.IsPersonal(token.Text)
                && token.Length > 2)
            {
                fix = canonical;
            }

            if (fix is not null)
            {
                issues.Add(Issue(token, $"\"{fix}\" is a proper noun and is written with capitals.", fix));
            }
        }
    }
}

/// <summary>"Forexample, My cousin": a capitalised function word in the middle of a sentence.</summary>
internal sealed class MidSentenceCapitalRule : SentenceRule
{
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "My", "The", "We", "Our", "It", "Its", "This", "That", "These", "Those", "They", "Their", "He", "She", "His", "Her", "And",
        "But", "So", "Because", "You", "Your", "Some", "Many", "Most", "When", "If", "Then", "There", "What", "Which", "Who",
    };

    public override string Id => "CAPITALIZATION_MID_SENTENCE";

    public override string Category => ProofCategory.Grammar;

    protected override void Check(Sentence sentence, ProofContext context, List<ProofIssue> issues)
    {
        if (sentence.Line.IsHeading || sentence.Line.IsList)
        {
            return;
        }

        var t = sentence.Tokens;
        for (var i = 2; i < t.Count; i++)
        {
            // Only after a comma: after a colon, a quote or a dash a capital may begin a new clause.
            // Before another capital it opens a name: "Student Travel Award, The APS Annual Convention".
            if (t[i].IsWord && t[i - 1].Text == "," && FunctionWords.Contains(t[i].Text) && t[i - 2].IsWord
                && !(i + 1 < t.Count && t[i + 1].IsWord && char.IsUpper(t[i + 1].Text[0]) && t[i + 1].Text != "I"))
            {
                issues.Add(Issue(t[i], $"\"{t[i].Text}\" does not start a sentence here: write it in lower case.", t[i].Lower));
            }
        }
    }
}
