using System.Text.Json;
using System.Text.RegularExpressions;
using ResumeRefiner.Core.Model;

namespace ResumeRefiner.Core.Import.JsonResume;

/// <summary>
/// Makes a resume's URLs what the JSON Resume schema's <c>uri</c> format accepts, without losing what the person wrote:
/// a bare domain ("zoeangstrom.dev", "linkedin.com/in/zoe") gets <c>https://</c>; text that cannot become a URI moves
/// out of the <c>url</c> field into <c>urlAsWritten</c> beside it, which the schema allows and exports keep. Applied
/// to the parser's output, to every saved version and to the JSON export, so the product never emits an invalid
/// JSON Resume.
/// </summary>
public static partial class JsonResumeConformance
{
    /// <summary>The field that keeps URL text no URI can be made of.</summary>
    public const string UrlAsWritten = "urlAsWritten";

    public static Resume Conform(Resume resume)
    {
        ArgumentNullException.ThrowIfNull(resume);
        var b = resume.Basics;
        var (basicsUrl, basicsExtra) = Url(b.Url, b.OtherFields);
        return resume with
        {
            Basics = b with
            {
                Url = basicsUrl,
                OtherFields = basicsExtra,
                Profiles = Each(b.Profiles, p => Url(p.Url, p.OtherFields) is var (u, x) ? p with { Url = u, OtherFields = x } : p),
            },
            Work = Each(resume.Work, w => Url(w.Url, w.OtherFields) is var (u, x) ? w with { Url = u, OtherFields = x } : w),
            Volunteer = Each(resume.Volunteer, v => Url(v.Url, v.OtherFields) is var (u, x) ? v with { Url = u, OtherFields = x } : v),
            Education = Each(resume.Education, e => Url(e.Url, e.OtherFields) is var (u, x) ? e with { Url = u, OtherFields = x } : e),
            Certificates = Each(resume.Certificates, c => Url(c.Url, c.OtherFields) is var (u, x) ? c with { Url = u, OtherFields = x } : c),
            Publications = Each(resume.Publications, p => Url(p.Url, p.OtherFields) is var (u, x) ? p with { Url = u, OtherFields = x } : p),
            Projects = Each(resume.Projects, p => Url(p.Url, p.OtherFields) is var (u, x) ? p with { Url = u, OtherFields = x } : p),
            Meta = resume.Meta is { } meta && Url(meta.Canonical, meta.OtherFields) is var (canonical, metaExtra)
                ? meta with { Canonical = canonical, OtherFields = metaExtra }
                : resume.Meta,
        };
    }

    /// <summary>The URL the schema accepts for <paramref name="text"/>, or null when none can be made of it.</summary>
    public static string? AsUri(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed.Any(char.IsWhiteSpace))
        {
            return null;
        }

        // "example.com:8080/cv" reads as a URI with the scheme "example.com", but it is a bare domain with a port.
        if (HasScheme().IsMatch(trimmed) && !BareDomain().IsMatch(trimmed))
        {
            return JsonResumeSchema.IsUri(trimmed) ? trimmed : null;
        }

        var candidate = trimmed.StartsWith("//", StringComparison.Ordinal) ? "https:" + trimmed : "https://" + trimmed;
        return BareDomain().IsMatch(trimmed.TrimStart('/')) && JsonResumeSchema.IsUri(candidate) ? candidate : null;
    }

    private static (string? Url, Dictionary<string, JsonElement>? Other) Url(string? url, Dictionary<string, JsonElement>? other)
    {
        if (url is null || (JsonResumeSchema.IsUri(url) && !BareDomain().IsMatch(url.Trim())))
        {
            return (url, other);
        }

        if (AsUri(url) is { } fixedUrl)
        {
            return (fixedUrl, other);
        }

        // Keep the person's text next to the field rather than emit a url the schema refuses.
        var kept = new Dictionary<string, JsonElement>(other ?? [], StringComparer.Ordinal);
        if (url.Trim().Length > 0)
        {
            kept[UrlAsWritten] = JsonSerializer.SerializeToElement(url);
        }

        return (null, kept.Count == 0 ? null : kept);
    }

    private static IReadOnlyList<T> Each<T>(IReadOnlyList<T> items, Func<T, T> map) => items.Count == 0 ? items : [.. items.Select(map)];

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.\-]*:")]
    private static partial Regex HasScheme();

    // host.tld with an optional port and path: "zoeangstrom.dev", "www.example.co.uk:8080/cv", "github.com/zoe".
    [GeneratedRegex(@"^(?:[\p{L}\p{N}](?:[\p{L}\p{N}\-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,63}(?::\d{1,5})?(?:[/?#]\S*)?$")]
    private static partial Regex BareDomain();
}
