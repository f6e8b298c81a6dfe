using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace ResumeRefiner.Core.Export.Docx;

/// <summary>
/// Writes a <see cref="ResumeOutline"/> as a Word document that ATS and editors understand: section headings use the
/// built-in Heading 1 style, entry titles Heading 2, bullets are real list numbering (not "•" characters) and
/// nothing is laid out with tables.
/// </summary>
internal static class DocxResumeWriter
{
    private const int BulletNumberingId = 1;

    public static byte[] Write(ResumeOutline outline, ExportOptions options)
    {
        var look = DocxLook.For(options.Template);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            AddStyles(main, look);
            AddNumbering(main);

            var body = new Body();
            for (var i = 0; i < outline.Blocks.Count; i++)
            {
                var next = i + 1 < outline.Blocks.Count ? outline.Blocks[i + 1] : null;
                body.AppendChild(Paragraph(main, outline.Blocks[i], next, look));
            }

            body.AppendChild(Section(options.Paper, look));
            main.Document = new Document(body);

            document.PackageProperties.Title = outline.Name is { } name ? $"{name} — {outline.Subject}" : outline.Subject;
            document.PackageProperties.Creator = outline.Name ?? string.Empty;
            document.PackageProperties.Subject = outline.Subject;
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(MainDocumentPart main, OutlineBlock block, OutlineBlock? next, DocxLook look)
    {
        var style = block.Kind switch
        {
            BlockKind.Name => "Title",
            BlockKind.Headline => "Subtitle",
            BlockKind.Contact => "Contact",
            BlockKind.SectionHeading => "Heading1",
            BlockKind.EntryTitle => "Heading2",
            BlockKind.EntryDetail => "EntryDetail",
            BlockKind.Bullet => "ListBullet",
            _ => "Normal",
        };

        var properties = new ParagraphProperties(new ParagraphStyleId { Val = style });

        // Entry titles and dates keep with the next paragraph (their first bullet), but an entry without bullets
        // (a degree) must not chain to the next entry or section, or Word moves whole sections to the next page.
        if (block.Kind is BlockKind.EntryTitle or BlockKind.EntryDetail
            && (next is null || next.Kind == BlockKind.SectionHeading || (next.Kind == BlockKind.EntryTitle && block.Kind == BlockKind.EntryDetail)))
        {
            properties.AppendChild(new KeepNext { Val = false });
        }
        if (block.Kind == BlockKind.LetterParagraph)
        {
            properties.AppendChild(new SpacingBetweenLines { Before = "160" });
        }

        if (block.Kind == BlockKind.Bullet)
        {
            properties.AppendChild(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = BulletNumberingId }));
        }

        var paragraph = new Paragraph(properties);
        if (block.Kind == BlockKind.Contact)
        {
            // Each contact item is its own run; e-mail, phone and web addresses are real hyperlinks.
            var items = block.Text.Split(ResumeOutline.Separator);
            for (var i = 0; i < items.Length; i++)
            {
                if (i > 0)
                {
                    paragraph.AppendChild(new Run(Words(ResumeOutline.Separator)));
                }

                if (ContactLinks.For(items[i]) is { } target)
                {
                    var relationship = main.AddHyperlinkRelationship(target, true);
                    paragraph.AppendChild(new Hyperlink(new Run(Words(items[i]))) { Id = relationship.Id });
                }
                else
                {
                    paragraph.AppendChild(new Run(Words(items[i])));
                }
            }
        }
        else if (block.Kind == BlockKind.Labelled)
        {
            paragraph.AppendChild(new Run(new RunProperties(new Bold()), Words($"{block.Label}:")));
            paragraph.AppendChild(new Run(Words(" " + block.Text)));
        }
        else
        {
            var text = block.Kind == BlockKind.SectionHeading && look.UpperCaseHeadings ? block.Text.ToUpperInvariant() : block.Text;
            paragraph.AppendChild(new Run(Words(text)));
        }

        return paragraph;
    }

    private static WordText Words(string text) => new(text) { Space = SpaceProcessingModeValues.Preserve };

    private static SectionProperties Section(PaperSize paper, DocxLook look)
    {
        var (width, height) = paper == PaperSize.A4 ? (11906u, 16838u) : (12240u, 15840u);
        return new SectionProperties(
            new PageSize { Width = width, Height = height },
            new PageMargin
            {
                Top = look.Margin,
                Bottom = look.Margin,
                Left = (uint)look.Margin,
                Right = (uint)look.Margin,
                Header = 360,
                Footer = 360,
                Gutter = 0,
            });
    }

    private static void AddNumbering(MainDocumentPart main)
    {
        var level = new Level(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = NumberFormatValues.Bullet },
            new LevelText { Val = "•" },
            new LevelJustification { Val = LevelJustificationValues.Left },
            new PreviousParagraphProperties(new Indentation { Left = "360", Hanging = "240" }))
        { LevelIndex = 0 };
        var abstractNum = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.SingleLevel }, level) { AbstractNumberId = 0 };
        var instance = new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = BulletNumberingId };
        main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(abstractNum, instance);
    }

    private static void AddStyles(MainDocumentPart main, DocxLook look)
    {
        // Children of pPr must follow the schema's order (keepNext, numPr, pBdr, spacing, ind, jc, outlineLvl).
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = look.Font, HighAnsi = look.Font, ComplexScript = look.Font, EastAsia = look.Font },
                    new FontSize { Val = Half(look.BodySize) },
                    new Languages { Val = "en-US" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "40", Line = "252", LineRule = LineSpacingRuleValues.Auto }))),
            ParagraphStyle("Normal", "Normal", null, isDefault: true),
            ParagraphStyle("Title", "Title", new StyleRunProperties(new Bold(), new Color { Val = look.Accent }, new FontSize { Val = Half(look.NameSize) }),
                new StyleParagraphProperties(new SpacingBetweenLines { After = "40" }, Justify(look.CentreHeader))),
            ParagraphStyle("Subtitle", "Subtitle", new StyleRunProperties(new Color { Val = "505050" }, new FontSize { Val = Half(look.BodySize + 1.5) }),
                new StyleParagraphProperties(new SpacingBetweenLines { After = "40" }, Justify(look.CentreHeader))),
            ParagraphStyle("Contact", "Contact", new StyleRunProperties(new FontSize { Val = Half(look.BodySize - 0.5) }),
                new StyleParagraphProperties(new SpacingBetweenLines { After = "120" }, Justify(look.CentreHeader))),
            ParagraphStyle("Heading1", "heading 1", new StyleRunProperties(new Bold(), new Color { Val = look.Accent }, new FontSize { Val = Half(look.HeadingSize) }),
                new StyleParagraphProperties(
                    new KeepNext(),
                    new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = look.Accent }),
                    new SpacingBetweenLines { Before = look.SectionGap, After = "80" },
                    new OutlineLevel { Val = 0 })),
            ParagraphStyle("Heading2", "heading 2", new StyleRunProperties(new Bold(), new FontSize { Val = Half(look.BodySize + 0.5) }),
                new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "100", After = "0" }, new OutlineLevel { Val = 1 })),
            ParagraphStyle("EntryDetail", "Entry Detail", new StyleRunProperties(new Color { Val = "505050" }, new FontSize { Val = Half(look.BodySize - 0.5) }),
                new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { After = "40" })),
            ParagraphStyle("ListBullet", "List Bullet", null,
                new StyleParagraphProperties(
                    new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = BulletNumberingId }),
                    new SpacingBetweenLines { After = "20" },
                    new Indentation { Left = "360", Hanging = "240" })));
        main.AddNewPart<StyleDefinitionsPart>().Styles = styles;
    }

    private static Justification Justify(bool centre) => new() { Val = centre ? JustificationValues.Center : JustificationValues.Left };

    private static Style ParagraphStyle(string id, string name, StyleRunProperties? run, StyleParagraphProperties? paragraph = null, bool isDefault = false)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }
        else
        {
            style.AppendChild(new BasedOn { Val = "Normal" });
            style.AppendChild(new NextParagraphStyle { Val = "Normal" });
            style.AppendChild(new PrimaryStyle());
        }

        if (paragraph is not null)
        {
            style.AppendChild(paragraph);
        }

        if (run is not null)
        {
            style.AppendChild(run);
        }

        return style;
    }

    /// <summary>Word sizes are in half-points.</summary>
    private static string Half(double points) => ((int)Math.Round(points * 2)).ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The DOCX counterpart of a PDF template: fonts Word and LibreOffice both have (metric twins of Liberation).</summary>
internal sealed record DocxLook(string Font, double NameSize, double HeadingSize, double BodySize, string Accent, bool CentreHeader,
    bool UpperCaseHeadings, int Margin, string SectionGap)
{
    public static DocxLook For(ResumeTemplate template) => template switch
    {
        ResumeTemplate.Classic => new DocxLook("Times New Roman", 20, 12, 11, "000000", true, true, 1080, "240"),
        ResumeTemplate.Modern => new DocxLook("Arial", 22, 12, 10, "1F4E79", false, false, 1000, "240"),
        ResumeTemplate.Compact => new DocxLook("Arial", 16, 10, 9, "000000", false, true, 720, "140"),
        _ => throw new ArgumentOutOfRangeException(nameof(template), template, "Unknown template."),
    };
}
