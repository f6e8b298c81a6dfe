using PdfSharp.Drawing;

namespace ResumeRefiner.Core.Export.Pdf;

/// <summary>Breaks outline blocks into measured lines for one template and text width.</summary>
internal sealed class Typesetter : IDisposable
{
    private readonly PdfTemplateStyle style;
    private readonly double width;
    private readonly XGraphics measure;
    private readonly XFont name;
    private readonly XFont headline;
    private readonly XFont contact;
    private readonly XFont heading;
    private readonly XFont title;
    private readonly XFont detail;
    private readonly XFont body;
    private readonly XFont bodyBold;
    private readonly XBrush ink = XBrushes.Black;
    private readonly XBrush accent;
    private readonly XBrush muted;
    private readonly Dictionary<(XFont, string), double> widths = [];

    public Typesetter(PdfTemplateStyle style, double width)
    {
        EmbeddedFonts.EnsureInstalled();
        this.style = style;
        this.width = width;
        measure = XGraphics.CreateMeasureContext(new XSize(width, 1000), XGraphicsUnit.Point, XPageDirection.Downwards);
        name = new XFont(style.Family, style.NameSize, XFontStyleEx.Bold);
        headline = new XFont(style.Family, style.HeadlineSize, XFontStyleEx.Regular);
        contact = new XFont(style.Family, style.ContactSize, XFontStyleEx.Regular);
        heading = new XFont(style.Family, style.HeadingSize, XFontStyleEx.Bold);
        title = new XFont(style.Family, style.TitleSize, XFontStyleEx.Bold);
        detail = new XFont(style.Family, style.DetailSize, XFontStyleEx.Regular);
        body = new XFont(style.Family, style.BodySize, XFontStyleEx.Regular);
        bodyBold = new XFont(style.Family, style.BodySize, XFontStyleEx.Bold);
        accent = new XSolidBrush(style.Accent);
        muted = new XSolidBrush(style.Muted);
    }

    public void Dispose() => measure.Dispose();

    public List<LaidBlock> Lay(IReadOnlyList<OutlineBlock> blocks)
    {
        var result = new List<LaidBlock>(blocks.Count);
        BlockKind? previous = null;
        foreach (var block in blocks)
        {
            result.Add(Lay(block, previous));
            previous = block.Kind;
        }

        return result;
    }

    private LaidBlock Lay(OutlineBlock block, BlockKind? previous)
    {
        var centred = style.CentreHeader && block.Kind is BlockKind.Name or BlockKind.Headline or BlockKind.Contact;
        var afterHeading = previous is BlockKind.SectionHeading or BlockKind.EntryTitle;
        switch (block.Kind)
        {
            case BlockKind.Name:
                return Block(block, Wrap([new Word(block.Text, name, accent)], width, 0), after: 3, centred: centred);
            case BlockKind.Headline:
                return Block(block, Wrap(Words(block.Text, headline, muted), width, 0), after: 2, centred: centred);
            case BlockKind.Contact:
                // Contact items never break inside ("San Francisco, CA" stays whole); lines break between items.
                var items = block.Text.Split(ResumeOutline.Separator)
                    .Select((item, i) => new Word(item, contact, ink, i == 0 ? " " : ResumeOutline.Separator, ContactLinks.For(item))).ToList();
                return Block(block, Wrap(items, width, 0), after: 2, centred: centred);
            case BlockKind.SectionHeading:
                var text = style.UpperCaseHeadings ? block.Text.ToUpperInvariant() : block.Text;
                return new LaidBlock
                {
                    Source = block,
                    Lines = Wrap(Words(text, heading, accent), width, 0),
                    SpaceBefore = style.SectionGap,
                    SpaceAfter = style.BodySize * 0.35,
                    RuleGap = 4,
                    RuleColor = style.Accent,
                };
            case BlockKind.EntryTitle:
                // A title too long for one line breaks at its " — " rather than mid-phrase, so a parser sees the
                // organisation and the role as two whole pieces instead of a title plus a stray fragment.
                var titleWords = Words(block.Text, title, ink).ToList();
                var dash = block.Text.IndexOf(ResumeOutline.Dash, StringComparison.Ordinal);
                if (Width(title, block.Text) > width && dash > 0)
                {
                    var lines = Wrap(Words(block.Text[..dash], title, ink), width, 0);
                    lines.AddRange(Wrap(Words(block.Text[(dash + ResumeOutline.Dash.Length)..], title, ink), width, 0));
                    return Block(block, lines, before: afterHeading ? 0 : style.EntryGap);
                }

                return Block(block, Wrap(titleWords, width, 0), before: afterHeading ? 0 : style.EntryGap);
            case BlockKind.EntryDetail:
                return Block(block, Wrap(Words(block.Text, detail, muted), width, 0), after: 1);
            case BlockKind.Bullet:
                var bulletIndent = style.BulletIndent;
                return new LaidBlock
                {
                    Source = block,
                    Lines = Wrap(Words(block.Text, body, ink), width - bulletIndent, bulletIndent),
                    SpaceBefore = 1,
                    Bullet = new Fragment("•", body, ink, 0),
                };
            case BlockKind.LetterParagraph:
                return Block(block, Wrap(Words(block.Text, body, ink), width, 0), before: style.BodySize);
            case BlockKind.Labelled:
                var words = new List<Word> { new($"{block.Label}:", bodyBold, ink) };
                words.AddRange(Words(block.Text, body, ink));
                return Block(block, Wrap(words, width, 0), before: 1.5);
            default:
                return Block(block, Wrap(Words(block.Text, body, ink), width, 0), before: afterHeading ? 0 : 2);
        }
    }

    private static LaidBlock Block(OutlineBlock block, IReadOnlyList<TextLine> lines, double before = 0, double after = 0, bool centred = false) =>
        new() { Source = block, Lines = lines, SpaceBefore = before, SpaceAfter = after, Centred = centred };

    private static IEnumerable<Word> Words(string text, XFont font, XBrush brush) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => new Word(w, font, brush));

    /// <summary>Greedy line breaking; a word wider than the line is cut between characters.</summary>
    private List<TextLine> Wrap(IEnumerable<Word> words, double available, double indent)
    {
        var lines = new List<TextLine>();
        var current = new List<(Word Word, double X)>();
        var x = 0.0;
        foreach (var raw in words.SelectMany(w => SplitLong(w, available)))
        {
            var joinerWidth = current.Count == 0 ? 0 : Width(raw.Font, raw.Joiner);
            var wordWidth = Width(raw.Font, raw.Text);
            if (current.Count > 0 && x + joinerWidth + wordWidth > available)
            {
                lines.Add(Line(current, x, indent));
                current = [];
                x = 0;
                joinerWidth = 0;
            }

            current.Add((raw, x + joinerWidth));
            x += joinerWidth + wordWidth;
        }

        if (current.Count > 0)
        {
            lines.Add(Line(current, x, indent));
        }

        return lines;
    }

    private IEnumerable<Word> SplitLong(Word word, double available)
    {
        if (Width(word.Font, word.Text) <= available)
        {
            yield return word;
            yield break;
        }

        var start = 0;
        var first = true;
        for (var end = 1; end <= word.Text.Length; end++)
        {
            if (end == word.Text.Length || Width(word.Font, word.Text[start..(end + 1)]) > available)
            {
                yield return word with { Text = word.Text[start..end], Joiner = first ? word.Joiner : string.Empty };
                first = false;
                start = end;
            }
        }
    }

    /// <summary>Merges neighbouring words of one font into one drawn string, so extracted text keeps its real spaces.</summary>
    private TextLine Line(List<(Word Word, double X)> words, double lineWidth, double indent)
    {
        var fragments = new List<Fragment>();
        var links = words.Where(w => w.Word.Link is not null)
            .Select(w => new LinkSpan(w.X, Width(w.Word.Font, w.Word.Text), w.Word.Link!, w.Word.Text)).ToList();
        var height = 0.0;
        var i = 0;
        while (i < words.Count)
        {
            var (word, x) = words[i];
            var text = word.Text;
            var j = i + 1;
            while (j < words.Count && words[j].Word.Font == word.Font && words[j].Word.Brush == word.Brush)
            {
                text += words[j].Word.Joiner + words[j].Word.Text;
                j++;
            }

            fragments.Add(new Fragment(text, word.Font, word.Brush, x));
            height = Math.Max(height, word.Font.GetHeight() * style.Leading);
            i = j;
        }

        return new TextLine(fragments, lineWidth, height, indent) { Links = links };
    }

    private double Width(XFont font, string text)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        if (!widths.TryGetValue((font, text), out var w))
        {
            w = measure.MeasureString(text, font).Width;
            widths[(font, text)] = w;
        }

        return w;
    }

    private sealed record Word(string Text, XFont Font, XBrush Brush, string Joiner = " ", Uri? Link = null);
}
