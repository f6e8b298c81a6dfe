using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ResumeRefiner.Corpus.Docx;

/// <summary>
/// A .docx being written: the main part with settings, styles and (when bullets use it) numbering, plus the
/// element factories layouts share. Hyperlinks get relationships in the part that holds them (a header's links
/// live in the header part), as Word writes them.
/// </summary>
internal sealed class WordDocument : IDisposable
{
    private readonly WordprocessingDocument package;
    private readonly string path;
    private int? bulletNumberingId;
    private int relationships;
    private uint nextDrawingId = 1;

    private WordDocument(WordprocessingDocument package, string path, LayoutOptions options, PageGeometry page)
    {
        this.package = package;
        this.path = path;
        Options = options;
        Page = page;
        Main = package.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rId1");
        Main.Document = new Document(Body = new Body());
        DeclareNamespaces(Main.Document);
        Main.AddNewPart<DocumentSettingsPart>(NextRelationshipId()).Settings = new Settings(
            new DefaultTabStop { Val = 720 },
            new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
            new Compatibility(new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }));
    }

    public LayoutOptions Options { get; }

    public ResumeModel Model => Options.Document;

    public PageGeometry Page { get; }

    public MainDocumentPart Main { get; }

    public Body Body { get; }

    public static WordDocument Create(string path, LayoutOptions options, PageGeometry page)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        return new WordDocument(WordprocessingDocument.Create(path, WordprocessingDocumentType.Document), path, options, page);
    }

    /// <summary>The numbering instance of the document's bullet list; the numbering part is written on first use.</summary>
    public int BulletNumberingId => bulletNumberingId ??= AddBulletNumbering();

    public uint NextDrawingId() => nextDrawingId++;

    /// <summary>Section properties with this document's page size and margins.</summary>
    public SectionProperties Section(params OpenXmlElement[] before) => Section(before, []);

    public SectionProperties Section(IEnumerable<OpenXmlElement> before, IEnumerable<OpenXmlElement> after)
    {
        // CT_SectPr order: header/footer references, type, pgSz, pgMar, ..., cols, ..., titlePg, ..., docGrid.
        var section = new SectionProperties(before);
        section.Append(
            new PageSize { Width = (uint)Page.Width, Height = (uint)Page.Height },
            new PageMargin
            {
                Top = Page.Top,
                Right = (uint)Page.Right,
                Bottom = Page.Bottom,
                Left = (uint)Page.Left,
                Header = 540,
                Footer = 540,
                Gutter = 0,
            });
        section.Append(after);
        return section;
    }

    public HeaderPart AddHeader() => Main.AddNewPart<HeaderPart>(NextRelationshipId());

    public FooterPart AddFooter() => Main.AddNewPart<FooterPart>(NextRelationshipId());

    public Paragraph Paragraph(string text, ParagraphFormat? format = null, RunFormat? run = null, OpenXmlPart? owner = null) =>
        Paragraph([new Span { Text = text }], format, run, owner);

    public Paragraph Paragraph(IEnumerable<Span> spans, ParagraphFormat? format = null, RunFormat? run = null, OpenXmlPart? owner = null)
    {
        var paragraph = new Paragraph();
        if ((format ?? ParagraphFormat.Plain).ToProperties() is { HasChildren: true } properties)
        {
            paragraph.Append(properties);
        }

        paragraph.Append(Runs(spans, run ?? RunFormat.Plain, owner ?? Main));
        return paragraph;
    }

    /// <summary>Runs for spans; a span with a link becomes a w:hyperlink whose target is a relationship of <paramref name="owner"/>.</summary>
    private IEnumerable<OpenXmlElement> Runs(IEnumerable<Span> spans, RunFormat format, OpenXmlPart owner)
    {
        foreach (var span in spans)
        {
            var spanFormat = format with { Bold = format.Bold || span.Bold, Italic = format.Italic || span.Italic };
            if (span.Href is null)
            {
                yield return Run(span.Text, spanFormat);
                continue;
            }

            var relationship = owner.AddHyperlinkRelationship(new Uri(span.Href, UriKind.Absolute), true, NextRelationshipId());
            yield return new Hyperlink(Run(span.Text, spanFormat, "Hyperlink")) { Id = relationship.Id, History = true };
        }
    }

    /// <summary>A run; "\t" in the text is a tab and "\n" a line break (w:br) within the paragraph.</summary>
    public static Run Run(string text, RunFormat format, string? characterStyle = null)
    {
        var run = new Run();
        if (RunProperties(format, characterStyle) is { } props)
        {
            run.Append(props);
        }

        var lines = text.Split('\n');
        for (var l = 0; l < lines.Length; l++)
        {
            if (l > 0)
            {
                run.Append(new Break());
            }

            var parts = lines[l].Split('\t');
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    run.Append(new TabChar());
                }

                if (parts[i].Length > 0)
                {
                    run.Append(new Text(parts[i]) { Space = SpaceProcessingModeValues.Preserve });
                }
            }
        }

        return run;
    }

    private static RunProperties? RunProperties(RunFormat format, string? characterStyle)
    {
        var props = new RunProperties();
        if (characterStyle is not null)
        {
            props.RunStyle = new RunStyle { Val = characterStyle };
        }

        if (format.Bold)
        {
            props.Bold = new Bold();
        }

        if (format.Italic)
        {
            props.Italic = new Italic();
        }

        if (format.Caps)
        {
            props.Caps = new Caps();
        }

        if (format.SmallCaps)
        {
            props.SmallCaps = new SmallCaps();
        }

        if (format.Color is not null)
        {
            props.Color = new Color { Val = format.Color };
        }

        if (format.HalfPoints > 0)
        {
            props.FontSize = new FontSize { Val = format.HalfPoints.ToInvariant() };
            props.FontSizeComplexScript = new FontSizeComplexScript { Val = format.HalfPoints.ToInvariant() };
        }

        return props.HasChildren ? props : null;
    }

    /// <summary>A bulleted paragraph: numbering through the List Bullet style or a direct numPr, as the options say.</summary>
    public Paragraph Bullet(string text, int indentLeft)
    {
        // Read even when the style carries the numbering: List Bullet points at this numbering instance.
        var numberingId = BulletNumberingId;
        var hanging = Math.Min(360, indentLeft);
        var format = Options.BulletsByStyle
            ? new ParagraphFormat(Style: "ListBullet", IndentLeft: indentLeft, Hanging: hanging, After: 20)
            : new ParagraphFormat(Style: "ListParagraph", NumberingId: numberingId, IndentLeft: indentLeft, Hanging: hanging, After: 20);
        return Paragraph(text, format);
    }

    /// <summary>A typed bullet, no numbering: the character, a tab, and a hanging indent that lines wrapped text up.</summary>
    public Paragraph TypedBullet(string text, int indentLeft) =>
        Paragraph(
            $"{BulletCharacter(typed: true)}\t{text}",
            new ParagraphFormat(IndentLeft: indentLeft, Hanging: 280, After: 20, Tabs: [(TabStopValues.Left, indentLeft)]));

    private string BulletCharacter(bool typed) => Options.Bullet switch
    {
        BulletKind.Dash => "–",
        BulletKind.Square => "▪",
        BulletKind.Circle => typed ? "◦" : "o",
        BulletKind.Symbol => typed ? "•" : "\uF0B7",
        _ => "•",
    };

    /// <summary>A layout table: fixed widths, a tblGrid (readers drop tables without one), no borders unless asked.</summary>
    public static Table Table(IReadOnlyList<int> columns, bool borders = false, int cellMarginSide = 108)
    {
        var border = borders ? BorderValues.Single : BorderValues.None;
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = columns.Sum().ToInvariant(), Type = TableWidthUnitValues.Dxa },
                new TableBorders(
                    new TopBorder { Val = border, Size = 4, Color = "BFBFBF" },
                    new LeftBorder { Val = border, Size = 4, Color = "BFBFBF" },
                    new BottomBorder { Val = border, Size = 4, Color = "BFBFBF" },
                    new RightBorder { Val = border, Size = 4, Color = "BFBFBF" },
                    new InsideHorizontalBorder { Val = border, Size = 4, Color = "BFBFBF" },
                    new InsideVerticalBorder { Val = border, Size = 4, Color = "BFBFBF" }),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TableCellLeftMargin { Width = (short)cellMarginSide, Type = TableWidthValues.Dxa },
                    new TableCellRightMargin { Width = (short)cellMarginSide, Type = TableWidthValues.Dxa }),
                new TableLook { Val = "04A0", FirstRow = false, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true }),
            new TableGrid(columns.Select(width => new GridColumn { Width = width.ToInvariant() })));
        return table;
    }

    public static TableCell Cell(int width, IEnumerable<OpenXmlElement> content, int span = 1, string? fill = null, TableVerticalAlignmentValues? align = null)
    {
        var props = new TableCellProperties(new TableCellWidth { Width = width.ToInvariant(), Type = TableWidthUnitValues.Dxa });
        if (span > 1)
        {
            props.Append(new GridSpan { Val = span });
        }

        if (fill is not null)
        {
            props.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill });
        }

        if (align is { } vertical)
        {
            props.Append(new TableCellVerticalAlignment { Val = vertical });
        }

        var cell = new TableCell(props);
        cell.Append(content);

        // A cell must end with a paragraph: an empty cell has one, and so does a cell ending in a nested table.
        if (cell.LastChild is not DocumentFormat.OpenXml.Wordprocessing.Paragraph)
        {
            cell.Append(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" })));
        }

        return cell;
    }

    /// <summary>A footer with "Name — Page N", the kind of running footer templates ship with.</summary>
    public FooterReference PageNumberFooter(string name)
    {
        var footer = AddFooter();
        footer.Footer = new Footer(new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }, new Justification { Val = JustificationValues.Right }),
            Run($"{name} — Page ", new RunFormat(Color: "7F7F7F", HalfPoints: 16)),
            new SimpleField(Run("1", new RunFormat(Color: "7F7F7F", HalfPoints: 16))) { Instruction = " PAGE " }));
        return new FooterReference { Type = HeaderFooterValues.Default, Id = Main.GetIdOfPart(footer) };
    }

    /// <summary>Writes the styles, closes the body with its final section, and checks the package against the schema.</summary>
    public void Finish(SectionProperties finalSection)
    {
        Body.Append(finalSection);
        Main.AddNewPart<StyleDefinitionsPart>(NextRelationshipId()).Styles = StyleSheet.Build(Options, bulletNumberingId);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(package).Take(5)
            .Select(e => $"{e.Path?.XPath}: {e.Description}")
            .ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("the written document does not validate:\n  " + string.Join("\n  ", errors));
        }

        package.Dispose();
        StampEntries(path);
    }

    public void Dispose() => package.Dispose();

    /// <summary>
    /// Gives every zip entry Word's fixed 1980-01-01 timestamp; with the sequential relationship ids this makes the
    /// same job write the same bytes on every run.
    /// </summary>
    private static void StampEntries(string path)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        foreach (var entry in zip.Entries)
        {
            entry.LastWriteTime = new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
        }
    }

    /// <summary>Sequential ids ("rId1", ...), unique across all parts, instead of the SDK's random ones.</summary>
    private string NextRelationshipId() => $"rId{++relationships}";

    private int AddBulletNumbering()
    {
        var symbol = Options.Bullet switch
        {
            BulletKind.Symbol => "Symbol",
            BulletKind.Circle => "Courier New",
            _ => null,
        };
        var level = new Level(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = NumberFormatValues.Bullet },
            new LevelText { Val = BulletCharacter(typed: false) },
            new LevelJustification { Val = LevelJustificationValues.Left },
            new PreviousParagraphProperties(new Indentation { Left = "360", Hanging = "360" }))
        { LevelIndex = 0 };
        if (symbol is not null)
        {
            level.Append(new NumberingSymbolRunProperties(new RunFonts { Ascii = symbol, HighAnsi = symbol, Hint = FontTypeHintValues.Default }));
        }

        var part = Main.AddNewPart<NumberingDefinitionsPart>(NextRelationshipId());
        part.Numbering = new Numbering(
            new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }, level) { AbstractNumberId = 0 },
            new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 });
        return 1;
    }

    private static void DeclareNamespaces(Document document)
    {
        document.AddNamespaceDeclaration("wpc", "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas");
        document.AddNamespaceDeclaration("mc", "http://schemas.openxmlformats.org/markup-compatibility/2006");
        document.AddNamespaceDeclaration("o", "urn:schemas-microsoft-com:office:office");
        document.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        document.AddNamespaceDeclaration("v", "urn:schemas-microsoft-com:vml");
        document.AddNamespaceDeclaration("wp14", "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing");
        document.AddNamespaceDeclaration("wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing");
        document.AddNamespaceDeclaration("w10", "urn:schemas-microsoft-com:office:word");
        document.AddNamespaceDeclaration("w14", "http://schemas.microsoft.com/office/word/2010/wordml");
        document.AddNamespaceDeclaration("wps", "http://schemas.microsoft.com/office/word/2010/wordprocessingShape");
        document.MCAttributes = new MarkupCompatibilityAttributes { Ignorable = "w14 wp14" };
    }
}
