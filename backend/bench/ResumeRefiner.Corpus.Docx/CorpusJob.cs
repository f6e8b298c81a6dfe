using System.Text.Json;

namespace ResumeRefiner.Corpus.Docx;

/// <summary>
/// One document to write. The corpus tools (tools/corpus/layouts/docx.mjs) format every printed string and
/// record the truth from the same choices, so this writer only lays the strings out and never decides content.
/// </summary>
internal sealed record CorpusJob
{
    public required string Layout { get; init; }

    public required LayoutOptions Options { get; init; }

    public required string Out { get; init; }

    /// <summary>The person's JSON Resume, carried for whoever reads jobs.json; everything printed is in the model.</summary>
    public JsonElement? Resume { get; init; }
}

/// <summary>The variations a layout picks (fonts, paper, bullets) plus the already formatted document.</summary>
internal sealed record LayoutOptions
{
    public required ResumeModel Document { get; init; }

    /// <summary>A font name only: the file names it and whoever renders it substitutes what it has.</summary>
    public string Font { get; init; } = "Calibri";

    public string? HeadingFont { get; init; }

    public double FontSize { get; init; } = 10.5;

    public PaperSize Paper { get; init; } = PaperSize.A4;

    public BulletKind Bullet { get; init; } = BulletKind.Dot;

    public HeadingCase HeadingCase { get; init; } = HeadingCase.AsWritten;

    /// <summary>Hex RGB of headings and rules, e.g. "1F3864".</summary>
    public string Accent { get; init; } = "1F3864";

    public string ContactSeparator { get; init; } = "  |  ";

    public ItemForm ItemForm { get; init; } = ItemForm.Colon;

    public bool UnderlineLinks { get; init; } = true;

    /// <summary>
    /// Contacts on one line under the name instead of in a side column: for an address or link too long for a narrow
    /// column, which would break it mid-word.
    /// </summary>
    public bool ContactsOnTop { get; init; }

    /// <summary>Name and contact lines centred (layouts with a header block).</summary>
    public bool Centered { get; init; }

    /// <summary>Bullets through the List Bullet style (numbering in the style) rather than a numPr on each paragraph.</summary>
    public bool BulletsByStyle { get; init; }

    public bool PageNumbers { get; init; }

    /// <summary>Layout-specific switch (e.g. "first-page-header", "vml", "margin"); each layout documents its own.</summary>
    public string? Variant { get; init; }
}

internal enum PaperSize
{
    A4,
    Letter,
}

internal enum BulletKind
{
    /// <summary>"•" in the body font.</summary>
    Dot,

    /// <summary>Word's default: U+F0B7 in the Symbol font, a private-use code point that only the font maps to a dot.</summary>
    Symbol,

    Dash,
    Square,

    /// <summary>Word's second-level default: a letter "o" in Courier New.</summary>
    Circle,
}

internal enum HeadingCase
{
    AsWritten,

    /// <summary>Displayed in capitals by the w:caps property while the text keeps its case.</summary>
    Caps,

    SmallCaps,
}

/// <summary>How a labelled list item prints: "Label: text", "Label – text", "Label (text)", label above text, or a tab.</summary>
internal enum ItemForm
{
    Colon,
    Dash,
    Paren,
    Stacked,
    Tab,
}

internal sealed record ResumeModel
{
    public required string Name { get; init; }

    public string? Label { get; init; }

    /// <summary>Heading of the contact block in layouts that give it one ("Contact", "Details").</summary>
    public string ContactTitle { get; init; } = "Contact";

    public required IReadOnlyList<Contact> Contacts { get; init; }

    public required IReadOnlyList<Section> Sections { get; init; }
}

/// <summary>An email, phone, address, website or profile; printed as "Label: text" when it has a label.</summary>
internal sealed record Contact
{
    public string? Label { get; init; }

    public required string Text { get; init; }

    public string? Href { get; init; }
}

/// <summary>A run of text; a "\t" inside is a tab.</summary>
internal sealed record Span
{
    public required string Text { get; init; }

    public bool Bold { get; init; }

    public bool Italic { get; init; }

    public string? Href { get; init; }
}

internal sealed record Section
{
    /// <summary>The JSON Resume section ("work", "skills", ...) or "summary".</summary>
    public required string Key { get; init; }

    public required string Title { get; init; }

    /// <summary>Belongs in the sidebar, narrow column or column block of layouts that have one.</summary>
    public bool Side { get; init; }

    /// <summary>Europass-style group heading shared by consecutive sections ("Personal skills").</summary>
    public string? Group { get; init; }

    public IReadOnlyList<IReadOnlyList<Span>> Paragraphs { get; init; } = [];

    public IReadOnlyList<Entry> Entries { get; init; } = [];

    public IReadOnlyList<Item> Items { get; init; } = [];

    public IReadOnlyList<LanguageRow> Languages { get; init; } = [];

    /// <summary>How this section's labelled items print, when it differs from the document's form.</summary>
    public ItemForm? ItemForm { get; init; }
}

/// <summary>A dated entry: a job, a degree, a project, a certificate.</summary>
internal sealed record Entry
{
    /// <summary>What the person was or got: the position, the degree, the award.</summary>
    public string? Title { get; init; }

    /// <summary>Where or from whom: the employer, the school, the issuer.</summary>
    public string? Org { get; init; }

    public string? Dates { get; init; }

    public string? Place { get; init; }

    public IReadOnlyList<IReadOnlyList<Span>> Lines { get; init; } = [];

    public IReadOnlyList<string> Bullets { get; init; } = [];
}

/// <summary>A skill group, a language, an interest: an optional label and its text.</summary>
internal sealed record Item
{
    public string? Label { get; init; }

    public required IReadOnlyList<Span> Text { get; init; }
}

/// <summary>A language for the Europass grid: native ones list under "Mother tongue(s)"; levels fill the five CEFR cells.</summary>
internal sealed record LanguageRow
{
    public required string Language { get; init; }

    public string? Fluency { get; init; }

    public bool Native { get; init; }

    public string? Level { get; init; }
}
