using DocumentFormat.OpenXml.Wordprocessing;

namespace ResumeRefiner.Corpus.Docx;

/// <summary>
/// The styles part: Word's built-in style ids and names (Normal, Title, Subtitle, Heading1–3, ListParagraph,
/// ListBullet, Hyperlink, Header, Footer, TableGrid), so a reader that maps style names sees what Word would write.
/// </summary>
internal static class StyleSheet
{
    public static Styles Build(LayoutOptions options, int? bulletNumberingId)
    {
        var body = (int)Math.Round(options.FontSize * 2);
        var headingFont = options.HeadingFont ?? options.Font;
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = options.Font, HighAnsi = options.Font, ComplexScript = options.Font, EastAsia = options.Font },
                    new FontSize { Val = body.ToInvariant() },
                    new FontSizeComplexScript { Val = body.ToInvariant() },
                    new Languages { Val = "en-US" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "60", Line = "252", LineRule = LineSpacingRuleValues.Auto }))),
            Paragraph("Normal", "Normal", basedOn: null, isDefault: true),
            new Style(new StyleName { Val = "Default Paragraph Font" }, new UIPriority { Val = 1 }, new SemiHidden())
            { Type = StyleValues.Character, StyleId = "DefaultParagraphFont", Default = true },
            new Style(
                new StyleName { Val = "Normal Table" },
                new UIPriority { Val = 99 },
                new SemiHidden(),
                new StyleTableProperties(
                    new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                    new TableCellMarginDefault(
                        new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                        new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                        new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                        new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
            { Type = StyleValues.Table, StyleId = "TableNormal", Default = true },
            new Style(new StyleName { Val = "No List" }, new UIPriority { Val = 99 }, new SemiHidden())
            { Type = StyleValues.Numbering, StyleId = "NoList", Default = true },
            Paragraph("Title", "Title", "Normal", next: "Normal",
                paragraph: new StyleParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }, new ContextualSpacing()),
                run: Run(headingFont, body + 30, options.Accent, bold: false)),
            Paragraph("Subtitle", "Subtitle", "Normal", next: "Normal",
                paragraph: new StyleParagraphProperties(new SpacingBetweenLines { After = "120" }),
                run: Run(headingFont, body + 6, "595959", bold: false)),
            Heading(1, options, headingFont, body + 6, options.Accent),
            Heading(2, options, headingFont, body + 2, "262626"),
            Heading(3, options, headingFont, body, options.Accent),
            Paragraph("List Paragraph", "ListParagraph", "Normal",
                paragraph: new StyleParagraphProperties(new Indentation { Left = "720" }, new ContextualSpacing())),
            Paragraph("No Spacing", "NoSpacing", null,
                paragraph: new StyleParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto })),
            Paragraph("header", "Header", "Normal",
                paragraph: new StyleParagraphProperties(
                    new Tabs(new TabStop { Val = TabStopValues.Center, Position = 4680 }, new TabStop { Val = TabStopValues.Right, Position = 9360 }),
                    new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto })),
            Paragraph("footer", "Footer", "Normal",
                paragraph: new StyleParagraphProperties(
                    new Tabs(new TabStop { Val = TabStopValues.Center, Position = 4680 }, new TabStop { Val = TabStopValues.Right, Position = 9360 }),
                    new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto })),
            new Style(
                new StyleName { Val = "Hyperlink" },
                new BasedOn { Val = "DefaultParagraphFont" },
                new UIPriority { Val = 99 },
                new StyleRunProperties(
                    new Color { Val = options.UnderlineLinks ? "0563C1" : "auto" },
                    new Underline { Val = options.UnderlineLinks ? UnderlineValues.Single : UnderlineValues.None }))
            { Type = StyleValues.Character, StyleId = "Hyperlink" },
            new Style(
                new StyleName { Val = "Table Grid" },
                new BasedOn { Val = "TableNormal" },
                new UIPriority { Val = 39 },
                new StyleParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
                new StyleTableProperties(new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Color = "auto" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "auto" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "auto" },
                    new RightBorder { Val = BorderValues.Single, Size = 4, Color = "auto" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "auto" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "auto" })))
            { Type = StyleValues.Table, StyleId = "TableGrid" });

        if (bulletNumberingId is { } numId)
        {
            // Word's "List Bullet" carries its numbering in the style: a paragraph styled ListBullet has no numPr of its own.
            styles.Append(Paragraph("List Bullet", "ListBullet", "Normal",
                paragraph: new StyleParagraphProperties(
                    new NumberingProperties(new NumberingId { Val = numId }),
                    new Indentation { Left = "360", Hanging = "360" },
                    new ContextualSpacing())));
        }

        return styles;
    }

    private static Style Heading(int level, LayoutOptions options, string font, int halfPoints, string color)
    {
        var run = Run(font, halfPoints, color, bold: true, level == 1 ? options.HeadingCase : HeadingCase.AsWritten);
        var paragraph = new StyleParagraphProperties(
            new KeepNext(),
            new KeepLines(),
            new SpacingBetweenLines { Before = level == 1 ? "240" : "120", After = level == 1 ? "80" : "20" },
            new OutlineLevel { Val = level - 1 });
        return Paragraph($"heading {level}", $"Heading{level}", "Normal", next: "Normal", paragraph: paragraph, run: run);
    }

    private static StyleRunProperties Run(string font, int halfPoints, string color, bool bold, HeadingCase headingCase = HeadingCase.AsWritten)
    {
        var run = new StyleRunProperties(new RunFonts { Ascii = font, HighAnsi = font, ComplexScript = font });
        if (bold)
        {
            run.Append(new Bold(), new BoldComplexScript());
        }

        if (headingCase == HeadingCase.Caps)
        {
            run.Append(new Caps());
        }
        else if (headingCase == HeadingCase.SmallCaps)
        {
            run.Append(new SmallCaps());
        }

        run.Append(new Color { Val = color }, new FontSize { Val = halfPoints.ToInvariant() }, new FontSizeComplexScript { Val = halfPoints.ToInvariant() });
        return run;
    }

    private static Style Paragraph(
        string name,
        string id,
        string? basedOn,
        string? next = null,
        bool isDefault = false,
        StyleParagraphProperties? paragraph = null,
        StyleRunProperties? run = null)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }

        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        if (next is not null)
        {
            style.Append(new NextParagraphStyle { Val = next });
        }

        style.Append(new PrimaryStyle());
        if (paragraph is not null)
        {
            style.Append(paragraph);
        }

        if (run is not null)
        {
            style.Append(run);
        }

        return style;
    }
}
