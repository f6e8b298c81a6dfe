namespace ResumeRefiner.Core.Proofreading.Text;

internal enum TokenKind
{
    Word,
    Number,
    Punctuation,
}

/// <summary>A word, number or punctuation mark with its absolute position in the text.</summary>
internal sealed class Token(int start, string text, TokenKind kind)
{
    public int Start { get; } = start;
    public string Text { get; } = text;
    public TokenKind Kind { get; } = kind;
    public int Length => Text.Length;
    public int End => Start + Text.Length;
    public string Lower { get; } = text.ToLowerInvariant();
    public bool IsWord => Kind == TokenKind.Word;
    public bool HasDigit => Text.Any(char.IsAsciiDigit);

    /// <summary>Whitespace before this token (false for the first token of a line).</summary>
    public bool SpaceBefore { get; init; }

    public override string ToString() => Text;
}

internal static class Tokenizer
{
    /// <summary>Tokenizes text[start..end) (one line).</summary>
    public static List<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>();
        var i = start;
        var space = false;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                i++;
                continue;
            }

            var s = i;
            if (char.IsLetterOrDigit(c))
            {
                i++;
                while (i < end)
                {
                    var d = text[i];
                    if (char.IsLetterOrDigit(d) || char.GetUnicodeCategory(d) is System.Globalization.UnicodeCategory.NonSpacingMark)
                    {
                        i++;
                    }
                    else if (d is '\'' or '’' or '`' or '-' or '.' or '_' or '‑' && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))
                    {
                        i += 2;
                    }
                    else
                    {
                        break;
                    }
                }

                // C++, C#, F#: the symbol belongs to the name.
                if (i < end && text[i] == '#' && i - s == 1)
                {
                    i++;
                }
                else if (i + 1 < end && text[i] == '+' && text[i + 1] == '+')
                {
                    i += 2;
                }

                var word = text[s..i];
                var kind = word.Any(char.IsLetter) ? TokenKind.Word : TokenKind.Number;
                tokens.Add(new Token(s, word, kind) { SpaceBefore = space });
            }
            else
            {
                i++;
                tokens.Add(new Token(s, text[s..i], TokenKind.Punctuation) { SpaceBefore = space });
            }

            space = false;
        }

        return tokens;
    }
}
