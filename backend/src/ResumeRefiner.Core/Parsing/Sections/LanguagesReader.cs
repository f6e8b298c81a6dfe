using System.Text.RegularExpressions;
using ResumeRefiner.Core.Model;

namespace ResumeRefiner.Core.Parsing.Sections;

/// <summary>A languages section, or the languages a skills section names: each language with its fluency when printed.</summary>
internal static partial class LanguagesReader
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

        // More of the world's widely spoken languages.
        "hokkien", "hakka", "teochew", "shanghainese", "taiwanese", "min nan", "javanese", "sundanese", "cebuano",
        "ilocano", "hiligaynon", "visayan", "bisaya", "kapampangan", "pashto", "dari", "kurdish", "sorani", "kurmanji", "tajik",
        "turkmen", "kyrgyz", "uyghur", "tatar", "bashkir", "chechen", "belarusian", "bosnian", "macedonian", "montenegrin",
        "moldovan", "romansh", "frisian", "faroese", "sami", "breton", "corsican", "occitan", "scots gaelic", "scottish gaelic",
        "gaelic", "manx", "cornish", "yiddish", "ladino", "aramaic", "assyrian", "coptic", "tigrinya", "oromo", "afar",
        "wolof", "fula", "fulani", "fulfulde", "mandinka", "bambara", "twi", "akan", "ewe", "fante", "lingala", "kikongo",
        "kinyarwanda", "kirundi", "luganda", "kikuyu", "luo", "kiswahili", "shona", "ndebele", "sesotho", "setswana", "tswana",
        "sotho", "tsonga", "venda", "swati", "malagasy", "chichewa", "nyanja", "bemba", "tigre", "berber", "tamazight",
        "kabyle", "sindhi", "kashmiri", "dogri", "konkani", "maithili", "bhojpuri", "odia", "oriya", "assamese", "santali",
        "rajasthani", "haryanvi", "awadhi", "tulu", "dhivehi", "tibetan", "dzongkha", "hmong", "mien",
        "maori", "māori", "samoan", "tongan", "fijian", "hawaiian", "tahitian", "chamorro", "tok pisin", "bislama", "quechua",
        "aymara", "guarani", "nahuatl", "yucatec", "mapudungun", "navajo", "cherokee", "ojibwe", "cree", "inuktitut",
        "greenlandic", "creole", "haitian creole", "kreyol", "papiamento", "patois", "jamaican patois", "auslan",
        "american sign language", "british sign language", "cantonese chinese", "standard chinese", "putonghua",
        "castilian", "valencian", "asturian", "aragonese", "sardinian", "sicilian", "neapolitan", "venetian", "friulian",
        "swiss german", "low german", "alsatian", "bavarian", "luxemburgish", "sranan", "sanskrit",
    };

    // "Haitian Creole", "Levantine Arabic", "Swiss German", "Nigerian Sign Language": a known language after a word that
    // qualifies it, or a sign language or creole of any name.
    [GeneratedRegex(@"^(?:\p{Lu}[\p{L}'’-]+\s+){1,2}(?:sign\s+language|creole|pidgin|patois)$|^\p{Lu}[\p{L}'’-]+\s+(?<base>\p{L}+)$", RegexOptions.CultureInvariant)]
    private static partial Regex QualifiedLanguageRegex();

    // A rating printed after a language: dots, stars, bars or a mark out of five or ten.
    [GeneratedRegex(@"\s*(?:[●○◉◯•◦★☆✦✧■□▪▫]+(?:\s*[●○◉◯•◦★☆✦✧■□▪▫]+)*|\d{1,2}\s*/\s*(?:5|10)|\d{1,3}\s*%)\s*$")]
    private static partial Regex RatingRegex();

    /// <summary>Whether a text names a spoken or signed language: a known name, or one qualified by a word before it.</summary>
    private static bool IsNaturalLanguage(string text)
    {
        var t = text.Trim();
        if (NaturalLanguages.Contains(t))
        {
            return true;
        }

        // "Chinese (Mandarin)": a language with its variety in brackets.
        var open = t.IndexOf(" (", StringComparison.Ordinal);
        if (open > 0 && t.EndsWith(')') && NaturalLanguages.Contains(t[..open]) && NaturalLanguages.Contains(t[(open + 2)..^1]))
        {
            return true;
        }

        // "Speaks English", "Native Spanish" are sentences about a language, not its name.
        var m = QualifiedLanguageRegex().Match(t);
        return m.Success && !SentenceLeadRegex().IsMatch(t) && (!m.Groups["base"].Success || NaturalLanguages.Contains(m.Groups["base"].Value));
    }

    [GeneratedRegex(@"^(?<lang>[\p{L} ]+?)\s*(?:\((?<level>[^()]+(?:\([^()]*\))?[^()]*)\)|[:–—-]\s*(?<level2>.+))?$")]
    private static partial Regex LanguageRegex();

    // How well someone speaks a language: self-descriptions, LinkedIn's scale, CEFR levels.
    [GeneratedRegex(@"^(?:native(?:\s+speaker|\s+language|\s+or\s+bilingual(?:\s+proficiency)?)?|mother\s+tongue|bilingual|fluent|fluency|proficient|proficiency"
        + @"|(?:first|second|third|home)\s+language|(?:elementary|limited\s+working|minimum\s+professional)\s+proficiency|ilr\s*[0-5]\+?|(?:near[\s-])?native(?:[\s-]like)?"
        + @"|(?:full\s+|limited\s+)?(?:professional\s+)?working(?:\s+proficiency|\s+knowledge)?|(?:full\s+)?professional(?:\s+proficiency)?"
        + @"|elementary(?:\s+proficiency)?|conversational|intermediate|upper[\s-]intermediate|pre-intermediate|basic|beginner|advanced|good|excellent"
        + @"|(?:cefr\s+)?[abc][12](?:\s*\(?(?:cefr)?\)?)?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FluencyRegex();

    // Europass-style labels inside a languages section, the heads of its self-assessment grid, and the grid's legend.
    [GeneratedRegex(@"^(?:(?:mother\s+tongue|other\s+language|native\s+language|foreign\s+language)s?\s*(?:\(s\))?|understanding|speaking|writing|listening|reading|spoken|interaction|production|spoken\s+(?:interaction|production))$|^levels?:|common\s+european\s+framework", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LanguageLabelRegex();

    private static bool IsFluency(string text) => FluencyRegex().IsMatch(text.Trim());

    // A word of a sentence about languages, with the level in brackets after it when printed ("English (Fluent)").
    [GeneratedRegex(@"(?<word>\p{L}+)(?:\s*\((?<level>[^)]+)\))?")]
    private static partial Regex SentenceWordRegex();

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex BracketsRegex();

    // Words that say a text is a sentence about languages rather than a language's name.
    [GeneratedRegex(@"^(?:speaks?|spoken|languages?|fluent|fluency|native|bilingual|trilingual|proficient|conversational|basic|working|intermediate|advanced|mother)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SentenceLeadRegex();

    // A level word inside a sentence ("Fluent in English and Spanish", "basic knowledge of French").
    [GeneratedRegex(@"\b(?:native|bilingual|fluent|proficient|conversational|intermediate|advanced|basic|beginner|elementary|working\s+knowledge|limited\s+working|professional\s+working)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LevelWordRegex();

    /// <summary>
    /// The known languages a sentence names, each with its level: "Fluent in English and Spanish", "Native English
    /// speaker", "Bilingual English/Spanish", "English (Fluent) and Amharic (Native)". Empty when the text is a name of
    /// its own ("Mandarin Chinese", "Haitian Creole"): two capitalised words without a level word or a separator.
    /// </summary>
    private static List<SpokenLanguage> SentenceLanguages(string text)
    {
        var plain = text.Trim();
        var words = BracketsRegex().Replace(plain, " ").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var sentence = words.Length >= 3 || plain.Contains('/', StringComparison.Ordinal) || SentenceLeadRegex().IsMatch(plain)
            || words.Any(w => char.IsLower(w[0]));
        if (!sentence || NaturalLanguages.Contains(plain))
        {
            return [];
        }

        var level = LevelWordRegex().Match(plain) is { Success: true } l ? l.Value : null;
        var found = new List<SpokenLanguage>();
        var lastEnd = -1;
        foreach (Match m in SentenceWordRegex().Matches(plain))
        {
            var word = m.Groups["word"].Value;

            // "Mandarin Chinese", "Brazilian Portuguese": language words set side by side name one language.
            if (found.Count > 0 && lastEnd >= 0 && string.IsNullOrWhiteSpace(plain[lastEnd..m.Index]) && NaturalLanguages.Contains(word) && found[^1].Fluency is null)
            {
                found[^1] = found[^1] with { Language = found[^1].Language + " " + word, Fluency = m.Groups["level"].Success ? m.Groups["level"].Value.Trim() : level };
                lastEnd = m.Index + m.Length;
                continue;
            }

            lastEnd = -1;
            if (NaturalLanguages.Contains(word) && char.IsUpper(word[0]) && found.All(f => !f.Language!.Equals(word, StringComparison.OrdinalIgnoreCase)))
            {
                found.Add(new SpokenLanguage { Language = word, Fluency = m.Groups["level"].Success ? m.Groups["level"].Value.Trim() : null });
                lastEnd = m.Groups["level"].Success ? -1 : m.Index + m.Length;
            }
        }

        // "Bilingual (English/Spanish)": the languages inside the brackets.
        if (found.Count == 0 && plain.Contains('(', StringComparison.Ordinal))
        {
            return SentenceLanguages(plain.Replace('(', ' ').Replace(')', ' '));
        }

        return found.Select(f => f with { Fluency = f.Fluency ?? level }).ToList();
    }

    private static bool IsLanguageLabel(string text) => LanguageLabelRegex().IsMatch(text.Trim());

    // The heads of a languages table ("Language | Level", "Language   Proficiency").
    [GeneratedRegex(@"^(?:languages?|levels?|proficiency|fluency|self[\s-]assessment)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TableHeadRegex();

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
            var m = ListText.LabelRegex().Match(text);
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

            if (item.Segments.Count >= 2 && IsNaturalLanguage(item.Segments[0].Trim()) && item.Segments.Skip(1).All(IsFluency))
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

    public static bool LooksLikeNaturalLanguages(List<Item> items)
    {
        var names = items.SelectMany(i => ListText.Split(string.Join(", ", i.Segments)))
            .SelectMany(p => SentenceLanguages(p) is { Count: > 0 } spoken ? spoken.Select(l => l.Language!) : [LanguageName(p)])
            .Where(n => !IsFluency(n) && !IsLanguageLabel(n)).ToList();
        if (names.Count == 0)
        {
            return false;
        }

        // A name printed with a level ("Kikuyu (native)", "Tigrinya – fluent") is a spoken language, whatever its name.
        var levelled = items.SelectMany(i => ListText.Split(string.Join(", ", i.Segments))).Count(p => LanguageRegex().Match(p.Trim()) is { Success: true } m
            && !IsNaturalLanguage(m.Groups["lang"].Value) && (m.Groups["level"].Success ? m.Groups["level"].Value : m.Groups["level2"].Value) is { Length: > 0 } level && IsFluency(level));
        var natural = names.Count(IsNaturalLanguage) + levelled;
        return natural * 2 >= names.Count;
    }

    private static string LanguageName(string text)
    {
        var m = LanguageRegex().Match(RatingRegex().Replace(text, string.Empty).Trim());
        return m.Success ? m.Groups["lang"].Value.Trim() : text.Trim();
    }

    /// <summary>
    /// The items of a languages section up to its last line naming a language: what follows (a page footer, a header
    /// block read after a sidebar) is not part of the list.
    /// </summary>
    public static List<Item> LanguageLines(List<Item> items)
    {
        var last = items.FindLastIndex(i => ListText.Split(string.Join(", ", i.Segments))
            .Any(p => IsNaturalLanguage(LanguageName(p)) || SentenceLanguages(p).Count > 0));

        // Levels printed under the last language ("English" / "Advanced") still belong to it.
        while (last >= 0 && last + 1 < items.Count && items[last + 1].Segments.Count > 0 && items[last + 1].Segments.All(IsFluency))
        {
            last++;
        }

        return items[..(last + 1)];
    }

    public static List<SpokenLanguage> Read(List<Item> items, ConfidenceLog log, int offset)
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
            if (segments.Count > 0 && segments.SelectMany(t => t.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).All(TableHeadRegex().IsMatch))
            {
                continue;
            }

            if (segments.Count == 0 || IsLanguageLabel(string.Join(" ", segments)))
            {
                continue;
            }

            // A grid: "Spanish    English" over "Native speaker    Advanced".
            if (segments.Count >= 2 && segments.All(t => IsNaturalLanguage(t.Trim())) && k + 1 < items.Count
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
            if (segments.Count == 2 && IsNaturalLanguage(segments[0].Trim()) && !IsNaturalLanguage(segments[1].Trim()))
            {
                result.Add(new SpokenLanguage { Language = segments[0].Trim(), Fluency = segments[1].Trim() });
                log.Add($"languages[{offset + result.Count - 1}].language", 0.9, "known language name");
                continue;
            }

            foreach (var listed in ListText.Split(string.Join(", ", segments)))
            {
                var piece = RatingRegex().Replace(listed, string.Empty).Trim();

                // "Fluent in English and Spanish": a sentence naming languages.
                var m = LanguageRegex().Match(piece);
                if (!(m.Success && IsNaturalLanguage(m.Groups["lang"].Value.Trim()))
                    && (m.Success && SentenceLanguages(m.Groups["lang"].Value) is { Count: > 0 } named ? named : SentenceLanguages(piece)) is { Count: > 0 } spoken)
                {
                    foreach (var said in spoken)
                    {
                        result.Add(said);
                        log.Add($"languages[{offset + result.Count - 1}].language", 0.8, "known language name in a sentence");
                    }

                    continue;
                }

                var language = m.Success ? m.Groups["lang"].Value.Trim() : piece;
                var level = m.Success ? (m.Groups["level"].Success ? m.Groups["level"].Value : m.Groups["level2"].Success ? m.Groups["level2"].Value : null) : null;

                // "Chinese (Mandarin)": the variety in brackets is part of the language's name.
                if (m.Success && m.Groups["level"].Success && NaturalLanguages.Contains(level!.Trim()))
                {
                    language = $"{language} ({level.Trim()})";
                    level = null;
                }

                if (language.Length == 0 || language.Split(' ').Length > 3 || IsLanguageLabel(language))
                {
                    continue;
                }

                // A level on a line of its own ("Igbo" / "Native") belongs to the language above it.
                if (IsFluency(piece) && !IsNaturalLanguage(language))
                {
                    if (result.Count > 0 && result[^1].Fluency is null)
                    {
                        result[^1] = result[^1] with { Fluency = piece.Trim() };
                    }

                    continue;
                }

                result.Add(new SpokenLanguage { Language = language, Fluency = level?.Trim() });
                log.Add($"languages[{offset + result.Count - 1}].language", IsNaturalLanguage(language) ? 0.9 : 0.5,
                    IsNaturalLanguage(language) ? "known language name" : "item of the languages list");
            }
        }

        return result;
    }
}
