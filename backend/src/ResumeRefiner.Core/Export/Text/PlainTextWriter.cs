using System.Text;

namespace ResumeRefiner.Core.Export.Text;

/// <summary>Plain text: upper-case section headings, "- " bullets, one blank line between entries.</summary>
internal static class PlainTextWriter
{
    public static string Write(ResumeOutline outline)
    {
        var text = new StringBuilder();
        BlockKind? previous = null;
        foreach (var block in outline.Blocks)
        {
            if (block.Kind is BlockKind.SectionHeading || block.Kind is BlockKind.EntryTitle && previous is not (BlockKind.SectionHeading or BlockKind.EntryTitle))
            {
                text.Append('\n');
            }

            text.Append(block.Kind switch
            {
                BlockKind.SectionHeading => block.Text.ToUpperInvariant(),
                BlockKind.Bullet => "- " + block.Text,
                BlockKind.Labelled => $"{block.Label}: {block.Text}",
                _ => block.Text,
            });
            text.Append('\n');
            previous = block.Kind;
        }

        return text.ToString();
    }
}
