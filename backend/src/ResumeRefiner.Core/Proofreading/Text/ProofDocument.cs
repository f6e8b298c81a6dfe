namespace ResumeRefiner.Core.Proofreading.Text;

/// <summary>One line of a resume: a bullet, a heading, a summary paragraph or a skills list.</summary>
internal sealed class Line
{
    public required int Start { get; init; }
    public required int End { get; init; }

    /// <summary>Where the text begins after a bullet marker ("•", "-", "*", "1.").</summary>
    public required int ContentStart { get; init; }

    public required bool IsBullet { get; init; }
    public required List<Token> Tokens { get; init; }
    public List<Sentence> Sentences { get; } = [];

    /// <summary>A short line without terminal punctuation whose words are capitalised
    /// ("WORK EXPERIENCE", "Technical Skills:").</summary>
    public bool IsHeading { get; set; }

    /// <summary>"Python, Java, Kubernetes" or "Skills: ..." — a list, not a sentence.</summary>
    public bool IsList { get; set; }
}

/// <summary>A sentence or a bullet fragment: the unit grammar rules look at.</summary>
internal sealed class Sentence
{
    public required Line Line { get; init; }
    public required List<Token> Tokens { get; init; }

    /// <summary>The first sentence of its line.</summary>
    public required bool StartsLine { get; init; }

    public int Start => Tokens[0].Start;
    public int End => Tokens[^1].End;

    /// <summary>Index of the first word token (after opening quotes or brackets), or -1.</summary>
    public int FirstWordIndex => Tokens.FindIndex(t => t.Kind != TokenKind.Punctuation);

    /// <summary>
    /// The sentence surely starts here: at the start of its line, or after a "?" or after a "."
    /// or "!" that follows an ordinary lower-case word. After "Yahoo!", "incl." or an unknown
    /// short word with a period the split is a guess, and a guess must not re-case a word.
    /// </summary>
    public required bool CertainStart { get; init; }
}

/// <summary>The checked text split into lines, tokens and sentences.</summary>
internal sealed class ProofDocument
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "inc", "ltd", "co", "corp", "vs", "etc", "e.g", "i.e", "eg", "ie",
        "approx", "dept", "est", "no", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "b.sc", "m.sc", "b.a", "m.a", "ph.d", "b.s", "m.s", "u.s", "u.k", "mba", "bsc", "msc", "ba", "ma", "phd",
        "incl", "excl", "approx", "ca", "cf", "al", "avg", "min", "max", "mgmt", "mgr", "govt", "univ", "assoc", "intl",
        "natl", "dept", "div", "corp", "bros", "llc", "plc", "gmbh", "ag", "pty", "ave", "blvd", "rd", "mt", "ft", "hr", "hrs",
        "yr", "yrs", "mo", "mos", "wk", "wks", "tel", "ext", "ref", "vol", "pp", "resp", "esp", "misc", "viz", "et", "nr",
    };

    public required string Text { get; init; }
    public List<Line> Lines { get; } = [];
    public IEnumerable<Sentence> Sentences => Lines.SelectMany(l => l.Sentences);

    public static ProofDocument Parse(string text)
    {
        var doc = new ProofDocument { Text = text };
        var pos = 0;
        while (pos <= text.Length)
        {
            var nl = text.IndexOf('\n', pos);
            var end = nl < 0 ? text.Length : nl;
            var lineEnd = end > pos && text[end - 1] == '\r' ? end - 1 : end;
            doc.Lines.Add(ParseLine(text, pos, lineEnd));
            if (nl < 0)
            {
                break;
            }

            pos = nl + 1;
        }

        return doc;
    }

    private static Line ParseLine(string text, int start, int end)
    {
        var i = start;
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        var contentStart = i;
        var isBullet = false;
        if (i < end && "•·▪◦●‣■□➢✓-*–—>".Contains(text[i], StringComparison.Ordinal) && i + 1 < end && char.IsWhiteSpace(text[i + 1]))
        {
            isBullet = true;
            contentStart = i + 2;
        }
        else
        {
            var j = i;
            while (j < end && char.IsAsciiDigit(text[j]))
            {
                j++;
            }

            if (j > i && j - i <= 2 && j + 1 < end && text[j] is '.' or ')' && char.IsWhiteSpace(text[j + 1]))
            {
                isBullet = true;
                contentStart = j + 2;
            }
        }

        var tokens = Tokenizer.Tokenize(text, contentStart, end);
        var line = new Line { Start = start, End = end, ContentStart = contentStart, IsBullet = isBullet, Tokens = tokens };
        if (tokens.Count == 0)
        {
            return line;
        }

        var words = tokens.Where(t => t.IsWord).ToList();
        var last = tokens[^1].Text;
        var terminal = last is "." or "!" or "?";
        line.IsHeading = !isBullet && !terminal && words.Count is > 0 and <= 6
            && words.All(w => char.IsUpper(w.Text[0]) || w.Lower is "and" or "of" or "&" or "the" or "in" or "for" or "to");
        var commas = tokens.Count(t => t.Text is "," or "|" or ";" or "/");
        line.IsList = !terminal && (commas >= 2 || tokens.Any(t => t.Text == ":") && commas >= 1);

        var sentenceStart = 0;
        var certain = true;
        for (var k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            if (t.Text is "." or "!" or "?" && IsSentenceEnd(tokens, k))
            {
                var mark = k;

                // Keep closing quotes and brackets with the sentence they close.
                while (k + 1 < tokens.Count && tokens[k + 1].Text is "\"" or "”" or "'" or ")" or "." or "!" or "?" && !tokens[k + 1].SpaceBefore)
                {
                    k++;
                }

                line.Sentences.Add(new Sentence { Line = line, Tokens = tokens[sentenceStart..(k + 1)], StartsLine = sentenceStart == 0, CertainStart = certain });
                sentenceStart = k + 1;
                certain = IsCertainEnd(tokens, mark);
            }
        }

        if (sentenceStart < tokens.Count)
        {
            line.Sentences.Add(new Sentence { Line = line, Tokens = tokens[sentenceStart..], StartsLine = sentenceStart == 0, CertainStart = certain });
        }

        return line;
    }

    private static bool IsSentenceEnd(List<Token> tokens, int k)
    {
        if (k + 1 >= tokens.Count)
        {
            return true;
        }

        var next = tokens[k + 1];
        if (!next.SpaceBefore)
        {
            return false;
        }

        // "Yahoo! has", "Jeopardy! champion": an exclamation mark inside a name.
        if (tokens[k].Text == "!" && k > 0 && tokens[k - 1].IsWord && char.IsUpper(tokens[k - 1].Text[0]) && next.IsWord && char.IsLower(next.Text[0]))
        {
            return false;
        }

        if (tokens[k].Text == "." && k > 0 && !tokens[k].SpaceBefore)
        {
            var prev = tokens[k - 1];
            // "B.Tech.", "Ph.D.", "e.g.": a dotted abbreviation; "J." an initial.
            if (prev.IsWord && (Abbreviations.Contains(prev.Text) || prev.Text.Contains('.', StringComparison.Ordinal) || (prev.Length == 1 && char.IsUpper(prev.Text[0]))))
            {
                return false;
            }

            // A line that opens with a short lower-case word and its full stop is an abbreviated title or degree
            // ("lic. in Neuroscience", "mgr. inż."), not a one-word sentence.
            if (k == 1 && prev.IsWord && prev.Length <= 5 && prev.Text.All(char.IsLower) && next.IsWord && char.IsLower(next.Text[0]))
            {
                return false;
            }
        }

        // Abbreviations were handled above: a period followed by a space ends the sentence even
        // when the next word is (wrongly) in lower case.
        return true;
    }

    /// <summary>The mark at <paramref name="k"/> surely ends a sentence: a "?", or a "." or "!"
    /// right after an ordinary lower-case word that is no abbreviation.</summary>
    private static bool IsCertainEnd(List<Token> tokens, int k)
    {
        if (tokens[k].Text == "?")
        {
            return true;
        }

        if (k == 0 || tokens[k].SpaceBefore)
        {
            return false;
        }

        var prev = tokens[k - 1];
        return prev.IsWord && prev.Length >= 3 && prev.Text.All(char.IsLower) && !Abbreviations.Contains(prev.Text);
    }
}
