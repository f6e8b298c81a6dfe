using ResumeRefiner.Core.Parsing.Dates;
using ResumeRefiner.Core.Parsing.Fields;
using ResumeRefiner.Core.Parsing.Sections;

namespace ResumeRefiner.Core.Parsing.Pdf;

/// <summary>
/// Finds a vertical gutter that splits a page into columns (two-column and sidebar layouts), so each column is
/// read top to bottom instead of line by line across the page.
/// </summary>
internal static class ColumnDetector
{
    /// <summary>Segments grouped into regions in reading order: top band, left column, right column, bottom band.</summary>
    public static List<List<PdfSegment>> Split(List<PdfSegment> segments, double pageWidth, int depth = 0)
    {
        if (segments.Count < 8 || depth > 1)
        {
            return [segments];
        }

        var gutter = FindGutter(segments, pageWidth);
        if (gutter is null)
        {
            return [segments];
        }

        var x = gutter.Value;
        var left = segments.Where(s => s.Right <= x).ToList();
        var right = segments.Where(s => s.Left >= x).ToList();
        var crossing = segments.Where(s => s.Left < x && s.Right > x).ToList();
        // The columns start where both have begun; anything above (name, contact line, a date stamp) is the page
        // header and is read first.
        var leftHeading = left.Where(s => SectionHeadings.Match(s.Text) is not null).Select(s => s.Baseline).DefaultIfEmpty(double.NaN).Min();
        var rightHeading = right.Where(s => SectionHeadings.Match(s.Text) is not null).Select(s => s.Baseline).DefaultIfEmpty(double.NaN).Min();
        var columnsTop = !double.IsNaN(leftHeading) && !double.IsNaN(rightHeading)
            ? Math.Min(leftHeading, rightHeading)
            : Math.Max(left.Min(s => s.Baseline), right.Min(s => s.Baseline));
        var columnsBottom = Math.Max(left.Max(s => s.Baseline), right.Max(s => s.Baseline));

        var top = crossing.Where(s => s.Baseline < columnsTop - 1).ToList();
        foreach (var side in new[] { left, right })
        {
            var above = side.Where(s => s.Baseline < columnsTop - 1).ToList();
            top.AddRange(above);
            side.RemoveAll(above.Contains);
        }

        var bottom = crossing.Where(s => s.Baseline >= columnsBottom - 1 && !top.Contains(s)).ToList();
        foreach (var s in crossing.Except(top).Except(bottom))
        {
            (x - s.Left > s.Right - x ? left : right).Add(s);
        }

        var regions = new List<List<PdfSegment>>();
        if (top.Count > 0)
        {
            regions.Add(top);
        }

        regions.AddRange(Split(left, pageWidth, depth + 1));
        regions.AddRange(Split(right, pageWidth, depth + 1));
        if (bottom.Count > 0)
        {
            regions.Add(bottom);
        }

        return regions;
    }

    private static double? FindGutter(List<PdfSegment> segments, double pageWidth)
    {
        var minX = segments.Min(s => s.Left);
        var maxX = segments.Max(s => s.Right);
        var width = maxX - minX;
        if (width < pageWidth * 0.3)
        {
            return null;
        }

        // Coverage of each x by segments; a few full-width lines may cross a real gutter, and so may the page header (the
        // name, a summary paragraph) above the columns: only what crosses below the point where both sides have begun
        // counts.
        var allowedCrossings = Math.Max(2, segments.Count / 25);
        double? best = null;
        var bestScore = 0.0;
        var step = 2.0;
        double? runStart = null;
        for (var x = minX + width * 0.12; x <= minX + width * 0.88; x += step)
        {
            var leftTop = double.MaxValue;
            var rightTop = double.MaxValue;
            foreach (var s in segments)
            {
                if (s.Right <= x)
                {
                    leftTop = Math.Min(leftTop, s.Baseline);
                }
                else if (s.Left >= x)
                {
                    rightTop = Math.Min(rightTop, s.Baseline);
                }
            }

            var columnsTop = leftTop == double.MaxValue || rightTop == double.MaxValue ? double.MinValue : Math.Max(leftTop, rightTop);
            var crossings = 0;
            foreach (var s in segments)
            {
                if (s.Left < x && s.Right > x && s.Baseline >= columnsTop - 1)
                {
                    crossings++;
                }
            }

            if (crossings <= allowedCrossings)
            {
                runStart ??= x;
                continue;
            }

            if (runStart is { } start)
            {
                Consider(start, x - step);
                runStart = null;
            }
        }

        if (runStart is { } openStart)
        {
            Consider(openStart, minX + width * 0.88, open: true);
        }

        return best;

        void Consider(double start, double end, bool open = false)
        {
            // A run still clear at the end of the scan may only look clear because the right column's first lines sit
            // low on the page (its top is counted from its highest segment): the gutter ends where three lines start
            // (one line starting there may be a header item beside the name).
            if (open)
            {
                var inside = segments.Where(s => s.Left > start && s.Left < end).Select(s => s.Left).ToList();
                var edge = inside.Where(x => inside.Count(o => Math.Abs(o - x) <= 2) >= 3).DefaultIfEmpty(end + step).Min();
                end = Math.Min(end, edge - step);
            }

            var mid = (start + end) / 2;
            var gap = end - start + step;
            if (gap < 6)
            {
                return;
            }

            var leftSide = segments.Where(s => s.Right <= mid).ToList();
            var rightSide = segments.Where(s => s.Left >= mid).ToList();
            if (leftSide.Count < 4 || rightSide.Count < 4)
            {
                return;
            }

            if (!IsIndependentFlow(leftSide, rightSide))
            {
                return;
            }

            var score = gap * Math.Min(leftSide.Count, rightSide.Count);
            if (score > bestScore)
            {
                bestScore = score;
                best = mid;
            }
        }
    }

    /// <summary>
    /// Two real columns flow independently: their lines rarely share baselines, or each holds its own section
    /// headings. A date column beside entries (moderncv) or right-aligned dates share baselines with the text
    /// they label, so they must stay on their lines.
    /// </summary>
    private static bool IsIndependentFlow(List<PdfSegment> left, List<PdfSegment> right)
    {
        var leftHeadings = left.Count(s => SectionHeadings.Match(s.Text) is not null);
        var rightHeadings = right.Count(s => SectionHeadings.Match(s.Text) is not null);
        var smaller = left.Count <= right.Count ? left : right;
        var other = ReferenceEquals(smaller, left) ? right : left;
        var lineIds = other.Select(s => s.LineId).ToHashSet();
        var aligned = smaller.Count(s => lineIds.Contains(s.LineId));
        var alignedShare = (double)aligned / smaller.Count;
        var verticalSpan = Math.Min(Span(left), Span(right));
        if (verticalSpan < 100)
        {
            return false;
        }

        // A label column (section titles, dates, places beside their content) is no column of its own: labels are
        // most of what it holds, and it holds far less text than the content. LabelColumn reads it.
        var labels = smaller.Count(s => SectionHeadings.Match(s.Text) is not null || DateParser.IsOnlyDates(s.Text) || LocationFinder.Parse(s.Text) is not null);
        if (labels * 2 >= smaller.Count && smaller.Sum(s => s.Text.Length) * 2.5 <= other.Sum(s => s.Text.Length))
        {
            return false;
        }

        if (leftHeadings > 0 && rightHeadings > 0)
        {
            return true;
        }

        return alignedShare < 0.35 && (leftHeadings + rightHeadings > 0);
    }

    private static double Span(List<PdfSegment> segments) =>
        segments.Max(s => s.Baseline) - segments.Min(s => s.Baseline);
}
