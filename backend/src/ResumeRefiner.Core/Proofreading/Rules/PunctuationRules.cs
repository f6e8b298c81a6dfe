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
        foreach (var t in sentence.Tokens)
        {
            if (!t.IsWord || !char.IsAsciiDigit(t.Text[0]))
            {
                continue;
            }

            var digits = t.Text.TakeWhile(char.IsAsciiDigit).Count();
            var rest = t.Text[digits..];
            if (rest.Length >= 4 && rest.All(char.IsLower) && context.Resources.Dictionary.ContainsExact(rest) && !context.Vocabulary.Contains(rest)
                && rest is not ("th" or "st" or "nd" or "rd"))
            {
                issues.Add(Issue(t, $"Put a space between the number and \"{rest}\".", t.Text[..digits] + " " + rest));
            }
        }
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
