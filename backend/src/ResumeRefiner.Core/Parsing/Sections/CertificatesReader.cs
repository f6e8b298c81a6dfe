using System.Text.RegularExpressions;
using ResumeRefiner.Core.Model;
using ResumeRefiner.Core.Parsing.Dates;
using ResumeRefiner.Core.Parsing.Layout;

namespace ResumeRefiner.Core.Parsing.Sections;

/// <summary>A certifications section: each certificate with its issuer and date when printed.</summary>
internal static partial class CertificatesReader
{
    // Words that name a credential rather than the body that issues it.
    [GeneratedRegex(@"\b(?:certifi|certified|licen[cs]|accredit|credential|diploma|qualification|registered)|(?-i:\([A-Z]{2,6}\))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CredentialRegex();

    // "Certified Dispatcher, issued May 2018": the word that introduced the date, left behind when it was cut out.
    [GeneratedRegex(@"[,;]?\s*\b(?:issued|obtained|earned|awarded|received|completed|passed|since|valid\s+until|expires?|exp\.)\s*[,;:]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IssuedWordRegex();

    // A licence or credential number set off after the name, or a part of its own ("…, License #RN 987654", "– Credential
    // ID 9X2K"): not part of it.
    [GeneratedRegex(@"(?:^|\s*[,;(–—-])\s*(?:licen[cs]e|lic\.?|cert(?:ificate)?\.?|registration|reg\.?|credential|member(?:ship)?|badge)\s*(?:no\.?|number|num\.?|id|#)\s*[:#]?\s*[A-Z0-9][A-Z0-9-]*(?:\s+\d[\d-]*)?\)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SetOffNumberRegex();

    // The number alone after the credential's own word ("Journeyman Electrician License #E-123456", "License No. 4471").
    [GeneratedRegex(@"\s*(?:\b(?:no\.|number|id)\s*[:#]?\s*|(?<![\p{L}\d])#\s*)(?=[A-Z-]*\d)[A-Z0-9][A-Z0-9-]*(?:\s+\d[\d-]*)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberRegex();

    [GeneratedRegex(@"\s[–—-]\s")]
    private static partial Regex DashRegex();

    // The level or part of a credential printed after its name.
    [GeneratedRegex(@"^(?:associate|professional|foundation|practitioner|expert|specialty|speciality|fundamentals|advanced|intermediate|beginner|entry|master|senior|junior|(?:level|part|tier|class|grade)\s+\S+|\S+\s+(?:level|class))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LevelRegex();

    /// <summary>What a removed date or number leaves behind: "First Aid &amp; CPR –", "American Welding Society —".</summary>
    private static string TrimDash(string text) => text.Trim().TrimEnd('–', '—', '-', ',', ';', ':', '|').Trim();

    // Words in the names of the bodies that issue credentials.
    [GeneratedRegex(@"\b(?:association|society|institute|council|board|academy|alliance|foundation|commission|department|agency|authority|college|university|federation|guild|chamber|cross|inc|ltd|llc|corporation|company|trust|organi[sz]ation|school)\b|^(?-i:[A-Z][A-Za-z&]{1,7})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IssuerRegex();

    private static bool IsDated(Item item) =>
        DateParser.Find(string.Join(" ", item.Segments)) is not null || item.Side.Any(s => DateParser.Find(s) is not null);

    /// <summary>A short capitalised name that names no credential and does not end with a credential's level ("LEED Green Associate").</summary>
    private static bool ReadsAsIssuer(Item item)
    {
        var text = DateParser.Find(item.Text) is { } date ? date.RemoveFrom(item.Text) : item.Text;
        return text.Length > 0 && char.IsUpper(text[0]) && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6
            && !CredentialRegex().IsMatch(text) && !text.Contains(" | ", StringComparison.Ordinal) && !text.Contains(", ", StringComparison.Ordinal)
            && !LevelRegex().IsMatch(text.Split(' ')[^1]);
    }

    /// <summary>
    /// "ASME Section IX Pipe Qualification" / "ASME  2022-05", or "Registered Medical Assistant (RMA)" / "AMT": each
    /// credential over its issuer on a line of its own. When every second line is an issuer (the one dated line of each
    /// pair, or a body's name when no line is dated), the pairs are the certificates.
    /// </summary>
    private static List<Item> PairIssuerLines(List<Item> items)
    {
        if (items.Count < 2 || items.Count % 2 != 0 || items.Any(i => i.Bullet))
        {
            return items;
        }

        var names = items.Where((_, k) => k % 2 == 0).ToList();
        var issuers = items.Where((_, k) => k % 2 == 1).ToList();
        var datedPairs = issuers.All(IsDated) && !names.Any(IsDated);
        var bodyPairs = !items.Any(IsDated) && names.All(n => CredentialRegex().IsMatch(n.Text)) && issuers.All(i => IssuerRegex().IsMatch(i.Text));
        if (!(datedPairs || bodyPairs) || !issuers.All(ReadsAsIssuer))
        {
            return items;
        }

        return names.Zip(issuers, (n, i) => new Item { Line = n.Line, Segments = [n.Text, .. i.Segments], Side = [.. n.Side, .. i.Side] }).ToList();
    }

    /// <summary>
    /// "Class A Commercial Driver’s" / "License (CDL)": a credential's name too long for a narrow column runs onto the
    /// next line in the same type when the next line's first word could not have fitted
    /// beside it. A name closed by its acronym or its credential's noun is whole.
    /// </summary>
    private static List<Item> JoinWrappedNames(List<Item> items)
    {
        var joined = new List<Item>(items.Count);
        foreach (var item in items)
        {
            if (joined.Count > 0 && joined[^1] is var previous && IsWrappedName(previous, item, items))
            {
                joined[^1] = new Item { Line = previous.Line, LastLine = item.LastLine, Segments = [previous.Segments[0] + " " + item.Segments[0]], Bullet = previous.Bullet };
                continue;
            }

            joined.Add(item);
        }

        return joined;
    }

    // A name closed by the credential's own noun ("Xero Advisor Certification") is whole.
    [GeneratedRegex(@"\b(?:certification|certificate|licen[cs]e|endorsement|card|diploma)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CredentialNounEndRegex();

    private static bool IsWrappedName(Item previous, Item item, List<Item> items)
    {
        var (above, line) = (previous.LastLine, item.Line);
        if (item.Bullet || item.Segments.Count != 1 || item.Side.Count != 0 || previous.Segments.Count != 1 || previous.Side.Count != 0
            || line.Kind() != DocumentKindHint.Positioned || above.Page != line.Page || above.Bold != line.Bold
            || Math.Abs(above.FontSize - line.FontSize) >= 0.3 || line.Top - above.Top > 1.6 * line.FontSize)
        {
            return false;
        }

        var (text, before) = (item.Segments[0].Trim(), previous.Segments[0].TrimEnd());
        if (text.Length == 0 || before.Length == 0 || !(char.IsLetter(text[0]) || text[0] == '(') || ",;.:)".Contains(before[^1], StringComparison.Ordinal)
            || DateParser.Find(text) is not null || DateParser.Find(before) is not null || CredentialNounEndRegex().IsMatch(before)
            || text.Contains(' ', StringComparison.Ordinal) && IssuerRegex().IsMatch(text))
        {
            return false;
        }

        // The column: lines sharing this line's left or right edge.
        var column = items.Select(i => i.Line).Where(l => l.Page == line.Page && l.Kind() == DocumentKindHint.Positioned
            && (Math.Abs(l.Right - line.Right) < 2 || Math.Abs(l.Left - line.Left) < 2)).ToList();
        var width = column.Max(l => l.Right - l.Left);
        var letter = (line.Right - line.Left) / Math.Max(1, line.Text.Length);
        return above.Right - above.Left + (letter * (text.Split(' ')[0].Length + 1)) > width + 0.5;
    }

    /// <summary>
    /// "Tanker Endorsement" / "Colorado DMV", a space, "TWIC Card" / "TSA": when the list's lines stand in groups of one
    /// or two set apart by wider spacing than within them, each pair is a credential over its issuer, however the
    /// issuer is named, and a line alone is a credential that names none.
    /// </summary>
    private static List<Item> PairSpacedLines(List<Item> items)
    {
        if (items.Count < 3 || items.Any(i => i.Bullet || i.Line.Kind() != DocumentKindHint.Positioned))
        {
            return items;
        }

        var pitches = new List<double>();
        for (var k = 1; k < items.Count; k++)
        {
            pitches.Add(items[k].Line.Page == items[k - 1].LastLine.Page ? items[k].Line.Top - items[k - 1].LastLine.Top : double.MaxValue);
        }

        var line = pitches.Min();
        if (line <= 0 || line > 1.6 * items[0].Line.FontSize)
        {
            return items;
        }

        var groups = new List<List<Item>> { new() { items[0] } };
        for (var k = 1; k < items.Count; k++)
        {
            if (pitches[k - 1] > 1.3 * line)
            {
                groups.Add([]);
            }

            groups[^1].Add(items[k]);
        }

        if (groups.Count < 2 || groups.Any(g => g.Count > 2) || !groups.Any(g => g.Count == 2) || groups.Any(g => IsDated(g[0])))
        {
            return items;
        }

        return groups.Select(g => g.Count == 1 ? g[0] : new Item { Line = g[0].Line, Segments = [g[0].Text, .. g[1].Segments], Side = [.. g[0].Side, .. g[1].Side] }).ToList();
    }

    public static List<Certificate> Read(List<Item> items, ConfidenceLog log, int offset)
    {
        var result = new List<Certificate>();
        foreach (var (text, date) in DatedListItems.Read(DatedListItems.MergeEntries(PairSpacedLines(PairIssuerLines(JoinWrappedNames(items)))), namedEditions: true))
        {
            var parts = text.Split(" | ");
            parts = parts.Select(p => NumberRegex().Replace(SetOffNumberRegex().Replace(p, string.Empty), string.Empty)).Where(p => p.Trim().Length > 0).DefaultIfEmpty(text).ToArray();
            var name = TrimDash(date is null ? parts[0] : IssuedWordRegex().Replace(parts[0], string.Empty));
            var issuer = parts.Length > 1 ? TrimDash(parts[1]) : null;

            // "PayrollOrg  8/2018" over "Certified Payroll Professional (CPP)": the issuer came first.
            if (issuer is not null && CredentialRegex().IsMatch(issuer) && !CredentialRegex().IsMatch(name))
            {
                (name, issuer) = (issuer, name);
            }

            var comma = name.LastIndexOf(", ", StringComparison.Ordinal);
            if (issuer is null && comma > 0)
            {
                // "AWS Certified Security, Amazon Web Services (AWS)": a capitalised tail names the issuer; after a short
                // name only when it reads as a body ("First Aid, Red Cross") or is the name's own first word ("CompTIA A+, CompTIA").
                var tail = name[(comma + 2)..];
                var tailWords = tail.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var head = name[..comma];
                if (tailWords.Length is > 0 and <= 6 && tailWords.All(w => !char.IsLetter(w[0]) || char.IsUpper(w[0]) || w is "of" or "and" or "for" or "the")
                    && (head.Split(' ').Length >= 3 || IssuerRegex().IsMatch(tail) && !CredentialRegex().IsMatch(tail)
                        || head.Split(' ')[0].Equals(tailWords[0], StringComparison.OrdinalIgnoreCase)))
                {
                    issuer = tail;
                    name = name[..comma].Trim();
                }
            }

            // "CompTIA Security+ — CompTIA", "PMP – Project Management Institute": a spaced dash sets off the issuer, unless
            // what follows is the credential's own level ("Solutions Architect – Associate").
            var dash = DashRegex().Matches(name) is { Count: > 0 } dashes ? dashes[^1] : null;
            if (issuer is null && dash is not null && dash.Index > 0 && name[(dash.Index + dash.Length)..].Trim() is var afterDash
                && afterDash.Length > 0 && char.IsUpper(afterDash[0]) && afterDash.Split(' ').Length <= 6 && !LevelRegex().IsMatch(afterDash))
            {
                issuer = afterDash;
                name = name[..dash.Index].Trim();
            }

            issuer = issuer is null ? null : TrimDash(IssuedWordRegex().Replace(issuer, string.Empty)) is { Length: > 0 } cleanIssuer ? cleanIssuer : null;
            result.Add(new Certificate { Name = name, Issuer = issuer, Date = date });
            log.Add($"certificates[{offset + result.Count - 1}].name", 0.75, "item of the certifications list");
        }

        return result;
    }
}
