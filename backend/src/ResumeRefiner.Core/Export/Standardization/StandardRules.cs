using System.Globalization;
using System.Text.RegularExpressions;
using PhoneNumbers;
using ResumeRefiner.Core.Model;

namespace ResumeRefiner.Core.Export.Standardization;

/// <summary>One kind of fix: which fields it looks at and what it makes of a value (null: nothing to fix).</summary>
internal abstract class StandardRule
{
    public abstract string Kind { get; }

    public abstract bool AppliesTo(FieldKind kind);

    public abstract string? Fix(string path, string value);

    public abstract string Describe(string before, string after);
}

/// <summary>The rules in the order they compose: clean text first, then wording, then formats.</summary>
internal static class StandardRules
{
    public static IReadOnlyList<StandardRule> For(Resume resume) =>
    [
        new WhitespaceRule(),
        new BulletGlyphRule(),
        new TechnologyCaseRule(),
        BulletPunctuationRule.Decide(resume),
        new DateFormatRule(),
        new PhoneFormatRule(resume.Basics.Location?.CountryCode),
    ];
}

internal sealed partial class WhitespaceRule : StandardRule
{
    public override string Kind => "whitespace";

    public override bool AppliesTo(FieldKind kind) => true;

    public override string? Fix(string path, string value)
    {
        // Line breaks inside a summary are the user's paragraphs: keep them, tidy each line.
        var lines = value.Split('\n').Select(l => Spaces().Replace(l, " ").Trim());
        return string.Join('\n', lines).Trim('\n');
    }

    public override string Describe(string before, string after) => "Remove extra spaces and blank space at the ends.";

    [GeneratedRegex(@"[ \t\u00A0\u2000-\u200B\u3000\r]+")]
    private static partial Regex Spaces();
}

internal sealed partial class BulletGlyphRule : StandardRule
{
    public override string Kind => "bullet-glyph";

    public override bool AppliesTo(FieldKind kind) => kind == FieldKind.Highlight;

    public override string? Fix(string path, string value) => Glyph().Replace(value, string.Empty);

    public override string Describe(string before, string after) => "Remove the bullet character typed into the text; the template draws bullets.";

    [GeneratedRegex(@"^\s*(?:[•●○◦▪▫■□‣⁃∙·➢➤►▸✓✔\-–—*>]\s*)+")]
    private static partial Regex Glyph();
}

/// <summary>Writes well-known technology names the way their makers do ("javascript" → "JavaScript").</summary>
internal sealed class TechnologyCaseRule : StandardRule
{
    // Only names that are not also ordinary words: "react", "go", "swift", "rust" or "spring" in a sentence may
    // mean the verb or the season, so they are left alone.
    private static readonly string[] Names =
    [
        "JavaScript", "TypeScript", "PostgreSQL", "GitHub", "GitLab", "MySQL", "MongoDB", "GraphQL", "NoSQL", "Kubernetes",
        "Node.js", "Vue.js", "Next.js", "jQuery", "AngularJS", "HTML", "HTML5", "CSS", "CSS3", "SQL", "AWS", "GCP", "PHP",
        "JSON", "XML", "YAML", "API", "APIs", "Python", "Java", "C#", ".NET", "ASP.NET", "Linux", "macOS", "iOS", "Docker",
        "Terraform", "Jenkins", "Django", "NumPy", "pandas", "PyTorch", "TensorFlow", "scikit-learn", "Redis", "Elasticsearch",
        "Kafka", "webpack", "npm", "DevOps", "SQLite", "OAuth", "OpenAI", "ChatGPT", "PowerShell", "Excel", "Salesforce",
        "Tableau", "Figma", "Jira", "Azure", "Ansible", "FastAPI", "WordPress", "YouTube", "LinkedIn", "BigQuery", "Snowflake",
        "DynamoDB", "RabbitMQ", "gRPC",
    ];

    private static readonly Dictionary<string, string> Canonical = Build();

    private static Dictionary<string, string> Build()
    {
        var map = Names.ToDictionary(n => n, n => n, StringComparer.OrdinalIgnoreCase);
        map["nodejs"] = "Node.js";
        map["reactjs"] = "React";
        return map;
    }

    public override string Kind => "technology-case";

    public override bool AppliesTo(FieldKind kind) => kind is FieldKind.Prose or FieldKind.Highlight or FieldKind.Keyword;

    public override string? Fix(string path, string value)
    {
        var result = new System.Text.StringBuilder(value.Length);
        var i = 0;
        while (i < value.Length)
        {
            if (!IsTokenChar(value[i]) || (i > 0 && IsTokenChar(value[i - 1])))
            {
                result.Append(value[i]);
                i++;
                continue;
            }

            var end = i;
            while (end < value.Length && IsTokenChar(value[end]))
            {
                end++;
            }

            // A sentence's full stop or a trailing comma is not part of the name.
            var token = value[i..end].TrimEnd('.');
            var tail = value[(i + token.Length)..end];
            result.Append(Canonical.TryGetValue(token, out var canonical) && !IsInAddress(value, i, end) ? canonical : token);
            result.Append(tail);
            i = end;
        }

        return result.ToString();
    }

    public override string Describe(string before, string after) => "Write technology names the way their makers do.";

    private static bool IsTokenChar(char c) => char.IsLetterOrDigit(c) || c is '.' or '#' or '+' or '-';

    /// <summary>"github.com/alice" and "me@gmail.com" are addresses, not names.</summary>
    private static bool IsInAddress(string text, int start, int end)
    {
        var token = text[start..end].TrimEnd('.');
        if ((end < text.Length && (text[end] == '@' || text[end..].StartsWith("://", StringComparison.Ordinal))) || (start > 0 && text[start - 1] == '@'))
        {
            return true;
        }

        var dot = token.LastIndexOf('.');
        return (start > 0 && text[start - 1] == '/')
            || (dot > 0 && dot < token.Length - 1 && token[(dot + 1)..] is "com" or "io" or "org" or "net" or "dev" or "co");
    }
}

/// <summary>Bullets either all end with a full stop or none do; the resume's majority decides, a tie means none.</summary>
internal sealed class BulletPunctuationRule : StandardRule
{
    private static readonly string[] Abbreviations = ["etc.", "Inc.", "Ltd.", "Co.", "Corp.", "Jr.", "Sr.", "U.S.", "e.g.", "i.e.", "No."];

    private readonly bool withPeriod;

    private BulletPunctuationRule(bool withPeriod) => this.withPeriod = withPeriod;

    public override string Kind => "bullet-punctuation";

    public static BulletPunctuationRule Decide(Resume resume)
    {
        var bullets = resume.Work.SelectMany(w => w.Highlights)
            .Concat(resume.Volunteer.SelectMany(v => v.Highlights))
            .Concat(resume.Projects.SelectMany(p => p.Highlights))
            .Select(h => h.Trim())
            .Where(h => h.Length > 0 && !EndsWithOtherPunctuation(h))
            .ToList();
        var withPeriod = bullets.Count(h => h.EndsWith('.'));
        return new BulletPunctuationRule(withPeriod * 2 > bullets.Count);
    }

    public override bool AppliesTo(FieldKind kind) => kind == FieldKind.Highlight;

    public override string? Fix(string path, string value)
    {
        var text = value.TrimEnd();
        if (text.Length == 0 || EndsWithOtherPunctuation(text))
        {
            return null;
        }

        if (withPeriod)
        {
            return text.EndsWith('.') ? null : text + ".";
        }

        if (!text.EndsWith('.') || text.EndsWith("..", StringComparison.Ordinal)
            || Abbreviations.Any(a => text.EndsWith(" " + a, StringComparison.Ordinal) || text == a))
        {
            return null;
        }

        return text[..^1];
    }

    public override string Describe(string before, string after) =>
        withPeriod ? "End this bullet with a full stop, like most of your bullets." : "Drop the full stop, like most of your bullets.";

    private static bool EndsWithOtherPunctuation(string text) => text[^1] is '!' or '?' or ':' or ';' or '…';
}

/// <summary>Dates in the model are ISO 8601 (YYYY-MM-DD, YYYY-MM or YYYY); "Present" as an end date means no end date.</summary>
internal sealed partial class DateFormatRule : StandardRule
{
    private static readonly string[] MonthNames =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public override string Kind => "date-format";

    public override bool AppliesTo(FieldKind kind) => kind == FieldKind.Date;

    public override string? Fix(string path, string value)
    {
        var text = value.Trim();
        if (IsoDate().IsMatch(text))
        {
            return null;
        }

        if (path.EndsWith(".endDate", StringComparison.Ordinal) && Ongoing().IsMatch(text))
        {
            return string.Empty;
        }

        if (YearMonth().Match(text) is { Success: true } ym)
        {
            return Iso(ym.Groups["y"].Value, ym.Groups["m"].Value);
        }

        if (MonthYear().Match(text) is { Success: true } my)
        {
            return Iso(my.Groups["y"].Value, my.Groups["m"].Value);
        }

        if (NamedMonth().Match(text) is { Success: true } nm)
        {
            var month = Array.IndexOf(MonthNames, nm.Groups["m"].Value[..3].ToLowerInvariant()) + 1;
            return month > 0 ? Iso(nm.Groups["y"].Value, month.ToString(CultureInfo.InvariantCulture)) : null;
        }

        return null;
    }

    public override string Describe(string before, string after) =>
        after.Length == 0 ? "An ongoing role has no end date; the template prints \"Present\"." : "Store the date in one format (ISO 8601); templates print it as \"Jan 2020\".";

    private static string? Iso(string year, string month)
    {
        var m = int.Parse(month, CultureInfo.InvariantCulture);
        return m is >= 1 and <= 12 ? $"{year}-{m:D2}" : null;
    }

    [GeneratedRegex(@"^[0-9]{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?)?$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(?:present|current|currently|now|ongoing|today|to date|till date|heute|actuel)$", RegexOptions.IgnoreCase)]
    private static partial Regex Ongoing();

    [GeneratedRegex(@"^(?<y>(?:19|20)[0-9]{2})\s*[-/.]\s*(?<m>[0-9]{1,2})$")]
    private static partial Regex YearMonth();

    [GeneratedRegex(@"^(?<m>[0-9]{1,2})\s*[-/.]\s*(?<y>(?:19|20)[0-9]{2})$")]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"^(?<m>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?,?\s+(?<y>(?:19|20)[0-9]{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex NamedMonth();
}

/// <summary>One phone format: international ("+1 415-555-0142"), read with the resume's country as the default.</summary>
internal sealed class PhoneFormatRule(string? countryCode) : StandardRule
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    public override string Kind => "phone-format";

    public override bool AppliesTo(FieldKind kind) => kind == FieldKind.Phone;

    public override string? Fix(string path, string value)
    {
        var region = countryCode is { Length: 2 } code ? code.ToUpperInvariant() : "US";
        try
        {
            var number = Phones.Parse(value, region);
            return Phones.IsValidNumber(number) ? Phones.Format(number, PhoneNumberFormat.INTERNATIONAL) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    public override string Describe(string before, string after) => "Write the phone number in international format so it works from anywhere.";
}
