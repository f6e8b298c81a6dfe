namespace ResumeRefiner.Core.Parsing.Layout;

/// <summary>
/// Bounds on what the field readers see. Their patterns (dates, phones, links) are fast on lines a person
/// writes but cost far more than linear time on a single line of megabytes, so a hostile file could hold a
/// worker for minutes. A real resume has no line near these limits.
/// </summary>
internal static class LineLimits
{
    /// <summary>Longer than any bullet or summary paragraph people write (about 300 words).</summary>
    public const int MaxLineLength = 2_000;

    /// <summary>Forty full pages of text.</summary>
    public const int MaxLines = 4_000;

    /// <summary>About a hundred pages of dense text; a long academic CV has a fifth of that. An edited resume has the same bound.</summary>
    public const int MaxCharacters = Model.ResumeLimits.MaxTotalCharacters;

    public static LayoutDocument Apply(LayoutDocument document)
    {
        if (document.Lines.Count > MaxLines || document.Lines.Sum(l => (long)l.Text.Length) > MaxCharacters)
        {
            throw new UnreadableDocumentException(UnreadableReason.TooLong,
                "The document holds far more text than a resume could need, so it was not read. Upload the resume on its own.");
        }

        if (document.Lines.All(l => l.Text.Length <= MaxLineLength))
        {
            return document;
        }

        var lines = new List<DocLine>(document.Lines.Count);
        foreach (var line in document.Lines)
        {
            if (line.Text.Length <= MaxLineLength)
            {
                lines.Add(line);
                continue;
            }

            var first = true;
            foreach (var piece in Split(line.Text))
            {
                lines.Add(new DocLine(piece)
                {
                    FontSize = line.FontSize,
                    Bold = line.Bold,
                    Left = line.Left,
                    Right = line.Right,
                    Top = line.Top,
                    Page = line.Page,
                    GapAbove = first ? line.GapAbove : 0,
                    ListItem = first && line.ListItem,
                    HeadingLevel = first ? line.HeadingLevel : 0,
                    ParagraphStart = first && line.ParagraphStart,
                });
                first = false;
            }
        }

        return document with { Lines = lines };
    }

    /// <summary>Cuts after the last sentence end (else the last space) that keeps a piece within the limit.</summary>
    private static IEnumerable<string> Split(string text)
    {
        var start = 0;
        while (text.Length - start > MaxLineLength)
        {
            var window = text.AsSpan(start, MaxLineLength);
            var cut = window.LastIndexOf(". ");
            cut = cut > MaxLineLength / 2 ? cut + 1 : window.LastIndexOf(' ');
            if (cut <= 0)
            {
                cut = MaxLineLength;
            }

            yield return text.Substring(start, cut).Trim();
            start += cut;
        }

        yield return text[start..].Trim();
    }
}
