using System.Text;

namespace ResumeRefiner.Core.Export.Text;

/// <summary>Markdown: <c>#</c> name, <c>##</c> sections, <c>###</c> entries, <c>-</c> bullets; user text escaped.</summary>
internal static class MarkdownWriter
{
    public static string Write(ResumeOutline outline)
    {
        var text = new StringBuilder();
        BlockKind? previous = null;
        foreach (var block in outline.Blocks)
        {
            // Paragraph-level blocks need a blank line between them; consecutive bullets form one list.
            if (previous is not null && !(block.Kind == BlockKind.Bullet && previous == BlockKind.Bullet))
            {
                text.Append('\n');
            }

            var body = Escape(block.Text);
            text.Append(block.Kind switch
            {
                BlockKind.Name => "# " + body,
                BlockKind.Headline => $"**{body}**",
                BlockKind.SectionHeading => "## " + body,
                BlockKind.EntryTitle => "### " + body,
                BlockKind.EntryDetail => $"*{body}*",
                BlockKind.Bullet => "- " + body,
                BlockKind.Labelled => $"**{Escape(block.Label ?? string.Empty)}:** {body}",
                _ => body,
            });
            text.Append('\n');
            previous = block.Kind;
        }

        return text.ToString();
    }

    /// <summary>Escapes characters that would turn user text into markup ("C# *nix" must stay literal).</summary>
    internal static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var atStart = i == 0;
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>'
                || (atStart && c is '#' or '+' or '-' or '='))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        // "1. Led..." at the start would become a numbered list.
        var s = builder.ToString();
        var dot = s.IndexOf(". ", StringComparison.Ordinal);
        if (dot > 0 && dot <= 9 && s[..dot].All(char.IsAsciiDigit))
        {
            s = s[..dot] + "\\" + s[dot..];
        }

        return s;
    }
}
