using System.Text;
using System.Text.RegularExpressions;
using ResumeRefiner.Core.Model;
using ResumeRefiner.Core.Parsing.Dates;
using ResumeRefiner.Core.Parsing.Layout;
using ResumeRefiner.Core.Parsing.Text;

namespace ResumeRefiner.Core.Parsing.Sections;

/// <summary>Sections that are lists rather than dated entries: skills, languages, certificates, awards...</summary>
internal static partial class ListReaders
{
    private static readonly HashSet<string> NaturalLanguages = new(StringComparer.OrdinalIgnoreCase)
    {
        "english", "spanish", "french", "german", "chinese", "mandarin", "cantonese", "japanese", "korean", "hindi", "arabic",
        "portuguese", "russian", "italian", "dutch", "swedish", "norwegian", "danish", "finnish", "polish", "turkish", "greek",
        "hebrew", "bengali", "bangla", "urdu", "punjabi", "tamil", "telugu", "marathi", "gujarati", "kannada", "malayalam",
        "vietnamese", "thai", "indonesian", "malay", "tagalog", "filipino", "swahili", "persian", "farsi", "ukrainian", "czech",
        "hungarian", "romanian", "bulgarian", "serbian", "croatian", "catalan", "basque", "galician", "irish", "welsh", "latin",
        "slovak", "slovenian", "lithuanian", "latvian", "estonian", "icelandic", "albanian", "armenian", "georgian", "azerbaijani",
        "kazakh", "uzbek", "mongolian", "nepali", "sinhala", "burmese", "khmer", "lao", "amharic", "yoruba", "igbo", "hausa",
        "zulu", "xhosa", "afrikaans", "somali", "esperanto", "sign language", "asl", "bsl", "luxembourgish", "maltese",
        "flemish", "brazilian portuguese",
    };

    [GeneratedRegex(@"^(?<label>[^:]{1,40}?)\s*:\s*(?<rest>.+)$")]
    private static partial Regex LabelRegex();

    [GeneratedRegex(@"^(?<label>[^:–—]{1,30}?)\s+[–—]\s+(?<rest>.+)$")]
    private static partial Regex DashLabelRegex();

    [GeneratedRegex(@"^(?<lang>[\p{L} ]+?)\s*(?:\((?<level>[^)]+)\)|[:–—-]\s*(?<level2>.+))?$")]
    private static partial Regex LanguageRegex();

    // "C == Python > C++ > Java": a ranking written with comparison signs, spaced, is a list too.
    // Words that name a credential rather than the body that issues it.
    [GeneratedRegex(@"\b(?:certifi|certified|licen[cs]|accredit|credential|diploma|qualification|registered)|(?-i:\([A-Z]{2,6}\))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CredentialRegex();

    // A skill level printed after a group's name or its last keyword: "Finance (Master)", "Anaplan — Expert".
    private const string SkillLevels = "beginner|novice|basic|elementary|intermediate|advanced|proficient|expert|master|fluent";

    [GeneratedRegex(@"^(?<text>.+?)\s+[—–-]\s+(?<level>" + SkillLevels + ")$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingLevelRegex();

    [GeneratedRegex(@"^(?<text>.+?)\s*\((?<level>" + SkillLevels + @")\)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BracketedLevelRegex();

    // "Certified Dispatcher, issued May 2018": the word that introduced the date, left behind when it was cut out.
    [GeneratedRegex(@"[,;]?\s*\b(?:issued|obtained|earned|awarded|received|completed|passed|since|valid\s+until|expires?|exp\.)\s*[,;:]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IssuedWordRegex();

    // "Scheduling (5 years)", "Excel (Expert)": how long or how well, as job-board profiles print each skill.
    [GeneratedRegex(@"^(?<text>.+?)\s*\((?:" + SkillLevels + @"|\d+\+?\s*(?:years?|yrs?\.?|months?)(?:\s+of\s+experience)?|less\s+than\s+(?:a|one|1)\s+year)\)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KeywordMeasureRegex();

    [GeneratedRegex(@"\s+(?:==?|>=?|<=?|≥|≤|≈)\s+")]
    private static partial Regex RankingSignRegex();

    /// <summary>Splits a list on commas, semicolons, bullets, pipes and spaced ranking signs, but not inside parentheses.</summary>
    public static List<string> SplitList(string text)
    {
        text = RankingSignRegex().Replace(text, ", ");
        var parts = new List<string>();
        var sb = new StringBuilder();
        var depth = 0;
        foreach (var c in text)
        {
            if (c is '(' or '[')
            {
                depth++;
            }
            else if (c is ')' or ']')
            {
                depth = Math.Max(0, depth - 1);
            }

            if (depth == 0 && c is ',' or ';' or '•' or '|' or '·' or '◦' or '▪')
            {
                parts.Add(sb.ToString());
                sb.Clear();
                continue;
            }

            sb.Append(c);
        }

        parts.Add(sb.ToString());
        return parts.Select(p => p.Trim().TrimEnd('.').Trim()).Where(p => p.Length > 0).ToList();
    }

    /// <summary>Lines "Label: content" whose label is a section name, with the label removed.</summary>
    public static IEnumerable<(SectionKind Kind, Item Item)> LabelledLines(List<Item> items)
    {
        foreach (var item in items)
        {
            var m = LabelRegex().Match(string.Join(" ", item.Segments));
            if (m.Success && SectionHeadings.Match(m.Groups["label"].Value) is { } kind)
            {
                var rest = m.Groups["rest"].Value;
                var stripped = new Item { Line = item.Line, Segments = [rest], Side = item.Side, Bullet = item.Bullet };
                yield return (kind, kind == SectionKind.Skills ? item : stripped);
            }
        }
    }

    /// <summary>
    /// A Europass language grid ends with its legend ("Levels: A1 and A2: Basic user …", "Common European Framework of
    /// Reference for Languages"); the rows after the legend are the next skill groups, whose heading the CV left out.
    /// </summary>
    public static (List<Item> Languages, List<Item> After) SplitAtLegend(List<Item> items)
    {
        var legend = items.FindLastIndex(i => i.Segments.Count == 1 && IsLanguageLabel(i.Segments[0]) && i.Segments[0].Contains(' ', StringComparison.Ordinal));
        return legend < 0 ? (items, []) : (items[..(legend + 1)], items[(legend + 1)..]);
    }

    /// <summary>
    /// Lines of a skills section that name languages under a label of their own ("Mother tongue(s)   Hindi",
    /// "Languages: English, Spanish"), as Europass CVs put them under personal skills; the rest are skills.
    /// </summary>
    public static (List<Item> Skills, List<Item> Languages) SeparateLanguages(List<Item> items)
    {
        var skills = new List<Item>();
        var languages = new List<Item>();
        foreach (var item in items)
        {
            var text = string.Join(" ", item.Segments);
            var m = LabelRegex().Match(text);
            var (label, rest) = m.Success ? (m.Groups["label"].Value, m.Groups["rest"].Value)
                : item.Segments.Count >= 2 ? (item.Segments[0], string.Join(", ", item.Segments.Skip(1))) : (string.Empty, text);
            var stripped = new Item { Line = item.Line, Segments = [rest], Side = item.Side, Bullet = item.Bullet };
            // A Europass grid inside personal skills: its heads and legend ("Listening", "Levels: A1 and A2 …") are
            // neither skills nor languages, and a row naming a language before its levels ("French  C1  C1  B2") is a
            // language.
            if (item.Segments.All(IsLanguageLabel))
            {
                continue;
            }

            if (item.Segments.Count >= 2 && NaturalLanguages.Contains(item.Segments[0].Trim()) && item.Segments.Skip(1).All(IsFluency))
            {
                languages.Add(new Item { Line = item.Line, Segments = [item.Segments[0], item.Segments[1]], Side = item.Side, Bullet = item.Bullet });
                continue;
            }

            // "Languages: Korean, English" inside a skills list stays a skill row; a Europass label names languages.
            if (IsLanguageLabel(label) && LooksLikeNaturalLanguages([stripped]))
            {
                languages.Add(stripped);
            }
            else
            {
                skills.Add(item);
            }
        }

        return (skills, languages);
    }

    public static List<Skill> ReadSkills(List<Item> items, ConfidenceLog log, int offset)
    {
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
            var keywords = (keepWhole ? [list.Trim()] : SplitList(list)).Where(k => !LooksLikeContact(k))
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
        var m = segments.Count >= 2 && !segments[0].Contains(':', StringComparison.Ordinal) && LabelRegex().IsMatch(segments[1])
            ? LabelRegex().Match(string.Join(" ", segments.Skip(1)))
            : LabelRegex().Match(text);
        if (!m.Success)
        {
            // "Clinical — Procedural sedation · Cardiology": a dash sets a short label before a list.
            m = DashLabelRegex().Match(text);
            m = m.Success && SplitList(m.Groups["rest"].Value).Count >= 2 ? m : Match.Empty;
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

    /// <summary>Contact details that a two-column layout interleaves with a skills list are not skills.</summary>
    private static bool LooksLikeContact(string text) =>
        text.Contains('@', StringComparison.Ordinal) || Fields.ContactFinder.Urls(text).Any(u => u.Contains('/', StringComparison.Ordinal) || u.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        || Fields.ContactFinder.PhoneNumbers(text).Any();

    public static bool LooksLikeNaturalLanguages(List<Item> items)
    {
        var names = items.SelectMany(i => SplitList(string.Join(", ", i.Segments))).Select(LanguageName)
            .Where(n => !IsFluency(n) && !IsLanguageLabel(n)).ToList();
        if (names.Count == 0)
        {
            return false;
        }

        var natural = names.Count(NaturalLanguages.Contains);
        return natural * 2 >= names.Count;
    }

    private static string LanguageName(string text)
    {
        var m = LanguageRegex().Match(text.Trim());
        return m.Success ? m.Groups["lang"].Value.Trim() : text.Trim();
    }

    // How well someone speaks a language: self-descriptions, LinkedIn's scale, CEFR levels.
    [GeneratedRegex(@"^(?:native(?:\s+speaker|\s+language|\s+or\s+bilingual(?:\s+proficiency)?)?|mother\s+tongue|bilingual|fluent|fluency|proficient"
        + @"|(?:full\s+|limited\s+)?(?:professional\s+)?working(?:\s+proficiency|\s+knowledge)?|(?:full\s+)?professional(?:\s+proficiency)?"
        + @"|elementary(?:\s+proficiency)?|conversational|intermediate|upper[\s-]intermediate|pre-intermediate|basic|beginner|advanced|good|excellent"
        + @"|(?:cefr\s+)?[abc][12](?:\s*\(?(?:cefr)?\)?)?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FluencyRegex();

    // Europass-style labels inside a languages section, the heads of its self-assessment grid, and the grid's legend.
    [GeneratedRegex(@"^(?:(?:mother\s+tongue|other\s+language|native\s+language|foreign\s+language)s?\s*(?:\(s\))?|understanding|speaking|writing|listening|reading|spoken|interaction|production|spoken\s+(?:interaction|production))$|^levels?:|common\s+european\s+framework", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LanguageLabelRegex();

    private static bool IsFluency(string text) => FluencyRegex().IsMatch(text.Trim());

    private static bool IsLanguageLabel(string text) => LanguageLabelRegex().IsMatch(text.Trim());

    /// <summary>
    /// The items of a languages section up to its last line naming a language: what follows (a page footer, a header
    /// block read after a sidebar) is not part of the list.
    /// </summary>
    public static List<Item> LanguageLines(List<Item> items)
    {
        var last = items.FindLastIndex(i => SplitList(string.Join(", ", i.Segments)).Select(LanguageName).Any(NaturalLanguages.Contains));

        // Levels printed under the last language ("English" / "Advanced") still belong to it.
        while (last >= 0 && last + 1 < items.Count && items[last + 1].Segments.Count > 0 && items[last + 1].Segments.All(IsFluency))
        {
            last++;
        }

        return items[..(last + 1)];
    }

    public static List<SpokenLanguage> ReadLanguages(List<Item> items, ConfidenceLog log, int offset)
    {
        var result = new List<SpokenLanguage>();
        for (var k = 0; k < items.Count; k++)
        {
            var item = items[k];
            // A plain line naming another section ("Profiles") ends the list: its heading was set like body text.
            if (!item.Bullet && SectionHeadings.Match(item.Text) is { } other && other != SectionKind.Languages)
            {
                break;
            }

            var segments = item.Segments.Where(s => !IsLanguageLabel(s)).ToList();
            if (segments.Count == 0 || IsLanguageLabel(string.Join(" ", segments)))
            {
                continue;
            }


            // A grid: "Spanish    English" over "Native speaker    Advanced".
            if (segments.Count >= 2 && segments.All(t => NaturalLanguages.Contains(t.Trim())) && k + 1 < items.Count
                && items[k + 1].Segments is { } levels && levels.Count == segments.Count && levels.All(IsFluency))
            {
                result.AddRange(segments.Zip(levels, (language, level) => new SpokenLanguage { Language = language.Trim(), Fluency = level.Trim() }));
                for (var n = result.Count - segments.Count; n < result.Count; n++)
                {
                    log.Add($"languages[{offset + n}].language", 0.9, "known language name");
                }

                k++;
                continue;
            }

            // "English    Native" as two segments.
            if (segments.Count == 2 && NaturalLanguages.Contains(segments[0].Trim()) && !NaturalLanguages.Contains(segments[1].Trim()))
            {
                result.Add(new SpokenLanguage { Language = segments[0].Trim(), Fluency = segments[1].Trim() });
                log.Add($"languages[{offset + result.Count - 1}].language", 0.9, "known language name");
                continue;
            }

            foreach (var piece in SplitList(string.Join(", ", segments)))
            {
                var m = LanguageRegex().Match(piece);
                var language = m.Success ? m.Groups["lang"].Value.Trim() : piece;
                var level = m.Success ? (m.Groups["level"].Success ? m.Groups["level"].Value : m.Groups["level2"].Success ? m.Groups["level2"].Value : null) : null;
                if (language.Length == 0 || language.Split(' ').Length > 3 || IsLanguageLabel(language))
                {
                    continue;
                }

                // A level on a line of its own ("Igbo" / "Native") belongs to the language above it.
                if (IsFluency(piece) && !NaturalLanguages.Contains(language))
                {
                    if (result.Count > 0 && result[^1].Fluency is null)
                    {
                        result[^1] = result[^1] with { Fluency = piece.Trim() };
                    }

                    continue;
                }

                result.Add(new SpokenLanguage { Language = language, Fluency = level?.Trim() });
                log.Add($"languages[{offset + result.Count - 1}].language", NaturalLanguages.Contains(language) ? 0.9 : 0.5,
                    NaturalLanguages.Contains(language) ? "known language name" : "item of the languages list");
            }
        }

        return result;
    }

    /// <summary>One element per bullet or line, with its date split off.</summary>
    private static IEnumerable<(string Text, string? Date)> DatedItems(List<Item> items)
    {
        // Among bulleted elements, a short plain line over bullets is a sub-heading ("Books", "Journal Articles").
        var bulleted = items.Any(i => i.Bullet);
        for (var k = 0; k < items.Count; k++)
        {
            var item = items[k];
            if (bulleted && !item.Bullet && k + 1 < items.Count && items[k + 1].Bullet && item.Text.Split(' ').Length <= 4)
            {
                continue;
            }

            var text = string.Join(" | ", item.Segments);
            var date = DateParser.Find(text);
            var sideDate = item.Side.Select(DateParser.Find).FirstOrDefault(d => d is not null);
            string? iso = null;
            if (date is not null)
            {
                text = date.RemoveFrom(text);
                iso = date.Start ?? date.End;
            }
            else if (sideDate is not null)
            {
                iso = sideDate.Start ?? sideDate.End;
            }

            // What a removed date leaves behind: "Somewhere, Some Place, ." → "Somewhere, Some Place".
            text = TextCleaner.TrimUnbalanced(text.Trim().Trim('|', ',', '-', '–').TrimEnd(' ', ',', '.', ';', '|').Trim());
            if (text.Length > 0)
            {
                yield return (text, iso);
            }
        }
    }

    /// <summary>
    /// When a list section prints one date per element but some elements span several lines ("CSM  Mar 2018" /
    /// "Scrum Alliance" / "Certified Scrum Master"), the date-led entries are the elements; otherwise each line is.
    /// </summary>
    private static List<Item> MergeDatedEntries(List<Item> items)
    {
        var dated = items.Count(i => DateParser.Find(string.Join(" ", i.Segments)) is not null || i.Side.Any(s => DateParser.Find(s) is not null));
        if (dated == 0 || dated == items.Count || items.Any(i => i.Bullet))
        {
            return items;
        }

        var entries = EntryGrouper.Group(items);
        var merged = new List<Item>();
        foreach (var entry in entries)
        {
            if (entry.Header.Count == 0)
            {
                continue;
            }

            var header = EntryHeaderReader.Read(entry);
            var date = header.Dates is { } d ? (d.Start ?? d.End) : null;
            var segments = header.Fragments.Take(2).ToList();
            merged.Add(new Item { Line = entry.Header[0].Line, Segments = segments.Count > 1 ? [segments[0] + " | " + segments[1]] : segments, Side = date is null ? [] : [date] });
        }

        return merged;
    }

    public static List<Certificate> ReadCertificates(List<Item> items, ConfidenceLog log, int offset)
    {
        var result = new List<Certificate>();
        foreach (var (text, date) in DatedItems(MergeDatedEntries(items)))
        {
            var parts = text.Split(" | ");
            var name = date is null ? parts[0].Trim() : IssuedWordRegex().Replace(parts[0], string.Empty).Trim();
            var issuer = parts.Length > 1 ? parts[1].Trim() : null;

            // "PayrollOrg  8/2018" over "Certified Payroll Professional (CPP)": the issuer came first.
            if (issuer is not null && CredentialRegex().IsMatch(issuer) && !CredentialRegex().IsMatch(name))
            {
                (name, issuer) = (issuer, name);
            }

            var comma = name.LastIndexOf(", ", StringComparison.Ordinal);
            if (issuer is null && comma > 0)
            {
                // "AWS Certified Security, Amazon Web Services (AWS)": a capitalised tail names the issuer.
                var tail = name[(comma + 2)..];
                var tailWords = tail.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (tailWords.Length <= 6 && tailWords.All(w => !char.IsLetter(w[0]) || char.IsUpper(w[0]) || w is "of" or "and" or "for" or "the")
                    && name[..comma].Split(' ').Length >= 3)
                {
                    issuer = tail;
                    name = name[..comma].Trim();
                }
            }

            result.Add(new Certificate { Name = name, Issuer = issuer, Date = date });
            log.Add($"certificates[{offset + result.Count - 1}].name", 0.75, "item of the certifications list");
        }

        return result;
    }

    public static List<Award> ReadAwards(List<Item> items, ConfidenceLog log, int offset)
    {
        var result = new List<Award>();
        foreach (var (text, date) in DatedItems(MergeDatedEntries(items)))
        {
            var parts = text.Split(" | ");
            result.Add(new Award { Title = parts[0].Trim(), Awarder = parts.Length > 1 ? parts[1].Trim() : null, Date = date });
            log.Add($"awards[{offset + result.Count - 1}].title", 0.7, "item of the awards list");
        }

        return result;
    }

    public static List<Publication> ReadPublications(List<Item> items, ConfidenceLog log, int offset)
    {
        var result = new List<Publication>();
        foreach (var (text, date) in DatedItems(items))
        {
            // A quoted title is the publication's name; otherwise the whole reference is.
            var quoted = Regex.Match(text, "[\"“](?<t>[^\"”]{5,})[\"”]");
            var name = quoted.Success ? quoted.Groups["t"].Value.Trim().TrimEnd(',', '.') : text;
            result.Add(new Publication { Name = name, ReleaseDate = date });
            log.Add($"publications[{offset + result.Count - 1}].name", quoted.Success ? 0.8 : 0.5,
                quoted.Success ? "quoted title" : "whole reference line");
        }

        return result;
    }

    public static List<Interest> ReadInterests(List<Item> items, ConfidenceLog log, int offset)
    {
        var result = new List<Interest>();
        foreach (var item in items)
        {
            var text = string.Join(", ", item.Segments);
            var m = LabelRegex().Match(text);
            if (m.Success)
            {
                result.Add(new Interest { Name = m.Groups["label"].Value.Trim(), Keywords = SplitList(m.Groups["rest"].Value) });
            }
            else
            {
                result.AddRange(SplitList(text).Select(n => new Interest { Name = n }));
            }
        }

        for (var i = 0; i < result.Count; i++)
        {
            log.Add($"interests[{offset + i}].name", 0.8, "item of the interests list");
        }

        return result;
    }

    public static List<Referee> ReadReferences(List<Item> items, ConfidenceLog log, int offset)
    {
        var result = new List<Referee>();
        foreach (var item in items)
        {
            var text = string.Join(", ", item.Segments);
            if (text.Contains("available", StringComparison.OrdinalIgnoreCase) && text.Contains("request", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!item.Bullet && text.Split(' ').Length <= 5 && !text.Any(char.IsDigit) && !text.Contains('@', StringComparison.Ordinal))
            {
                result.Add(new Referee { Name = text });
                log.Add($"references[{offset + result.Count - 1}].name", 0.5, "short line in the references section");
            }
            else if (result.Count > 0)
            {
                var last = result[^1];
                result[^1] = last with { Reference = string.IsNullOrEmpty(last.Reference) ? text : last.Reference + " " + text };
            }
        }

        return result;
    }
}
