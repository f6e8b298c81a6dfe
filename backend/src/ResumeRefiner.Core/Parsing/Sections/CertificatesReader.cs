using System.Text.RegularExpressions;
using ResumeRefiner.Core.Model;

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

    [GeneratedRegex(@"\s[–—-]\s")]
    private static partial Regex DashRegex();

    // The level or part of a credential printed after its name.
    [GeneratedRegex(@"^(?:associate|professional|foundation|practitioner|expert|specialty|speciality|fundamentals|advanced|intermediate|beginner|entry|master|senior|junior|(?:level|part|tier|class|grade)\s+\S+|\S+\s+(?:level|class))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LevelRegex();

    public static List<Certificate> Read(List<Item> items, ConfidenceLog log, int offset)
    {
        var result = new List<Certificate>();
        foreach (var (text, date) in DatedListItems.Read(DatedListItems.MergeEntries(items)))
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

            // "CompTIA Security+ — CompTIA", "PMP – Project Management Institute": a spaced dash sets off the issuer, unless
            // what follows is the credential's own level ("Solutions Architect – Associate").
            var dash = DashRegex().Matches(name) is { Count: > 0 } dashes ? dashes[^1] : null;
            if (issuer is null && dash is not null && dash.Index > 0 && name[(dash.Index + dash.Length)..].Trim() is var afterDash
                && afterDash.Length > 0 && char.IsUpper(afterDash[0]) && afterDash.Split(' ').Length <= 6 && !LevelRegex().IsMatch(afterDash))
            {
                issuer = afterDash;
                name = name[..dash.Index].Trim();
            }

            result.Add(new Certificate { Name = name, Issuer = issuer, Date = date });
            log.Add($"certificates[{offset + result.Count - 1}].name", 0.75, "item of the certifications list");
        }

        return result;
    }
}
