using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ResumeRefiner.Corpus.Docx.Layouts;

/// <summary>Pieces several templates share: headings, contact lines, list items, an entry's lines and bullets.</summary>
internal static class Blocks
{
    /// <summary>
    /// A heading in the built-in HeadingN style. In a layout table <paramref name="keepWithNext"/> is false: the style's
    /// keep-with-next there stops LibreOffice from splitting the page-long row, and it moves the row to the next page.
    /// </summary>
    public static Paragraph Heading(this WordDocument document, string text, int level, bool keepWithNext = true) =>
        document.Paragraph(text, new ParagraphFormat(Style: $"Heading{level}", KeepNext: keepWithNext ? null : false));

    private static IEnumerable<Span> ContactSpans(Contact contact)
    {
        if (contact.Label is not null)
        {
            yield return new Span { Text = $"{contact.Label}: " };
        }

        yield return new Span { Text = contact.Text, Href = contact.Href };
    }

    /// <summary>
    /// All contacts in one paragraph, joined by the options' separator. When they do not fit one line, a line break
    /// goes between two of them, as people lay out a two-line contact block, rather than the line wrapping inside an
    /// address at its hyphen; a labelled contact too long for a line of its own breaks after its label.
    /// </summary>
    public static Paragraph ContactLine(
        this WordDocument document,
        IEnumerable<Contact> contacts,
        ParagraphFormat format,
        OpenXmlPart? owner = null,
        int? width = null)
    {
        var size = document.Options.FontSize;
        var lineWidth = width ?? document.Page.TextWidth - (format.IndentLeft ?? 0);
        var separator = document.Options.ContactSeparator;
        var spans = new List<Span>();
        var line = "";
        foreach (var contact in contacts)
        {
            var text = string.Concat(ContactSpans(contact).Select(s => s.Text));
            if (line.Length > 0 && FitsLine(line + separator + text, size, lineWidth))
            {
                spans.Add(new Span { Text = separator });
                line += separator;
            }
            else if (line.Length > 0)
            {
                spans.Add(new Span { Text = "\n" });
                line = "";
            }

            var item = ContactSpans(contact).ToList();
            if (contact.Label is not null && !FitsLine(text, size, lineWidth))
            {
                // Too long for a line of its own: the value starts a line after its label rather than break inside.
                item[0] = new Span { Text = $"{contact.Label}:\n" };
                text = contact.Text;
            }

            spans.AddRange(item);
            line += text;
        }

        return document.Paragraph(spans, format, owner: owner);
    }

    /// <summary>
    /// One contact per paragraph for a narrow column <paramref name="usableTwips"/> wide: printed small (9 pt, down to
    /// 7.5 pt for a long address) so that no address or link breaks mid-word, and with a line break after the label
    /// when label and value do not fit one line, or the line would break at a hyphen in the value. The layouts put
    /// contacts that would not fit even then under the name instead.
    /// </summary>
    public static IEnumerable<Paragraph> SideContacts(this WordDocument document, int usableTwips, ParagraphFormat format)
    {
        // 0.68 em a character: URLs and addresses in DejaVu Sans (what LibreOffice shows for Calibri) run wide.
        const double emPerCharacter = 0.68;
        var contacts = document.Model.Contacts;
        var longest = contacts.SelectMany(c => $"{c.Label} {c.Text}".Split(' ')).Select(w => w.Length).DefaultIfEmpty(1).Max();
        var points = Math.Clamp(Math.Floor(usableTwips / 20.0 / (longest * emPerCharacter) * 2) / 2, 7.5, 9);
        var run = new RunFormat(HalfPoints: (int)(points * 2));
        foreach (var contact in contacts)
        {
            var spans = ContactSpans(contact).ToList();
            if (contact.Label is not null && !FitsLine($"{contact.Label}: {contact.Text}", points, usableTwips, emPerCharacter))
            {
                spans[0] = new Span { Text = $"{contact.Label}:\n" };
            }

            yield return document.Paragraph(spans, format, run);
        }
    }

    /// <summary>
    /// A labelled item printed in its section's form (else the options'); <paramref name="tab"/> is the tab stop of
    /// <see cref="ItemForm.Tab"/>.
    /// </summary>
    public static IEnumerable<Paragraph> Item(this WordDocument document, Section section, Item item, ParagraphFormat format, int tab = 2160)
    {
        if (item.Label is null)
        {
            yield return document.Paragraph(item.Text, format);
            yield break;
        }

        var label = new Span { Text = item.Label, Bold = true };
        switch (section.ItemForm ?? document.Options.ItemForm)
        {
            case ItemForm.Stacked:
                yield return document.Paragraph([label], format with { After = 0, KeepNext = format.KeepNext ?? true });
                yield return document.Paragraph(item.Text, format);
                break;
            case ItemForm.Paren:
                yield return document.Paragraph([label, new Span { Text = " (" }, .. item.Text, new Span { Text = ")" }], format);
                break;
            case ItemForm.Dash:
                yield return document.Paragraph([label, new Span { Text = " – " }, .. item.Text], format);
                break;
            case ItemForm.Tab:
                var tabbed = format with { Tabs = [(TabStopValues.Left, tab)], IndentLeft = tab, Hanging = tab };
                yield return document.Paragraph([label, new Span { Text = "\t" }, .. item.Text], tabbed);
                break;
            case ItemForm.Colon:
            default:
                yield return document.Paragraph([label, new Span { Text = ": " }, .. item.Text], format);
                break;
        }
    }

    /// <summary>An entry's detail lines, then its bullets (numbered list paragraphs).</summary>
    public static IEnumerable<Paragraph> Details(this WordDocument document, Entry entry, int bulletIndent = 360)
    {
        foreach (var line in entry.Lines)
        {
            yield return document.Paragraph(line, new ParagraphFormat(After: 40));
        }

        foreach (var bullet in entry.Bullets)
        {
            yield return document.Bullet(bullet, bulletIndent);
        }
    }

    /// <summary>
    /// Whether text fits a line of <paramref name="widthTwips"/>, measured generously (wide substitutes such as
    /// DejaVu Sans for Calibri included): a right-tabbed date that does not fit wraps under the line's start and
    /// reads as part of it.
    /// </summary>
    public static bool FitsLine(string text, double fontSizePoints, int widthTwips, double emPerCharacter = 0.62) =>
        text.Length * fontSizePoints * emPerCharacter * 20 <= widthTwips;

    /// <summary>The parts of a line that are present, joined: "Position, City" without dangling commas.</summary>
    public static string Join(string separator, params string?[] parts) =>
        string.Join(separator, parts.Where(p => !string.IsNullOrEmpty(p)));
}
