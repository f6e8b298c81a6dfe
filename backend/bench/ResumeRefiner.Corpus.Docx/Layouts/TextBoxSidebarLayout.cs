using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using V = DocumentFormat.OpenXml.Vml;
using W10 = DocumentFormat.OpenXml.Vml.Wordprocessing;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using Wps = DocumentFormat.OpenXml.Office2010.Word.DrawingShape;

namespace ResumeRefiner.Corpus.Docx.Layouts;

/// <summary>
/// A full-height shaded sidebar (contacts, skills, languages) in a text box anchored to the name paragraph, the
/// main flow beside it. As Word 2010+ saves it, the box is a DrawingML shape (wps:txbx) with a VML copy
/// (v:textbox) in mc:Fallback, so the sidebar's text is in the file twice. Variants (combinable, e.g.
/// "vml+margin"): "vml" writes only the VML shape, as Word 2007 did; "margin" leaves a wide left margin on every
/// page instead of wrapping the text around the box.
/// </summary>
internal sealed class TextBoxSidebarLayout : IResumeLayout
{
    private const int SidebarWidth = 3800;
    private const int Gap = 420;

    public string Name => "text-box-sidebar";

    public PageGeometry Page(LayoutOptions options) => HasVariant(options, "margin")
        ? PageGeometry.For(options.Paper, 720, 720, 720, SidebarWidth + Gap)
        : PageGeometry.For(options.Paper, 720, 720, 720, 720);

    public void Write(WordDocument document)
    {
        var model = document.Model;
        var onTop = document.Options.ContactsOnTop;
        var sidebar = new List<OpenXmlElement>();
        if (!onTop)
        {
            sidebar.Add(document.Heading(model.ContactTitle, 3));
            // The box's text area: its width less the 0.3" and 0.2" insets.
            sidebar.AddRange(document.SideContacts(SidebarWidth - 720, new ParagraphFormat(Style: "NoSpacing", After: 60)));
        }

        foreach (var section in model.Sections.Where(s => s.Side))
        {
            sidebar.Add(document.Heading(section.Title, 3));
            foreach (var item in section.Items)
            {
                sidebar.AddRange(document.Item(section, item, new ParagraphFormat(After: 60), tab: 1100));
            }

            foreach (var entry in section.Entries)
            {
                sidebar.Add(document.Paragraph(Blocks.Join(", ", entry.Title, entry.Org, entry.Dates), new ParagraphFormat(After: 60)));
            }
        }

        var wrap = !HasVariant(document.Options, "margin");

        // Beside a wrapped box a line is shorter than the text width by the part of the box inside the margin.
        var mainWidth = wrap ? document.Page.TextWidth - (SidebarWidth + Gap - document.Page.Left) : document.Page.TextWidth;
        OpenXmlElement box = HasVariant(document.Options, "vml")
            ? VmlOnly(document, sidebar, wrap)
            : DrawingWithFallback(document, sidebar, wrap);
        var name = document.Paragraph(model.Name, ParagraphFormat.Styled("Title"));
        name.InsertAfter(new Run(box), name.ParagraphProperties);
        document.Body.Append(name);
        if (model.Label is not null)
        {
            document.Body.Append(document.Paragraph(model.Label, ParagraphFormat.Styled("Subtitle")));
        }

        if (onTop)
        {
            document.Body.Append(document.ContactLine(model.Contacts, new ParagraphFormat(After: 120), width: mainWidth));
        }

        foreach (var section in model.Sections.Where(s => !s.Side))
        {
            document.Body.Append(document.Heading(section.Title, 1));
            foreach (var paragraph in section.Paragraphs)
            {
                document.Body.Append(document.Paragraph(paragraph));
            }

            foreach (var entry in section.Entries)
            {
                document.Body.Append(document.Paragraph(entry.Title ?? entry.Org ?? "", new ParagraphFormat(After: 0, KeepNext: true), new RunFormat(Bold: true)));
                var second = Blocks.Join(" · ", entry.Title is null ? null : entry.Org, entry.Place, entry.Dates);
                if (!Blocks.FitsLine(second, document.Options.FontSize, mainWidth))
                {
                    // Too long to share a line beside the box: the dates get their own rather than wrap at a hyphen.
                    document.Body.Append(document.Paragraph(
                        Blocks.Join(" · ", entry.Title is null ? null : entry.Org, entry.Place), new ParagraphFormat(After: 0), new RunFormat(Italic: true, Color: "595959")));
                    second = entry.Dates ?? "";
                }

                if (second.Length > 0)
                {
                    document.Body.Append(document.Paragraph(second, new ParagraphFormat(After: 40), new RunFormat(Italic: true, Color: "595959")));
                }

                document.Body.Append(document.Details(entry));
            }

            foreach (var item in section.Items)
            {
                document.Body.Append(document.Item(section, item, new ParagraphFormat(After: 40)));
            }
        }

        var references = document.Options.PageNumbers ? new OpenXmlElement[] { document.PageNumberFooter(model.Name) } : [];
        document.Finish(document.Section(references));
    }

    private static bool HasVariant(LayoutOptions options, string token) =>
        (options.Variant ?? "").Split('+').Contains(token, StringComparer.Ordinal);

    private static AlternateContent DrawingWithFallback(WordDocument document, IReadOnlyList<OpenXmlElement> content, bool wrap)
    {
        var id = document.NextDrawingId();
        var width = SidebarWidth * PageGeometry.EmuPerTwip;
        var height = document.Page.Height * PageGeometry.EmuPerTwip;
        var shape = new Wps.WordprocessingShape(
            new Wps.NonVisualDrawingShapeProperties { TextBox = true },
            new Wps.ShapeProperties(
                new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = width, Cy = height }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle },
                new A.SolidFill(new A.RgbColorModelHex { Val = "F2F2F2" }),
                new A.Outline(new A.NoFill()) { Width = 6350 }),
            new Wps.TextBoxInfo2(new TextBoxContent(content.Select(e => e.CloneNode(true)))),
            new Wps.TextBodyProperties(new A.NoAutoFit())
            {
                Rotation = 0,
                Vertical = A.TextVerticalValues.Horizontal,
                Wrap = A.TextWrappingValues.Square,
                LeftInset = 274320,
                TopInset = 457200,
                RightInset = 182880,
                BottomInset = 457200,
                Anchor = A.TextAnchoringTypeValues.Top,
                AnchorCenter = false,
            });
        var anchor = new Wp.Anchor(
            new Wp.SimplePosition { X = 0, Y = 0 },
            new Wp.HorizontalPosition(new Wp.PositionOffset("0")) { RelativeFrom = Wp.HorizontalRelativePositionValues.Page },
            new Wp.VerticalPosition(new Wp.PositionOffset("0")) { RelativeFrom = Wp.VerticalRelativePositionValues.Page },
            new Wp.Extent { Cx = width, Cy = height },
            new Wp.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            wrap ? new Wp.WrapSquare { WrapText = Wp.WrapTextValues.BothSides } : new Wp.WrapNone(),
            new Wp.DocProperties { Id = id, Name = $"Text Box {id}" },
            new Wp.NonVisualGraphicFrameDrawingProperties(),
            new A.Graphic(new A.GraphicData(shape) { Uri = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape" }))
        {
            DistanceFromTop = 0,
            DistanceFromBottom = 0,
            DistanceFromLeft = 0,
            DistanceFromRight = (uint)(Gap * PageGeometry.EmuPerTwip),
            SimplePos = false,
            RelativeHeight = 251659264,
            BehindDoc = false,
            Locked = false,
            LayoutInCell = true,
            AllowOverlap = true,
        };
        return new AlternateContent(
            new AlternateContentChoice(new Drawing(anchor)) { Requires = "wps" },
            new AlternateContentFallback(VmlOnly(document, content, wrap)));
    }

    private static Picture VmlOnly(WordDocument document, IReadOnlyList<OpenXmlElement> content, bool wrap)
    {
        var points = (int twips) => (twips / 20.0).ToString("0.##", CultureInfo.InvariantCulture);
        var shape = new V.Shape(new V.TextBox(new TextBoxContent(content.Select(e => e.CloneNode(true)))) { Inset = "21.6pt,36pt,14.4pt,36pt" })
        {
            Id = $"Text Box {document.NextDrawingId()}",
            Type = "#_x0000_t202",
            Style = $"position:absolute;margin-left:0;margin-top:0;width:{points(SidebarWidth)}pt;height:{points(document.Page.Height)}pt;"
                + "z-index:251659264;mso-position-horizontal-relative:page;mso-position-vertical-relative:page;v-text-anchor:top",
            FillColor = "#f2f2f2",
            Stroked = false,
        };
        if (wrap)
        {
            shape.Append(new W10.TextWrap { Type = W10.WrapValues.Square, AnchorX = W10.HorizontalAnchorValues.Page, AnchorY = W10.VerticalAnchorValues.Page });
        }

        return new Picture(TextBoxShapeType(), shape);
    }

    /// <summary>The text-box shape type Word declares before the first v:shape that uses it.</summary>
    private static V.Shapetype TextBoxShapeType() => new(
        new V.Stroke { JoinStyle = V.StrokeJoinStyleValues.Miter },
        new V.Path { AllowGradientShape = true, ConnectionPointType = DocumentFormat.OpenXml.Vml.Office.ConnectValues.Rectangle })
    {
        Id = "_x0000_t202",
        CoordinateSize = "21600,21600",
        OptionalNumber = 202,
        EdgePath = "m,l,21600r21600,l21600,xe",
    };
}
