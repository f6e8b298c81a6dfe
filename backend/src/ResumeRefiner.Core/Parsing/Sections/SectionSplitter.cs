using ResumeRefiner.Core.Parsing.Dates;
using ResumeRefiner.Core.Parsing.Layout;
using ResumeRefiner.Core.Parsing.Text;

namespace ResumeRefiner.Core.Parsing.Sections;

/// <summary>A run of lines under one heading.</summary>
internal sealed record Section(SectionKind Kind, string Heading, IReadOnlyList<DocLine> Lines, bool HeadingByVocabulary);

/// <summary>
/// Finds section headings by vocabulary and typography. A vocabulary match must also look like a heading (bold,
/// larger, capitals, a heading style, or standing alone), so a skill called "Leadership" inside a list is not
/// taken for a section. Headings styled exactly like the recognised ones are taken as headings too, even with
/// names we do not know, so their content does not leak into the previous section.
/// </summary>
internal static class SectionSplitter
{
    // Words that are headings only when styled like the other headings: they also appear as ordinary lines.
    private static readonly HashSet<string> WeakHeadings = new(StringComparer.Ordinal)
    {
        "work", "research", "software", "tools", "programming", "training", "leadership", "activities", "about", "details",
        "links", "social", "portfolio", "project", "language", "strengths", "abilities", "qualifications", "bio",
        "introduction", "overview", "career", "positions", "hello", "articles", "grants", "recognition", "expertise", "technologies",
        "credentials", "contact", "profile", "summary", "objective", "languages", "interests", "awards", "courses",
        "reference", "references", "publication", "papers", "hobbies", "volunteer", "teaching", "supervision", "reviewing",
    };

    private readonly record struct Style(double Size, bool Bold, bool Caps, int Level);

    public static List<Section> Split(LayoutDocument document)
    {
        var lines = document.Lines;
        var hasTypography = document.BodyFontSize > 0;
        var kinds = new SectionKind?[lines.Count];
        var strongStyles = new List<Style>();
        var ocr = document.OcrWords is not null;

        // Pass 1: vocabulary headings with clear heading looks.
        for (var i = 0; i < lines.Count; i++)
        {
            var kind = MatchHeading(lines[i], ocr, out var key, out _, out var qualified);
            if (kind is null)
            {
                continue;
            }

            var looks = LooksLikeHeading(lines, i, document.BodyFontSize, hasTypography, ocr);
            if (looks && !WeakHeadings.Contains(key) && !qualified)
            {
                kinds[i] = kind;
                strongStyles.Add(StyleOf(lines[i], ocr));
            }
        }

        // The headings' own style: the one most vocabulary headings share (sub-headings such as "Journal Articles"
        // may match the vocabulary too, but are fewer).
        var headingStyles = strongStyles.GroupBy(s => s).OrderByDescending(g => g.Count()).Take(1)
            .Concat(strongStyles.GroupBy(s => s).Where(g => g.Count() >= 3))
            .Select(g => g.Key).Distinct().ToList();
        var firstStrong = Array.FindIndex(kinds, k => k is not null);

        // Pass 2: weak vocabulary words and unknown headings, when styled like the recognised headings.
        var wrapped = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (kinds[i] is not null)
            {
                continue;
            }

            var line = lines[i];
            if (IsWrappedHeading(lines, kinds, i, ocr))
            {
                wrapped[i] = true;
                continue;
            }

            var kind = MatchHeading(line, ocr, out _, out var misread, out _);
            var style = StyleOf(line, ocr);
            var sameStyle = headingStyles.Contains(style);
            if (kind is not null)
            {
                // A misread heading must look like one itself: OCR lines carry no weight, so body lines share its style.
                // A sidebar titles its sections in a type of its own ("Contact", "Languages" beside "Top Skills"): a
                // weak word that looks like a heading and shares any recognised heading's style is one too.
                var looks = LooksLikeHeading(lines, i, document.BodyFontSize, hasTypography, ocr);

                // A skill group may be named like a section with no JSON Resume home ("TEACHING" over teaching skills).
                var enclosing = i > 0 ? Array.FindLastIndex(kinds, i - 1, i, k => k is not null) : -1;
                if (kind == SectionKind.Other && enclosing >= 0 && kinds[enclosing] == SectionKind.Skills)
                {
                    continue;
                }

                if ((sameStyle && (!misread || looks)) || (looks && headingStyles.Count == 0) || (looks && line.HeadingLevel != 0)
                    || (looks && !misread && strongStyles.Contains(style) && IsDistinctive(style, document.BodyFontSize)))
                {
                    kinds[i] = kind;
                }

                continue;
            }

            // After the first heading of any kind: a sidebar read before the main column opens with weak headings.
            var afterHeading = firstStrong >= 0 && Array.FindIndex(kinds, 0, i, k => k is not null) >= 0;
            var distinctive = IsDistinctive(style, document.BodyFontSize) || IsPlainCapitalsHeading(document, line, style);
            if (sameStyle && afterHeading && distinctive && LooksLikeUnknownHeading(line) && !IsEntryHeader(lines, kinds, i))
            {
                kinds[i] = SectionKind.Other;
            }
        }

        // "Achievements:" under each job: a label ending in a colon that recurs is part of the entries, not a section.
        foreach (var label in Enumerable.Range(0, lines.Count).Where(i => kinds[i] is not null && lines[i].Text.TrimEnd().EndsWith(':'))
            .GroupBy(i => lines[i].Text.Trim().ToUpperInvariant()).Where(g => g.Count() >= 2))
        {
            foreach (var i in label)
            {
                kinds[i] = null;
            }
        }

        var sections = new List<Section>();
        var current = new List<DocLine>();
        var currentKind = SectionKind.Header;
        var currentHeading = string.Empty;
        var byVocabulary = false;
        DocLine? headingLine = null;

        // The earlier section that lines read now go on with, when a page opens in another column than the one the last page ended in.
        int? resumed = null;
        void Close()
        {
            if (resumed is { } r)
            {
                sections[r] = sections[r] with { Lines = [.. sections[r].Lines, .. current] };
                resumed = null;
            }
            else
            {
                sections.Add(new Section(currentKind, currentHeading, current, byVocabulary));
            }
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (wrapped[i])
            {
                currentHeading += " " + lines[i].Text;
                continue;
            }

            if (kinds[i] is { } k)
            {
                Close();
                current = [];
                currentKind = k;
                currentHeading = lines[i].Text;
                headingLine = lines[i];
                byVocabulary = k != SectionKind.Other;
                continue;
            }

            if (StartsHeaderAbove(lines[i], headingLine, document.BodyFontSize, ocr))
            {
                // A sidebar read first ends in a section; the main column then opens with the name and title above it.
                Close();
                (current, currentKind, currentHeading, headingLine, byVocabulary) = ([], SectionKind.Header, string.Empty, null, false);
            }
            else if (i > 0 && lines[i].Page > lines[i - 1].Page && ColumnGoingOn(sections, current, lines[i]) is { } earlier)
            {
                Close();
                resumed = earlier;
                (current, currentKind, currentHeading, headingLine, byVocabulary) = ([], sections[earlier].Kind, sections[earlier].Heading, null, sections[earlier].HeadingByVocabulary);
            }

            current.Add(lines[i]);
        }

        Close();
        for (var s = 0; s < sections.Count; s++)
        {
            if (sections[s].Kind == SectionKind.Skills && IsAccomplishmentBlock(sections[s].Lines))
            {
                sections[s] = sections[s] with { Kind = SectionKind.Other };
            }
            else if (sections[s].Kind == SectionKind.Skills && SectionHeadings.Normalize(sections[s].Heading) == "qualifications" && ListsDegrees(sections[s].Lines))
            {
                // A British CV's "Qualifications" are its degrees; elsewhere the word heads a list of strengths.
                sections[s] = sections[s] with { Kind = SectionKind.Education };
            }
        }

        // An executive's "Leadership Experience" holds the jobs when no other section does; beside one it holds activities.
        if (!sections.Any(s => s.Kind == SectionKind.Experience)
            && sections.FindIndex(s => s.Kind == SectionKind.Volunteer && SectionHeadings.Normalize(s.Heading) == "leadership experience") is var lead and >= 0)
        {
            sections[lead] = sections[lead] with { Kind = SectionKind.Experience };
        }

        // A consultant's "Project History" names a client for each engagement; with no other work section (one with
        // dates: a skills table's "Experience" column is none) those are the jobs.
        if (!sections.Any(s => s.Kind == SectionKind.Experience && s.Lines.Any(l => DateParser.Find(l.Text) is not null)))
        {
            for (var s = 0; s < sections.Count; s++)
            {
                if (sections[s].Kind == SectionKind.Projects && NamesClients(sections[s].Lines))
                {
                    sections[s] = sections[s] with { Kind = SectionKind.Experience };
                }
            }
        }

        return sections;
    }

    /// <summary>Entries that name their client ("Client: Acme · Role: Analyst" or a "Client" label column).</summary>
    private static bool NamesClients(IReadOnlyList<DocLine> lines) =>
        lines.Any(l => l.Text.StartsWith("Client:", StringComparison.OrdinalIgnoreCase)
            || (l.Segments.Count > 1 && l.Segments[0].Text.Trim().Equals("Client", StringComparison.OrdinalIgnoreCase)));

    /// <summary>Lines naming degrees and the schools that gave them ("BSc (Hons) Psychology, 2:1" / "University of Leeds").</summary>
    private static bool ListsDegrees(IReadOnlyList<DocLine> lines)
    {
        var degrees = lines.Count(l => l.Segments.Any(s => Fields.Degrees.Parse(TextCleaner.StripBullet(s.Text)) is not null));
        return degrees > 0 && degrees * 3 >= lines.Count && lines.Any(l => Fields.EntryVocabulary.IsInstitution(l.Text));
    }

    /// <summary>
    /// A functional resume's skill areas ("Relevant Skills &amp; Accomplishments" / "Project Management" / achievement
    /// sentences): most of the section's text is in sentences, not lists, so it names no skills but tells what was done.
    /// </summary>
    private static bool IsAccomplishmentBlock(IReadOnlyList<DocLine> lines)
    {
        var sentences = 0;
        var letters = 0;
        foreach (var line in lines)
        {
            var text = line.Text;
            letters += text.Length;
            if (IsSentence(text))
            {
                sentences += text.Length;
            }
        }

        return lines.Count >= 2 && sentences * 2 > letters;
    }

    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "to", "for", "with", "by", "in", "on", "from", "across", "into",
    };

    /// <summary>
    /// Seven words or more, few commas, no label, full-stopped or opening with what was done, and written with the small
    /// words of a sentence: an achievement, not a row of skills ("GAAP CaseWare QuickBooks Tax preparation Excel").
    /// </summary>
    private static bool IsSentence(string text)
    {
        text = TextCleaner.StripBullet(text.Trim()) is { Length: > 0 } stripped && TextCleaner.StartsWithBullet(text.Trim()) ? stripped : text.Trim();
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var commas = text.Count(c => c is ',' or ';' or '|' or '·' or '•');
        return words.Length >= 7 && (colon < 0 || colon > 40) && commas * 4 <= words.Length
            && (text.EndsWith('.') || EntryGrouper.OpensWithAction(text)) && words.Any(FunctionWords.Contains);
    }

    /// <summary>
    /// A line set well above body type, printed higher on the page than the current section's heading: reading went on
    /// to another column, whose top holds the document's header (name, title), not the rest of that section.
    /// </summary>
    private static bool StartsHeaderAbove(DocLine line, DocLine? heading, double bodyFontSize, bool ocr) =>
        heading is not null && bodyFontSize > 0 && line.Kind() == DocumentKindHint.Positioned && heading.Kind() == DocumentKindHint.Positioned
        && line.Page == heading.Page && line.Top < heading.Top - (2 * heading.FontSize) && line.FontSize >= bodyFontSize + 2
        && MatchHeading(line, ocr, out _, out _, out _) is null;

    /// <summary>
    /// A page that opens without a heading, in a column the section that ended the last page was not in: a two-column
    /// resume whose main column runs on to the next page after its sidebar ended on the first. The lines go on with the
    /// last section read in their column (the jobs), not with the sidebar's last section (certificates).
    /// </summary>
    private static int? ColumnGoingOn(List<Section> sections, List<DocLine> current, DocLine line)
    {
        var page = line.Page - 1;
        var ended = current.Where(l => l.Page == page).ToList();
        if (line.Kind() != DocumentKindHint.Positioned || ended.Count == 0 || ended.Any(l => l.Left <= line.Right && l.Right >= line.Left))
        {
            return null;
        }

        var column = sections.FindLastIndex(s => s.Lines.Any(l => l.Page == page && Math.Abs(l.Left - line.Left) <= 2));
        return column >= 0 && sections[column].Kind != SectionKind.Header ? column : null;
    }

    /// <summary>
    /// The second line of a heading too long for a narrow column ("EDUCATION AND" / "QUALIFICATIONS"): set in the
    /// heading's type right under it, and the two lines together are a heading.
    /// </summary>
    private static bool IsWrappedHeading(IReadOnlyList<DocLine> lines, SectionKind?[] kinds, int i, bool ocr) =>
        i > 0 && kinds[i - 1] is not null && StyleOf(lines[i], ocr) == StyleOf(lines[i - 1], ocr) && !lines[i].ListItem
        && SectionHeadings.Match(lines[i - 1].Text + " " + lines[i].Text) is not null;

    private static readonly HashSet<SectionKind> EntrySections =
        [SectionKind.Experience, SectionKind.Education, SectionKind.Projects, SectionKind.Volunteer];

    /// <summary>
    /// Templates that set employers and schools in the section titles' type ("Work Experience" / "Acme Corp" /
    /// "Senior Engineer" / "2019 – 2021"): inside a section of dated entries, a line styled like a title but named like
    /// none, with a date in the few lines after it, starts an entry, not a section.
    /// </summary>
    private static bool IsEntryHeader(IReadOnlyList<DocLine> lines, SectionKind?[] kinds, int i)
    {
        var enclosing = Array.FindLastIndex(kinds, i - 1, i, k => k is not null && k != SectionKind.Other);
        if (enclosing < 0 || !EntrySections.Contains(kinds[enclosing]!.Value))
        {
            return false;
        }

        for (var k = i; k < lines.Count && k <= i + 4; k++)
        {
            if (k > i && kinds[k] is not null)
            {
                return false;
            }

            if (DateParser.Find(lines[k].Text) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The section a line names, with its vocabulary key (empty when it names none). On OCR pages a line that matches nothing may be a heading
    /// misread by a letter or two (<paramref name="misread"/>); text layers are matched exactly. A heading named with a
    /// word of its own (<paramref name="qualified"/>, "Nursing Experience") counts only when styled like the others.
    /// </summary>
    private static SectionKind? MatchHeading(DocLine line, bool ocr, out string key, out bool misread, out bool qualified)
    {
        key = string.Empty;
        misread = false;
        qualified = false;
        if (line.ListItem)
        {
            return null;
        }

        var text = line.Text;
        if (TextCleaner.StartsWithBullet(text))
        {
            return null;
        }

        var kind = SectionHeadings.Match(text);
        if (kind is null && line.Segments.Count > 1)
        {
            // An icon or a rule drawn as text beside the heading ("■ Experience").
            var longest = line.Segments.OrderByDescending(s => s.Text.Length).First().Text;
            if (line.Segments.Where(s => s.Text != longest).All(s => s.Text.Length <= 2))
            {
                text = longest;
                kind = SectionHeadings.Match(longest);
            }
        }

        if (kind is null && ocr && SectionHeadings.NearestOcrHeading(text) is { } nearest)
        {
            (key, misread) = (nearest, true);
            kind = SectionHeadings.Match(nearest);
        }

        if (kind is null && SectionHeadings.MatchQualified(text) is { } named)
        {
            (kind, qualified) = (named, true);
        }

        // The key is read only for a heading: normalising every body line would cost more than the match itself.
        if (kind is not null && !misread)
        {
            key = SectionHeadings.Normalize(line.Text);
        }

        return kind;
    }

    private static Style StyleOf(DocLine line, bool ocr) =>
        new(Math.Round(line.FontSize * 2) / 2, line.Bold, IsCaps(line.Text, ocr), line.HeadingLevel);

    private static bool IsCaps(string text, bool ocr)
    {
        var letters = text.Where(char.IsLetter).ToList();
        return letters.Count >= 2 && letters.All(char.IsUpper) || ocr && IsMisreadSmallCaps(text);
    }

    /// <summary>
    /// Tesseract reads small capitals as a jumble of cases ("EpucaTion", "Work ExPERIENCE", "ABouT"): every word
    /// opens with a capital, and one turns back to a capital after small letters.
    /// </summary>
    private static bool IsMisreadSmallCaps(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Any(char.IsLetter)).ToList();
        return words.Count > 0 && words.All(w => char.IsUpper(w.First(char.IsLetter)) || w == "and")
            && words.Any(w => w.Length >= 4 && Enumerable.Range(1, w.Length - 1).Any(k => char.IsLower(w[k - 1]) && char.IsUpper(w[k])));
    }

    // Capitals alone are not enough: acronyms (SQL, AWS) are capitals too.
    private static bool IsDistinctive(Style style, double bodySize) =>
        style.Level != 0 || (style.Caps && style.Bold) || (bodySize > 0 && style.Size >= bodySize + 1);

    /// <summary>
    /// Plain text has no type but capitals and blank lines: a line in capitals that opens a paragraph, where the
    /// recognised headings are capitals too, is a heading ("PROJECT MANAGEMENT" over a functional resume's
    /// achievements, "EQUIPMENT OPERATED"), not the end of the summary above it. A list (commas, bars) is not.
    /// </summary>
    private static bool IsPlainCapitalsHeading(LayoutDocument document, DocLine line, Style style) =>
        document.Kind == DocumentKind.Text && style.Caps && line.ParagraphStart && !line.Text.Contains(',', StringComparison.Ordinal)
        && !line.Text.Contains('|', StringComparison.Ordinal) && line.Text.Count(char.IsLetter) >= 5;

    private static bool LooksLikeHeading(IReadOnlyList<DocLine> lines, int i, double bodySize, bool hasTypography, bool ocr)
    {
        var line = lines[i];
        if (line.HeadingLevel != 0 || IsCaps(line.Text, ocr) || line.Text.TrimEnd().EndsWith(':'))
        {
            return true;
        }

        if (hasTypography)
        {
            return line.Bold || line.FontSize >= bodySize + 0.9 || line.Text.Contains("  ", StringComparison.Ordinal) == false && StandsAlone(lines, i);
        }

        return line.ParagraphStart || (i + 1 < lines.Count && lines[i + 1].ParagraphStart) || char.IsUpper(line.Text[0]);
    }

    private static bool StandsAlone(IReadOnlyList<DocLine> lines, int i)
    {
        var line = lines[i];
        if (line.Kind() == DocumentKindHint.Flow)
        {
            return line.ParagraphStart && (i + 1 >= lines.Count || lines[i + 1].ParagraphStart);
        }

        // PDF: clearly more space above than the following line has.
        var next = i + 1 < lines.Count ? lines[i + 1] : null;
        return line.GapAbove > 0 && next is not null && line.GapAbove > next.GapAbove * 1.3;
    }

    private static bool LooksLikeUnknownHeading(DocLine line)
    {
        var text = line.Text.Trim();
        if (line.Segments.Count > 1 || text.Length < 3 || text.Length > 40 || line.ListItem || TextCleaner.StartsWithBullet(text))
        {
            return false;
        }

        if (text.Any(char.IsDigit) || DateParser.Find(text) is not null || text.Contains('@', StringComparison.Ordinal))
        {
            return false;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 5 && !text.EndsWith('.') && !text.EndsWith(',') && char.IsLetter(text[0]);
    }
}
