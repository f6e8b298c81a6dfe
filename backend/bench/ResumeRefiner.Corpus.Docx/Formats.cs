using DocumentFormat.OpenXml.Wordprocessing;

namespace ResumeRefiner.Corpus.Docx;

/// <summary>Direct run formatting, the way a template's author sets it by hand rather than through a style.</summary>
internal sealed record RunFormat(
    bool Bold = false,
    bool Italic = false,
    int HalfPoints = 0,
    string? Color = null,
    bool Caps = false,
    bool SmallCaps = false)
{
    public static readonly RunFormat Plain = new();
}

/// <summary>Paragraph properties a layout sets; lengths in twips.</summary>
internal sealed record ParagraphFormat(
    string? Style = null,
    JustificationValues? Align = null,
    int? Before = null,
    int? After = null,
    int? IndentLeft = null,
    int? Hanging = null,
    IReadOnlyList<(TabStopValues Kind, int Position)>? Tabs = null,
    bool? KeepNext = null,
    int? NumberingId = null,
    string? RuleBelow = null)
{
    public static readonly ParagraphFormat Plain = new();

    public static ParagraphFormat Styled(string style) => new(Style: style);

    public ParagraphProperties ToProperties()
    {
        var props = new ParagraphProperties();
        if (Style is not null)
        {
            props.ParagraphStyleId = new ParagraphStyleId { Val = Style };
        }

        if (KeepNext is { } keep)
        {
            props.KeepNext = keep ? new KeepNext() : new KeepNext { Val = false };
        }

        if (NumberingId is { } numId)
        {
            props.NumberingProperties = new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = numId });
        }

        if (RuleBelow is not null)
        {
            props.ParagraphBorders = new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = RuleBelow });
        }

        if (Tabs is { Count: > 0 })
        {
            props.Tabs = new Tabs(Tabs.Select(t => new TabStop { Val = t.Kind, Position = t.Position }));
        }

        // Attributes are set only when given: a null assigned to an OpenXML string value is written as "".
        if (Before is not null || After is not null)
        {
            var spacing = new SpacingBetweenLines();
            if (Before is { } before)
            {
                spacing.Before = before.ToInvariant();
            }

            if (After is { } after)
            {
                spacing.After = after.ToInvariant();
            }

            props.SpacingBetweenLines = spacing;
        }

        if (IndentLeft is not null || Hanging is not null)
        {
            var indentation = new Indentation();
            if (IndentLeft is { } left)
            {
                indentation.Left = left.ToInvariant();
            }

            if (Hanging is { } hanging)
            {
                indentation.Hanging = hanging.ToInvariant();
            }

            props.Indentation = indentation;
        }

        if (Align is { } align)
        {
            props.Justification = new Justification { Val = align };
        }

        return props;
    }
}
