namespace ResumeRefiner.Core.Export;

/// <summary>
/// The link target of a contact item, so exported files are clickable: e-mail → mailto:, phone → tel:, web address →
/// https://. Parsers read these targets too, which makes the contact details unambiguous to them. Only web, mail and
/// phone links are made: a resume's text is untrusted, and a javascript: or file: link in a shared PDF is an attack.
/// </summary>
internal static class ContactLinks
{
    private static readonly HashSet<string> SafeSchemes = new(StringComparer.OrdinalIgnoreCase)
    {
        Uri.UriSchemeHttp, Uri.UriSchemeHttps, Uri.UriSchemeMailto, "tel",
    };

    public static Uri? For(string item)
    {
        var text = item.Trim();
        if (text.Length == 0 || text.Contains(' ', StringComparison.Ordinal) && !LooksLikePhone(text))
        {
            return null;
        }

        string target;
        if (text.Contains('@', StringComparison.Ordinal) && !text.Contains('/', StringComparison.Ordinal))
        {
            target = "mailto:" + text;
        }
        else if (LooksLikePhone(text))
        {
            var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
            target = "tel:" + (text.TrimStart().StartsWith('+') ? "+" : string.Empty) + digits;
        }
        else if (text.Contains('.', StringComparison.Ordinal))
        {
            target = text.Contains("://", StringComparison.Ordinal) ? text : "https://" + text;
        }
        else
        {
            return null;
        }

        return Uri.TryCreate(target, UriKind.Absolute, out var uri) && SafeSchemes.Contains(uri.Scheme) ? uri : null;
    }

    private static bool LooksLikePhone(string text) =>
        text.Count(char.IsAsciiDigit) >= 7 && text.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '-' or '(' or ')' or '.' or '/');
}
