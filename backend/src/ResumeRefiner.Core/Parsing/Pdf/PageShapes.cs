using UglyToad.PdfPig.Content;

namespace ResumeRefiner.Core.Parsing.Pdf;

/// <summary>A rectangle on a page in top-down coordinates.</summary>
internal readonly record struct Box(double Left, double Right, double Top, double Bottom)
{
    public double Width => Right - Left;

    public double Height => Bottom - Top;
}

/// <summary>
/// Shapes drawn on a page that carry layout the text layer lacks: small round or square list markers, and filled
/// boxes behind text (skill chips, shaded table cells) whose edges part what they hold.
/// </summary>
internal sealed record PageShapes(IReadOnlyList<Box> Markers, IReadOnlyList<Box> Boxes)
{
    public static PageShapes Read(Page page)
    {
        var markers = new List<Box>();
        var boxes = new List<Box>();
        foreach (var path in page.Paths)
        {
            if (!(path.IsFilled || path.IsStroked) || path.GetBoundingRectangle() is not { } rect)
            {
                continue;
            }

            var box = new Box(rect.Left, rect.Right, page.Height - rect.Top, page.Height - rect.Bottom);
            if (path.Count <= 2 && box.Width is >= 1.5 and <= 7 && box.Height is >= 1.5 and <= 7 && box.Width / box.Height is >= 0.6 and <= 1.7)
            {
                markers.Add(box);
            }
            else if (path.IsFilled && box.Height is >= 8 and <= 40 && box.Width >= 8 && box.Width <= page.Width * 0.5)
            {
                boxes.Add(box);
            }
        }

        return new PageShapes(markers, boxes);
    }
}
