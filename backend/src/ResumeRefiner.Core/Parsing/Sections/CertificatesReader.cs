using System.Text.RegularExpressions;
using ResumeRefiner.Core.Model;
using ResumeRefiner.Core.Parsing.Dates;

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

    public static List<Certificate> Read(List<Item> items, ConfidenceLog log, int offset)
    {
        var result = new List<Certificate>();
        foreach (var (text, date) in DatedListItems.Read(DatedListItems.MergeEntries(PairIssuerLines(items)), namedEditions: true))
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
