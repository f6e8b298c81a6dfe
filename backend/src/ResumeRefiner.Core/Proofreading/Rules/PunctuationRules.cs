using ResumeRefiner.Core.Proofreading.Text;

namespace ResumeRefiner.Core.Proofreading.Rules;

/// <summary>"word ,", "word .": no space goes before a comma, period, colon or semicolon;
/// "a,b": one space goes after a comma between words.</summary>
internal sealed class PunctuationSpacingRule : SentenceRule
{
    public override string Id => "PUNCTUATION_SPACING";

    public override string Category => ProofCategory.Punctuation;

    protected override void Check(Sentence sentence, ProofContext context, List<ProofIssue> issues)
    {
        var t = sentence.Tokens;
        for (var i = 1; i < t.Count; i++)
        {
            var p = t[i];
            if (p.Text is "," or ";" or "!" or "?" or "." && p.SpaceBefore && t[i - 1].IsWord
                && !(p.Text == "." && i + 1 < t.Count && !t[i + 1].SpaceBefore))
            {
                var start = t[i - 1].End;
                issues.Add(Issue(start, p.End - start, $"Remove the space before \"{p.Text}\".", p.Text));
            }
            else if (p.Text == "," && !p.SpaceBefore && i + 1 < t.Count && !t[i + 1].SpaceBefore && t[i + 1].IsWord && t[i - 1].IsWord
                && !t[i + 1].HasDigit && !t[i - 1].HasDigit)
            {
                issues.Add(Issue(p.Start, p.Length, "Put a space after the comma.", ", "));
            }
        }
    }
}

/// <summary>",,", "!!", ". .": punctuation typed twice. An ellipsis "..." is fine.</summary>
internal sealed class DoubledPunctuationRule : SentenceRule
{
    public override string Id => "PUNCTUATION_DOUBLED";

    public override string Category => ProofCategory.Punctuation;

    protected override void Check(Sentence sentence, ProofContext context, List<ProofIssue> issues)
    {
        var t = sentence.Tokens;
        for (var i = 1; i < t.Count; i++)
        {
            if (t[i].Text is "," or ";" or "!" or "?" or ":" or "." && t[i - 1].Text == t[i].Text && !t[i].SpaceBefore)
            {
                var isEllipsis = t[i].Text == "." && (i + 1 < t.Count && t[i + 1].Text == "." || i >= 2 && t[i - 2].Text == ".");
                if (!isEllipsis && !(t[i].Text is "!" or "?"))
                {
                    issues.Add(Issue(t[i - 1].Start, 2, $"\"{t[i].Text}\" is typed twice.", t[i].Text));
                }
            }
        }
    }
}

/// <summary>An opening bracket or quote on a line without its closing partner, or the reverse.</summary>
internal sealed class UnbalancedBracketRule : IProofRule
{
    public string Id => "PUNCTUATION_UNBALANCED";

    public string Category => ProofCategory.Punctuation;

    public void Check(ProofDocument document, ProofContext context, List<ProofIssue> issues)
    {
        foreach (var line in document.Lines)
        {
            var stack = new Stack<Token>();
            foreach (var t in line.Tokens)
            {
                switch (t.Text)
                {
                    case "(" or "[" or "{":
                        stack.Push(t);
                        break;
                    case ")" or "]" or "}":
                        var open = t.Text switch { ")" => "(", "]" => "[", _ => "{" };
                        if (stack.Count > 0 && stack.Peek().Text == open)
                        {
                            stack.Pop();
                        }
                        else if (!(t.Text == ")" && line.Tokens.IndexOf(t) <= 2))
                        {
                            // "a)" and "1)" list markers close nothing on purpose.
                            issues.Add(new ProofIssue(t.Start, t.Length, Category, Id, $"\"{t.Text}\" has no matching \"{open}\".", [""]));
                        }

                        break;
                }
            }

            foreach (var t in stack)
            {
                issues.Add(new ProofIssue(t.Start, t.Length, Category, Id, $"\"{t.Text}\" is never closed on this line.", []));
            }

            var quotes = line.Tokens.Where(x => x.Text == "\"").ToList();
            if (quotes.Count % 2 == 1)
            {
                issues.Add(new ProofIssue(quotes[^1].Start, 1, Category, Id, "This quotation mark has no partner on the line.", []));
            }
        }
    }
}

/// <summary>"12years", "3hours": a number glued to the word it counts.</summary>
internal sealed class NumberSpacingRule : SentenceRule
{
    public override string Id => "TYPOGRAPHY_NUMBER_SPACING";

    public override string Category => ProofCategory.Typography;

    protected override void Check(Sentence sentence, ProofContext context, List<ProofIssue> issues)
    {
        var tokens = sentence.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (!t.IsWord || !char.IsAsciiDigit(t.Text[0]) || IsListItem(tokens, i))
            {
                continue;
            }

            var digits = t.Text.TakeWhile(char.IsAsciiDigit).Count();
            var rest = t.Text[digits..];
            if (rest.Length >= 4 && rest.All(char.IsLower) && context.Resources.Dictionary.ContainsExact(rest) && !context.Vocabulary.Contains(rest)
                && Units.Contains(rest))
            {
                issues.Add(Issue(t, $"Put a space between the number and \"{rest}\".", t.Text[..digits] + " " + rest));
            }
        }
    }

    // Counts and units people glue to a number ("12years", "100million"). Any other word glued to a digit is more
    // often a product's name ("in 7shifts", "on 99designs") than a missing space.
    private static readonly HashSet<string> Units = new(StringComparer.Ordinal)
    {
        "year", "years", "month", "months", "week", "weeks", "days", "hour", "hours", "minute", "minutes", "seconds",
        "hundred", "thousand", "million", "millions", "billion", "billions", "percent", "times", "people", "persons",
        "members", "employees", "staff", "students", "users", "clients", "customers", "patients", "projects", "miles",
        "pounds", "dollars", "euros", "feet", "meters", "metres", "inches",
    };

    // "Systems: Resy, 7shifts, MarketMan": a glued word standing alone as an item of a comma series is a name, not a
    // count ("Experience: 12years" has no series and is still flagged).
    private static bool IsListItem(List<Token> tokens, int i)
    {
        var before = i == 0 ? "" : tokens[i - 1].Text;
        var after = i + 1 == tokens.Count ? "" : tokens[i + 1].Text;
        return before is "" or "," or ":" or ";" && after is "" or "," or ";" && (before == "," || after == ",");
    }
}

/// <summary>Two or more spaces between words.</summary>
internal sealed class MultipleSpacesRule : IProofRule
{
    public string Id => "TYPOGRAPHY_MULTIPLE_SPACES";

    public string Category => ProofCategory.Typography;

    public void Check(ProofDocument document, ProofContext context, List<ProofIssue> issues)
    {
        foreach (var line in document.Lines)
        {
            var t = line.Tokens;
            for (var i = 1; i < t.Count; i++)
            {
                var gap = t[i].Start - t[i - 1].End;
                if (gap >= 2 && gap <= 3 && document.Text.AsSpan(t[i - 1].End, gap).Trim(' ').IsEmpty && t[i - 1].IsWord && t[i].IsWord && Casing.Of(t[i - 1].Text) == WordCasing.Lower && Casing.Of(t[i].Text) == WordCasing.Lower)
                {
                    issues.Add(new ProofIssue(t[i - 1].End, gap, Category, Id, "Use one space between words.", [" "]));
                }
            }
        }
    }
}

/// <summary>
/// "If we have this quality then no one can beat us", "When someone has two subjects it would
/// help": a sentence that opens with a subordinate clause wants a comma where the main clause
/// begins. Only the clear boundaries are judged: "then", or a subject pronoun followed by an
/// auxiliary, after a noun or adjective (not after a verb that takes a clause: "When I think it
/// is", nor after "that", "what" or a preposition).
/// </summary>
internal sealed class SubordinateClauseCommaRule : SentenceRule
{
    private static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase)
    {
        "if", "when", "although", "though", "because", "once", "unless", "whenever",
    };

    private static readonly HashSet<string> SubjectPronouns = new(StringComparer.OrdinalIgnoreCase) { "i", "we", "you", "he", "she", "they", "it" };

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "can", "will", "would", "should", "must", "could", "may", "might", "is", "are", "was", "were", "have", "has", "had",
        "cannot", "can't", "won't", "wouldn't", "shouldn't", "couldn't", "don't", "doesn't", "didn't", "isn't", "aren't",
    };

    // Words after which a pronoun does not start the main clause.
    private static readonly HashSet<string> NotBoundary = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "what", "which", "who", "whom", "whose", "where", "when", "how", "why", "if", "whether", "and", "or", "but", "nor",
        "than", "as", "so", "because", "to", "of", "for", "with", "about", "from", "by", "at", "on", "in", "into", "like", "since",
        "think", "thinks", "thought", "know", "knows", "knew", "believe", "believes", "believed", "say", "says", "said", "feel",
        "feels", "felt", "hope", "hopes", "hoped", "guess", "mean", "means", "meant", "suppose", "realize", "realise", "find",
        "finds", "found", "see", "sees", "saw", "understand", "agree", "expect", "wish", "show", "shows", "showed", "tell",
        "tells", "told", "sure", "decide", "decided", "notice", "noticed", "ensure", "make", "makes", "made", "let", "lets",
        "heard", "hear", "learn", "learned", "remember", "forget", "forgot", "assume", "imagine", "doubt", "seems", "seem",
        "whatever", "whoever", "wherever", "unless", "until", "before", "after", "while", "although", "though", "even", "not",
        "then", "also", "only", "just",
    };

    public override string Id => "PUNCTUATION_SUBORDINATE_CLAUSE_COMMA";

    public override string Category => ProofCategory.Punctuation;

    protected override void Check(Sentence sentence, ProofContext context, List<ProofIssue> issues)
    {
        var t = sentence.Tokens;
        var first = sentence.FirstWordIndex;
        if (first < 0 || !Openers.Contains(t[first].Lower) || sentence.Line.IsHeading || sentence.Line.IsList)
        {
            return;
        }

        for (var j = first + 3; j + 1 < t.Count; j++)
        {
            var token = t[j];
            var prev = t[j - 1];
            if (!token.IsWord)
            {
                // Already punctuated, or a clause of another shape.
                return;
            }

            if (!prev.IsWord || NotBoundary.Contains(prev.Lower) || !token.SpaceBefore)
            {
                continue;
            }

            var next = t[j + 1];
            var boundary = (token.Lower == "then" && next.IsWord)
                || (SubjectPronouns.Contains(token.Lower) && next.IsWord && Auxiliaries.Contains(next.Lower)
                    && (NounNumberRule.IsNoun(prev.Lower, context.Resources) || !IsVerb(prev.Lower, context))
                    && !prev.Lower.EndsWith("ed", StringComparison.Ordinal));
            if (!boundary)
            {
                continue;
            }

            issues.Add(Issue(prev.Start, token.Start - prev.Start, $"Put a comma after the opening \"{t[first].Text} ...\" clause.", prev.Text + ", "));
            return;
        }
    }

    private static bool IsVerb(string lower, ProofContext context) =>
        English.IsBaseVerb(lower, context.Resources) || English.BaseOfThirdPerson(lower, context.Resources) is not null;
}
