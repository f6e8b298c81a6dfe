using System.Text.RegularExpressions;
using ResumeRefiner.Core.Model;
using ResumeRefiner.Core.Parsing.Layout;

namespace ResumeRefiner.Core.Parsing.Sections;

/// <summary>A skills section: labelled groups of keywords, and the loose skills around them.</summary>
internal static partial class SkillsReader
{
    [GeneratedRegex(@"^(?<label>[^:–—]{1,30}?)\s+[–—]\s+(?<rest>.+)$")]
    private static partial Regex DashLabelRegex();

    // A skill level printed after a group's name or its last keyword: "Finance (Master)", "Anaplan — Expert".
    private const string SkillLevels = "beginner|novice|basic|elementary|intermediate|advanced|proficient|expert|master|fluent";

    [GeneratedRegex(@"^(?<text>.+?)\s+[—–-]\s+(?<level>" + SkillLevels + ")$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingLevelRegex();

    [GeneratedRegex(@"^(?<text>.+?)\s*\((?<level>" + SkillLevels + @")\)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BracketedLevelRegex();

    // "Scheduling (5 years)", "Excel (Expert)", "Case management - 4 years": how long or how well, as job-board profiles
    // print each skill.
    [GeneratedRegex(@"^(?<text>.+?)(?:\s*\((?:" + SkillLevels + @"|\d+\+?\s*(?:years?|yrs?\.?|months?)(?:\s+of\s+experience)?|less\s+than\s+(?:a|one|1)\s+year)\)"
        + @"|\s+[—–-]\s+(?:\d+\+?\s*(?:years?|yrs?\.?|months?)(?:\s+of\s+experience)?|less\s+than\s+(?:a|one|1)\s+year))$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KeywordMeasureRegex();

    // "Meta-analysis   60%", "Figma   Expert", "Excel  4/5": a rating set apart beside a skill, no skill of its own.
    [GeneratedRegex(@"^(?:\d{1,3}\s?%|\d(?:\.\d)?\s?/\s?(?:5|10)|" + SkillLevels + ")$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RatingRegex();

    /// <summary>The items without the ratings printed apart beside their skills.</summary>
    private static List<Item> WithoutRatings(List<Item> items) =>
        [.. items.Select(i => i.Segments.Count > 1 && i.Segments.Any(s => RatingRegex().IsMatch(s.Trim()))
            ? new Item { Line = i.Line, LastLine = i.LastLine, Segments = [.. i.Segments.Where(s => !RatingRegex().IsMatch(s.Trim()))], Side = i.Side, Bullet = i.Bullet }
            : i)];

    public static List<Skill> Read(List<Item> items, ConfidenceLog log, int offset)
    {
        items = JoinWrappedKeywords(WithoutRatings(items));
        var groups = new List<(string Name, List<string> Keywords)>();
        var loose = new List<string>();

        // A group whose label stands on a line of its own: the lines below it (deeper bullets, when the label is a
        // bullet) are its keywords until the next label.
        (string Name, List<string> Keywords)? open = null;
        var openLeft = 0.0;
        var openByIndent = false;

        // One skill per bullet ("• Microsoft Word, Excel & Outlook") when the bullets are not comma lists.
        var bulletItems = items.Where(i => i.Bullet).ToList();
        var wholeBullets = bulletItems.Count >= 2 && bulletItems.Count(i => i.Text.Contains(',', StringComparison.Ordinal)) * 2 <= bulletItems.Count;
        for (var k = 0; k < items.Count; k++)
        {
            var item = items[k];
            if (item.Segments.Count == 0)
            {
                continue;
            }

            var text = string.Join(" ", item.Segments);
            var (label, list) = SplitLabel(item, text);
            var keepWhole = wholeBullets && item.Bullet && label is null && list.Count(c => c == ',') < 2;
            var keywords = (keepWhole ? [list.Trim()] : ListText.Split(list)).Where(k => !LooksLikeContact(k))
                .Select(k => KeywordMeasureRegex().Match(k) is { Success: true } measured ? measured.Groups["text"].Value : k).ToList();
            if (keywords.Count == 0)
            {
                continue;
            }

            if (label is null && IsGroupLabel(items, k, text))
            {
                open = (text.Trim().TrimEnd(':').Trim(), []);
                groups.Add(open.Value);
                (openLeft, openByIndent) = (item.Line.Left, item.Bullet);
                continue;
            }

            if (label is not null)
            {
                groups.Add((label, keywords));
                open = null;
                continue;
            }

            if (open is { } group && (!openByIndent || item.Line.Left > openLeft + 4))
            {
                group.Keywords.AddRange(keywords);
                continue;
            }

            open = null;
            loose.AddRange(keywords);
        }

        var skills = new List<Skill>();
        foreach (var (name, keywords) in groups)
        {
            // A label with nothing under it was a skill of its own.
            if (keywords.Count == 0)
            {
                loose.Add(name);
                continue;
            }

            var named = BracketedLevelRegex().Match(name);
            var trailing = TrailingLevelRegex().Match(keywords[^1]);
            if (trailing.Success)
            {
                keywords[^1] = trailing.Groups["text"].Value;
            }

            var level = named.Success ? named : trailing.Success ? trailing : null;
            skills.Add(new Skill { Name = named.Success ? named.Groups["text"].Value : name, Keywords = keywords, Level = level?.Groups["level"].Value });
            log.Add($"skills[{offset + skills.Count - 1}]", 0.85, "labelled skill group");
        }

        if (loose.Count > 0)
        {
            skills.Add(new Skill { Name = "Skills", Keywords = loose });
            log.Add($"skills[{offset + skills.Count - 1}]", 0.7, "unlabelled skill list");
        }

        return skills;
    }

    /// <summary>
    /// "Languages: Python, Go", or a label segment beside its list when the type tells them apart ("Cloud   AWS, GCP"
    /// with the label bold). A row of chips set alike is a list, not a label and its list.
    /// </summary>
    private static (string? Label, string List) SplitLabel(Item item, string text)
    {
        var segments = item.Segments;

        // A label inside the second cell ("Organisational skills" | "Account management: upselling, …") names the
        // group better than the cell before it.
        var m = segments.Count >= 2 && !segments[0].Contains(':', StringComparison.Ordinal) && ListText.LabelRegex().IsMatch(segments[1])
            ? ListText.LabelRegex().Match(string.Join(" ", segments.Skip(1)))
            : ListText.LabelRegex().Match(text);
        if (!m.Success)
        {
            // "Clinical — Procedural sedation · Cardiology": a dash sets a short label before a list.
            m = DashLabelRegex().Match(text);
            m = m.Success && ListText.Split(m.Groups["rest"].Value).Count >= 2 ? m : Match.Empty;
        }

        if (m.Success && !m.Groups["label"].Value.Contains(',', StringComparison.Ordinal))
        {
            // Pieces set apart after a label segment ("Tools:" then chips) are items of the list.
            var label = m.Groups["label"].Value.Trim();
            var rest = segments.Count >= 3 && segments[0].Trim().TrimEnd(':', '—', '–').Trim() == label
                ? string.Join(", ", segments.Skip(1))
                : m.Groups["rest"].Value;
            return (label, rest);
        }

        if (segments.Count >= 2 && segments[0].Split(' ').Length <= 4 && !segments[0].Contains(',', StringComparison.Ordinal))
        {
            var styled = item.Line.Segments.Where(s => segments.Contains(s.Text)).ToList();
            var contrast = styled.Count == segments.Count && styled[0].Bold && styled.Skip(1).All(s => !s.Bold);
            var listBeside = segments.Skip(1).Any(t => t.Contains(',', StringComparison.Ordinal));
            if (contrast || listBeside)
            {
                return (segments[0].Trim().TrimEnd(':'), string.Join(", ", segments.Skip(1)));
            }
        }

        // Pieces set apart on a line (chips, table cells) are items of the list.
        return (null, segments.Count > 1 ? string.Join(", ", segments) : text);
    }

    /// <summary>
    /// A short line that names the group below it: a bullet with deeper bullets under it, or a line set apart from the
    /// next (bold over regular, larger, or ending in a colon).
    /// </summary>
    private static bool IsGroupLabel(List<Item> items, int k, string text)
    {
        var item = items[k];
        if (k + 1 >= items.Count || item.Segments.Count != 1 || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 4
            || text.Contains(',', StringComparison.Ordinal))
        {
            return false;
        }

        var next = items[k + 1];
        if (item.Bullet)
        {
            return next.Bullet && next.Line.Kind() == DocumentKindHint.Positioned && next.Line.Left > item.Line.Left + 4;
        }

        // A plain line over a bulleted list names it too.
        return text.TrimEnd().EndsWith(':') || (item.Line.Bold && !next.Line.Bold)
            || (item.Line.FontSize > 0 && item.Line.FontSize >= next.Line.FontSize + 1) || next.Bullet;
    }

    /// <summary>
    /// A keyword wrapped in a narrow column ("Payroll" / "reconciliation", right-aligned or not): the next line opens
    /// with a small letter, and its first word would not have fitted beside the line above in the column's width.
    /// </summary>
    private static List<Item> JoinWrappedKeywords(List<Item> items)
    {
        var joined = new List<Item>(items.Count);
        foreach (var item in items)
        {
            if (joined.Count > 0 && joined[^1] is var previous && IsWrappedKeyword(previous, item, items))
            {
                joined[^1] = new Item
                {
                    Line = previous.Line,
                    LastLine = item.LastLine,
                    Segments = [previous.Segments[0] + " " + item.Segments[0]],
                    Side = [.. previous.Side, .. item.Side],
                    Bullet = previous.Bullet,
                };
                continue;
            }

            joined.Add(item);
        }

        return joined;
    }

    private static bool IsWrappedKeyword(Item previous, Item item, List<Item> items)
    {
        var (above, line) = (previous.LastLine, item.Line);
        if (item.Bullet || item.Segments.Count != 1 || previous.Segments.Count != 1 || line.Kind() != DocumentKindHint.Positioned
            || above.Page != line.Page || Math.Abs(above.FontSize - line.FontSize) >= 0.6 || line.GapAbove > 2 * line.FontSize)
        {
            return false;
        }

        var (text, before) = (item.Segments[0].Trim(), previous.Segments[0].TrimEnd());
        var firstWord = text.Split(' ')[0];
        if (text.Length == 0 || !char.IsLower(text[0]) || firstWord.Any(char.IsUpper) || before.Length == 0 || ",;.:".Contains(before[^1], StringComparison.Ordinal))
        {
            return false;
        }

        // The column: lines sharing this line's left or right edge.
        var column = items.Select(i => i.Line).Where(l => l.Page == line.Page && l.Kind() == DocumentKindHint.Positioned
            && (Math.Abs(l.Right - line.Right) < 2 || Math.Abs(l.Left - line.Left) < 2)).ToList();
        var width = column.Max(l => l.Right - l.Left);
        var letter = (line.Right - line.Left) / Math.Max(1, line.Text.Length);
        return above.Right - above.Left + (letter * (firstWord.Length + 1)) > width + 0.5;
    }

    /// <summary>
    /// Two or more short undated items, none a sentence or a contact detail: what a list of skills looks like, whatever
    /// its heading says.
    /// </summary>
    public static bool IsKeywordList(List<Item> items)
    {
        var texts = items.Where(i => i.HasMain).ToList();
        return texts.Count >= 2 && texts.All(i => i.Side.Count == 0 && IsKeyword(i.Text));
    }

    private static bool IsKeyword(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length > 0 && trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 5 && !trimmed.EndsWith('.')
            && !trimmed.Contains(':', StringComparison.Ordinal) && Dates.DateParser.Find(trimmed) is null && !LooksLikeContact(trimmed);
    }

    /// <summary>Contact details that a two-column layout interleaves with a skills list are not skills.</summary>
    private static bool LooksLikeContact(string text) =>
        text.Contains('@', StringComparison.Ordinal) || Fields.ContactFinder.Urls(text).Any(u => u.Contains('/', StringComparison.Ordinal) || u.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        || Fields.ContactFinder.PhoneNumbers(text).Any();
}
