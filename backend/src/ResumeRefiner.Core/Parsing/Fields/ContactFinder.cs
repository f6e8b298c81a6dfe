using System.Text.RegularExpressions;
using PhoneNumbers;
using ResumeRefiner.Core.Parsing.Dates;

namespace ResumeRefiner.Core.Parsing.Fields;

/// <summary>Finds e-mail addresses, phone numbers and URLs in free text.</summary>
internal static partial class ContactFinder
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    [GeneratedRegex(@"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")]
    private static partial Regex EmailRegex();

    [GeneratedRegex(@"(?<![\w/])(?:(?:\+\s?\d{1,3}[\s.\-]?)?(?:\(\d{1,4}\)[\s.\-]?)?\d{2,5}(?:[\s.\-]\d{2,6}){1,4}|\+\s?\d{1,3}[\s.\-]?\d{6,12})(?![\w/])")]
    private static partial Regex PhoneFallbackRegex();

    [GeneratedRegex(@"(?<![@\w.-])(?:(?:https?://)?(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|dev|me|co|ai|app|info|tech|xyz|site|page|blog|cv|edu|gov|uk|de|fr|in|us|ca|eu|ch|nl|se|es|it|au|ly|sh|gg|so|to|codes|pro|online|website|space|cloud|ninja|design|works|studio)(?:/[^\s,;|)\]]*)?)(?![\w@])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlRegex();

    [GeneratedRegex(@"\b(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)\d{2}\b")]
    private static partial Regex YearRangeRegex();

    public static IEnumerable<string> Emails(string text) =>
        EmailRegex().Matches(text).Select(m => m.Value.TrimEnd('.'));

    /// <summary>Phone numbers as printed; libphonenumber first, then a pattern for numbers it deems impossible (555-…).</summary>
    public static IEnumerable<string> PhoneNumbers(string text)
    {
        var found = new List<(int Index, string Value)>();
        try
        {
            // libphonenumber verifies each candidate at some cost; a resume has a phone or two, and a page of
            // number-like text ("2020 - 2021" ranges) must not make the search take seconds.
            foreach (var match in Phones.FindNumbers(text, "US", PhoneNumberUtil.Leniency.VALID, MaxPhoneCandidates))
            {
                found.Add((match.Start, match.RawString));
            }
        }
        catch (NumberParseException)
        {
            // Fall through to the pattern.
        }

        foreach (Match m in PhoneFallbackRegex().Matches(text))
        {
            var digits = m.Value.Count(char.IsDigit);
            if (digits is < 9 or > 15 || YearRangeRegex().IsMatch(m.Value) || found.Any(f => Math.Abs(f.Index - m.Index) < 4))
            {
                continue;
            }

            // A number preceded by a plus or containing separators is a phone; a bare run of digits is not.
            if (!m.Value.StartsWith('+') && !m.Value.Any(c => c is ' ' or '-' or '.' or '('))
            {
                continue;
            }

            found.Add((m.Index, m.Value));
        }

        // "2018 - 05/2022" is a date range however much it looks like a number.
        return found.Where(f => !DateParser.FindAll(f.Value).Any(r => r.IsRange)).OrderBy(f => f.Index).Select(f => f.Value.Trim());
    }

    private const int MaxUrlLength = 2048;

    private const long MaxPhoneCandidates = 64;

    public static IEnumerable<string> Urls(string text)
    {
        var found = new List<string>();

        // A URL holds no space and at least one dot: scanning only such words skips most of a page's text,
        // which the pattern would otherwise try at every letter.
        foreach (var range in text.AsSpan().SplitAny(" \t\r\n"))
        {
            // Real links are short; the pattern's cost grows with the square of a word's length.
            var word = text.AsSpan(range);
            if (!word.Contains('.') || word.Length > MaxUrlLength)
            {
                continue;
            }

            foreach (var m in UrlRegex().EnumerateMatches(word))
            {
                var value = word.Slice(m.Index, m.Length).TrimEnd(".,;:");
                if (!value.Contains('@'))
                {
                    found.Add(value.ToString());
                }
            }
        }

        return found;
    }

    /// <summary>Text with e-mails, phones and URLs removed, for finding what is left (a location, a title).</summary>
    public static string RemoveContacts(string text)
    {
        text = EmailRegex().Replace(text, " ");
        text = UrlRegex().Replace(text, " ");
        foreach (var phone in PhoneNumbers(text).ToList())
        {
            text = text.Replace(phone, " ", StringComparison.Ordinal);
        }

        return text;
    }
}
