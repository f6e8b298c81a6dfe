using System.Text.RegularExpressions;
using ResumeRefiner.Core.Model;
using ResumeRefiner.Core.Parsing.Fields;

namespace ResumeRefiner.Core.Ai;

/// <summary>
/// Replaces contact details (name, e-mail, phone, address, links) with placeholders such as <c>{{EMAIL}}</c> before
/// text goes to an AI provider, and puts them back in what comes out. Placeholders are numbered in the order they are
/// met, so the same resume always redacts to the same text (which keeps the reply cache effective).
/// </summary>
public sealed partial class Redaction
{
    private readonly List<(string Value, string Placeholder)> _known = [];
    private readonly Dictionary<string, string> _byValue = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private Redaction(bool enabled) => Enabled = enabled;

    public bool Enabled { get; }

    /// <summary>Placeholder → original value, for restoring.</summary>
    public IReadOnlyDictionary<string, string> Placeholders => _known.ToDictionary(k => k.Placeholder, k => k.Value, StringComparer.Ordinal);

    /// <summary>A redaction seeded with the resume's own contact details (they may also appear inside other text).</summary>
    public static Redaction For(Resume resume, bool enabled = true)
    {
        ArgumentNullException.ThrowIfNull(resume);
        var b = resume.Basics;
        var redaction = new Redaction(enabled);
        if (!enabled)
        {
            return redaction;
        }

        redaction.Add(b.Name, "NAME");
        redaction.Add(b.Email, "EMAIL");
        redaction.Add(b.Phone, "PHONE");
        redaction.Add(b.Url, "LINK");
        redaction.Add(b.Location?.Address, "ADDRESS");
        redaction.Add(b.Location?.PostalCode, "POSTAL_CODE");
        foreach (var profile in b.Profiles)
        {
            redaction.Add(profile.Url, "LINK");
            redaction.Add(profile.Username, "HANDLE");
        }

        // A first or last name alone ("Jane led ...") is still the person's name.
        foreach (var part in (b.Name ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part.Length >= 3 && part.All(c => char.IsLetter(c) || c is '-' or '\''))
            {
                redaction.Add(part, "NAME_PART");
            }
        }

        return redaction;
    }

    /// <summary>The text with every known contact detail, and any e-mail, phone number or link found in it, replaced.</summary>
    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!Enabled || text.Length == 0)
        {
            return text;
        }

        // Longest first, so a full name goes before its parts and a URL before the handle inside it.
        foreach (var (value, placeholder) in _known.OrderByDescending(k => k.Value.Length))
        {
            text = placeholder.Contains("NAME_PART", StringComparison.Ordinal)
                ? Regex.Replace(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(value)}(?![\p{{L}}\p{{N}}])", placeholder, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))
                : text.Replace(value, placeholder, StringComparison.OrdinalIgnoreCase);
        }

        text = Email().Replace(text, m => Add(m.Value, "EMAIL"));
        text = Link().Replace(text, m =>
        {
            var value = m.Value.TrimEnd('.', ',', ';', ':', ')', ']');
            return Add(value, "LINK") + m.Value[value.Length..];
        });
        // The parser's finder: libphonenumber first, then a pattern for numbers it deems impossible (555-...).
        foreach (var phone in ContactFinder.PhoneNumbers(text).Distinct(StringComparer.Ordinal).OrderByDescending(p => p.Length).ToList())
        {
            text = text.Replace(phone, Add(phone, "PHONE"), StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>Puts the original values back in place of the placeholders.</summary>
    public string Restore(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!Enabled || !text.Contains("{{", StringComparison.Ordinal))
        {
            return text;
        }

        // Newest first: a value found later may itself hold an earlier placeholder ("github.com/{{HANDLE_1}}/x").
        for (var i = _known.Count - 1; i >= 0; i--)
        {
            text = text.Replace(_known[i].Placeholder, _known[i].Value, StringComparison.Ordinal);
        }

        return text;
    }

    private string Add(string? value, string kind)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return string.Empty;
        }

        value = value.Trim();
        if (_byValue.TryGetValue(value, out var existing))
        {
            return existing;
        }

        var n = _counts[kind] = _counts.GetValueOrDefault(kind) + 1;
        var placeholder = n == 1 && kind is "NAME" or "EMAIL" or "PHONE" or "ADDRESS" or "POSTAL_CODE"
            ? $"{{{{{kind}}}}}"
            : $"{{{{{kind}_{n}}}}}";
        _known.Add((value, placeholder));
        _byValue[value] = placeholder;
        return placeholder;
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    // A scheme, "www." or a lower-case domain followed by a path ("github.com/jane"); "ASP.NET" and "Node.js" are not links.
    [GeneratedRegex(@"\b(?:https?://[^\s<>""']+|www\.[^\s<>""']+|(?:[a-z0-9-]+\.)+(?:com|org|net|io|dev|me|app|co|ai|edu|gov|info|biz|xyz|page|site|tech|uk|de|fr|nl|ca|au|in|eu|ch|se|no|dk|es|it|pl)/[^\s<>""']*)", RegexOptions.CultureInvariant)]
    private static partial Regex Link();
}
