using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ResumeRefiner.Core.Parsing.Docx;

/// <summary>What a paragraph style contributes: weight, size, list numbering, heading level.</summary>
internal sealed record StyleFacts(bool Bold, double FontSize, bool Numbered, int HeadingLevel);

/// <summary>Resolves paragraph styles through their basedOn chain, once per document.</summary>
internal sealed class DocxStyles
{
    private readonly Dictionary<string, Style> styles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StyleFacts> cache = new(StringComparer.Ordinal);
    private readonly double defaultSize;

    public DocxStyles(MainDocumentPart main)
    {
        var root = main.StyleDefinitionsPart?.Styles;
        defaultSize = HalfPoints(root?.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.FontSize?.Val?.Value) ?? 11;
        if (root is null)
        {
            return;
        }

        foreach (var style in root.Elements<Style>())
        {
            if (style.StyleId?.Value is { } id && style.Type?.Value == StyleValues.Paragraph)
            {
                styles[id] = style;
            }
        }

        DefaultParagraphStyle = root.Elements<Style>()
            .FirstOrDefault(s => s.Type?.Value == StyleValues.Paragraph && s.Default?.Value == true)?.StyleId?.Value;
    }

    public string? DefaultParagraphStyle { get; }

    public double DefaultSize => defaultSize;

    public StyleFacts Get(string? styleId)
    {
        styleId ??= DefaultParagraphStyle;
        if (styleId is null)
        {
            return new StyleFacts(false, defaultSize, false, 0);
        }

        if (cache.TryGetValue(styleId, out var facts))
        {
            return facts;
        }

        bool? bold = null;
        double? size = null;
        var numbered = false;
        var heading = 0;
        var current = styles.GetValueOrDefault(styleId);
        var depth = 0;
        while (current is not null && depth++ < 10)
        {
            var rp = current.StyleRunProperties;
            if (bold is null && rp?.Bold is { } b)
            {
                bold = b.Val?.Value ?? true;
            }

            size ??= HalfPoints(rp?.FontSize?.Val?.Value);
            var pp = current.StyleParagraphProperties;
            if (pp?.NumberingProperties?.NumberingId?.Val?.Value is > 0)
            {
                numbered = true;
            }

            if (heading == 0)
            {
                var name = current.StyleName?.Val?.Value ?? string.Empty;
                if (name.StartsWith("heading ", StringComparison.OrdinalIgnoreCase)
                    && int.TryParse(name.AsSpan(8), NumberStyles.Integer, CultureInfo.InvariantCulture, out var level))
                {
                    heading = level;
                }
                else if (name.Equals("Title", StringComparison.OrdinalIgnoreCase))
                {
                    heading = -1;
                }
                else if (pp?.OutlineLevel?.Val?.Value is { } outline && outline < 9)
                {
                    heading = outline + 1;
                }
            }

            var basedOn = current.BasedOn?.Val?.Value;
            current = basedOn is null ? null : styles.GetValueOrDefault(basedOn);
        }

        facts = new StyleFacts(bold ?? false, size ?? defaultSize, numbered, heading);
        cache[styleId] = facts;
        return facts;
    }

    public static double? HalfPoints(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var half) ? half / 2 : null;
}
