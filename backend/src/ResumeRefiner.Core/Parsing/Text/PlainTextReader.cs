using System.Text;
using System.Text.RegularExpressions;
using ResumeRefiner.Core.Parsing.Layout;

namespace ResumeRefiner.Core.Parsing.Text;

/// <summary>Reads plain text and Markdown into lines; Markdown headings, lists, emphasis and links are understood.</summary>
internal static partial class PlainTextReader
{
    [GeneratedRegex(@"^(#{1,6})\s+(.*?)\s*#*\s*$")]
    private static partial Regex AtxHeadingRegex();

    [GeneratedRegex(@"^\s*(?:[-*+]|\d{1,2}[.)])\s+")]
    private static partial Regex MarkdownListRegex();

    [GeneratedRegex(@"!?\[([^\]]*)\]\(([^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex MarkdownLinkRegex();

    [GeneratedRegex(@"<((?:https?://|mailto:)[^>]+)>")]
    private static partial Regex AutoLinkRegex();

    [GeneratedRegex(@"(\*\*|__)(.+?)\1")]
    private static partial Regex StrongRegex();

    [GeneratedRegex(@"(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])")]
    private static partial Regex EmphasisRegex();

    [GeneratedRegex(@"^\s*(?:={3,}|-{3,})\s*$")]
    private static partial Regex SetextUnderlineRegex();

    [GeneratedRegex(@"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")]
    private static partial Regex TableRuleRegex();

    [GeneratedRegex(@" {3,}|\t+")]
    private static partial Regex WideGapRegex();

    [GeneratedRegex(@"(?<=^\s*)[o>]\s+(?=[\p{Lu}\d$])")]
    private static partial Regex LetterBulletRegex();

    private static readonly UTF8Encoding Utf8 = new(false, false);

    public static LayoutDocument Read(Stream content, bool markdown, CancellationToken cancellationToken)
    {
        string text;
        using (var reader = new StreamReader(content, Utf8, detectEncodingFromByteOrderMarks: true, leaveOpen: true))
        {
            text = reader.ReadToEnd();
        }

        var links = new List<string>();
        var lines = new List<DocLine>();
        var raw = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var blankBefore = true;
        for (var i = 0; i < raw.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var line = raw[i].Replace('\f', ' ');
            if (string.IsNullOrWhiteSpace(line))
            {
                blankBefore = true;
                continue;
            }

            var heading = 0;
            var listItem = false;
            var bold = false;
            // A line of "=" or "-" under a line of text underlines it as a heading, in plain text as in Markdown;
            // after a blank line it is a rule between parts.
            if (SetextUnderlineRegex().IsMatch(line))
            {
                if (lines.Count > 0 && !blankBefore)
                {
                    lines[^1] = Copy(lines[^1], heading: line.TrimStart()[0] == '=' ? 1 : 2);
                }
                else
                {
                    blankBefore = true;
                }

                continue;
            }

            if (markdown)
            {
                if (TableRuleRegex().IsMatch(line) || line.Trim() is "---" or "***" or "___")
                {
                    blankBefore = true;
                    continue;
                }

                var atx = AtxHeadingRegex().Match(line);
                if (atx.Success)
                {
                    heading = atx.Groups[1].Length;
                    line = atx.Groups[2].Value;
                }

                var list = MarkdownListRegex().Match(line);
                if (heading == 0 && list.Success)
                {
                    listItem = true;
                    line = new string(' ', list.Index) + "• " + line[list.Length..];
                }

                var trimmed = line.Trim();
                bold = trimmed.StartsWith("**", StringComparison.Ordinal) && trimmed.EndsWith("**", StringComparison.Ordinal);
                line = MarkdownLinkRegex().Replace(line, m =>
                {
                    links.Add(m.Groups[2].Value);
                    return m.Value.StartsWith('!') ? string.Empty : m.Groups[1].Value;
                });
                line = AutoLinkRegex().Replace(line, m =>
                {
                    links.Add(m.Groups[1].Value);
                    return m.Groups[1].Value;
                });
                line = StrongRegex().Replace(line, "$2");
                line = EmphasisRegex().Replace(line, "$2");
                line = line.Replace("\\", string.Empty, StringComparison.Ordinal);
            }

            // Word's hollow sub-bullet, pasted as text, is the letter "o" ("  o Drove 4,050 km…"); ">" serves too.
            var letterBullet = LetterBulletRegex().Match(line);
            if (letterBullet.Success)
            {
                line = line[..letterBullet.Index] + "• " + line[(letterBullet.Index + letterBullet.Length)..];
            }

            var indent = line.Length - line.TrimStart().Length;
            IEnumerable<string> pieces = markdown && line.Trim().StartsWith('|')
                ? line.Trim().Trim('|').Split('|')
                : WideGapRegex().Split(line.Trim());
            var segments = pieces.Select(TextCleaner.Clean).Where(s => s.Length > 0)
                .Select(s => new LineSegment(s, indent, 0, bold)).ToList();
            if (segments.Count == 0)
            {
                continue;
            }

            lines.Add(new DocLine(segments)
            {
                Left = indent,
                Top = lines.Count,
                HeadingLevel = heading,
                ListItem = listItem,
                Bold = bold || heading > 0,
                ParagraphStart = blankBefore,
                GapAbove = blankBefore ? 2 : 1,
            });
            blankBefore = false;
        }

        if (lines.Count == 0)
        {
            throw new UnreadableDocumentException(UnreadableReason.Empty,
                "The file contains no text. Check that you picked the right file and upload it again.");
        }

        return new LayoutDocument(lines, links, markdown ? DocumentKind.Markdown : DocumentKind.Text);
    }

    private static DocLine Copy(DocLine line, int heading) => new(line.Segments)
    {
        FontSize = line.FontSize,
        Bold = true,
        Left = line.Left,
        Right = line.Right,
        Top = line.Top,
        Page = line.Page,
        GapAbove = line.GapAbove,
        ListItem = false,
        HeadingLevel = heading,
        ParagraphStart = line.ParagraphStart,
    };
}
