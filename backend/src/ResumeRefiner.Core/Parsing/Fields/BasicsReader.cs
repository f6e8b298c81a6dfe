using System.Text.RegularExpressions;
using ResumeRefiner.Core.Model;
using ResumeRefiner.Core.Parsing.Layout;
using ResumeRefiner.Core.Parsing.Sections;

namespace ResumeRefiner.Core.Parsing.Fields;

/// <summary>Name, title, contact details and location, from the top of the resume and its contact section.</summary>
internal static partial class BasicsReader
{
    [GeneratedRegex(@"^[\p{Lu}][\p{L}'’.\-]*(?:\s+[\p{Lu}][\p{L}'’.\-]*){1,3}$|^[\p{Lu}][\p{L}'’.\-]*(?:\s+[\p{L}][\p{L}'’.\-]*){1,3}$")]
    private static partial Regex NameRegex();

    [GeneratedRegex(@"^(?:e-?mail|mail|phone|tel|mobile|cell|address|location|web|website|linkedin|github|portfolio)\s*:\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContactLabelRegex();

    [GeneratedRegex(@"[""“”'‘’][^""“”'‘’]{1,20}[""“”'‘’]|\([^)]{1,20}\)")]
    private static partial Regex NicknameRegex();

    [GeneratedRegex(@"(?:^|[•·|]\s*)(?:blog|website|homepage|home page|portfolio|personal site|web|site)\s*:\s*(?<url>\S+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelledSiteRegex();

    public static Basics Read(LayoutDocument document, List<Section> sections, ConfidenceLog log)
    {
        var headerLines = ContactLines(document, sections);
        var allText = string.Join("\n", document.Lines.Select(l => l.Text));
        var headerText = string.Join("\n", JoinBrokenContacts(headerLines));

        var (name, nameLine) = FindName(document, headerLines);
        log.AddIf(name, "basics.name", nameLine is not null && nameLine.FontSize > document.BodyFontSize + 1 ? 0.95 : 0.75,
            nameLine is not null && nameLine.FontSize > document.BodyFontSize + 1 ? "largest name-like line at the top" : "first name-like line");

        var email = ContactFinder.Emails(headerText).FirstOrDefault() ?? ContactFinder.Emails(JoinWrapped(headerText)).FirstOrDefault();
        var emailReason = "e-mail pattern in the contact block";
        if (email is null)
        {
            email = ContactFinder.Emails(allText).FirstOrDefault();
            emailReason = "e-mail pattern in the body";
        }

        if (email is null)
        {
            email = document.Links.Where(l => l.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
                .Select(l => Uri.UnescapeDataString(l[7..].Split('?')[0])).FirstOrDefault(e => e.Contains('@', StringComparison.Ordinal));
            emailReason = "mailto link";
        }

        log.AddIf(email, "basics.email", 0.98, emailReason);

        var phone = ContactFinder.PhoneNumbers(headerText).FirstOrDefault();
        var phoneReason = "phone number in the contact block";
        if (phone is null)
        {
            phone = ContactFinder.PhoneNumbers(allText).FirstOrDefault();
            phoneReason = "phone number in the body";
        }

        if (phone is null)
        {
            phone = document.Links.Where(l => l.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
                .Select(l => Uri.UnescapeDataString(l[4..])).FirstOrDefault();
            phoneReason = "tel link";
        }

        log.AddIf(phone, "basics.phone", phoneReason.Contains("block", StringComparison.Ordinal) ? 0.95 : 0.7, phoneReason);

        var contactSectionLines = sections.Where(s => s.Kind == SectionKind.Contact).SelectMany(s => s.Lines).ToList();
        var (url, profiles) = FindLinks(document, headerLines, contactSectionLines, headerText, allText);
        log.AddIf(url, "basics.url", 0.7, "personal site printed in the contact block");
        for (var i = 0; i < profiles.Count; i++)
        {
            log.Add($"basics.profiles[{i}].url", 0.9, "profile link (" + profiles[i].Network + ")");
        }

        var location = FindLocation(headerLines) ?? FindCityAlone(headerLines, name) ?? FindBarePlace(contactSectionLines, name)
            ?? FindPlaceAmongContacts(headerLines, name);
        if (location is not null)
        {
            log.AddIf(location.City, "basics.location.city", 0.8, "place pattern in the contact block");
        }

        var label = FindLabel(headerLines, nameLine) is { } found ? HeadlineLabelRegex().Replace(found, string.Empty) : null;
        log.AddIf(label, "basics.label", 0.6, "job title line under the name");

        return new Basics
        {
            Name = name,
            Label = label,
            Email = email,
            Phone = phone,
            Url = url,
            Location = location,
            Profiles = profiles,
        };
    }

    /// <summary>
    /// The lines that hold the person's details: the top of the resume and any contact section, and, when those hold no
    /// e-mail or phone, the block of short lines around the first e-mail or phone elsewhere (a sidebar under "About",
    /// a page footer).
    /// </summary>
    private static List<DocLine> ContactLines(LayoutDocument document, List<Section> sections)
    {
        var lines = sections.Where(s => s.Kind is SectionKind.Header or SectionKind.Contact).SelectMany(s => s.Lines).ToList();
        static bool HoldsContact(DocLine l) => ContactFinder.Emails(l.Text).Any() || ContactFinder.PhoneNumbers(l.Text).Any();
        if (lines.Any(HoldsContact))
        {
            return lines;
        }

        var all = document.Lines;
        var at = -1;
        for (var i = 0; i < all.Count && at < 0; i++)
        {
            if (HoldsContact(all[i]) || (i + 1 < all.Count && ContactFinder.Emails(JoinWrapped(all[i].Text + "\n" + all[i + 1].Text)).Any()))
            {
                at = i;
            }
        }

        if (at < 0)
        {
            return lines;
        }

        static bool Short(DocLine l) => l.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 8 && !l.Text.TrimEnd().EndsWith('.')
            && SectionHeadings.Match(l.Text) is null;
        var from = at;
        while (from > 0 && at - from < 4 && Short(all[from - 1]) && all[from - 1].Page == all[at].Page)
        {
            from--;
        }

        var to = at;
        while (to + 1 < all.Count && to - at < 6 && Short(all[to + 1]) && all[to + 1].Page == all[at].Page)
        {
            to++;
        }

        return [.. lines, .. all.Skip(from).Take(to - from + 1).Where(l => !lines.Contains(l))];
    }

    /// <summary>
    /// The contact lines' texts, an address broken mid-word at a narrow column's edge joined again
    /// ("linkedin.com/in/paolo-" / "delacruz", "s.dellacqua@email.exa" / "mple.com"): the line ran to the column's
    /// edge, ending in part of an address, and the next is one lower-case piece under it.
    /// </summary>
    private static List<string> JoinBrokenContacts(List<DocLine> lines)
    {
        var texts = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            while (i + 1 < lines.Count && BrokenAtColumnEdge(lines, i) && ContinuesAddress(text, lines[i + 1].Text.Trim()))
            {
                text += lines[++i].Text.Trim();
            }

            texts.Add(text);
        }

        return texts;
    }

    private static bool BrokenAtColumnEdge(List<DocLine> lines, int i)
    {
        var (line, next) = (lines[i], lines[i + 1]);
        if (line.Kind() != DocumentKindHint.Positioned || next.Page != line.Page || next.Top <= line.Top || next.Top - line.Top > 2 * line.FontSize
            || Math.Abs(next.Left - line.Left) > 2 * line.FontSize)
        {
            return false;
        }

        // The column's right edge: the furthest its lines reach.
        var edge = lines.Where(l => l.Page == line.Page && Math.Abs(l.Left - line.Left) <= 2 * line.FontSize).Max(l => l.Right);
        return line.Right >= edge - line.FontSize;
    }

    /// <summary>
    /// The next line is the rest of the address the text ends with: one lower-case piece, not an address of its own
    /// after a path, and not after an e-mail or site whose domain is already whole ("…@example.com" / "jdoe.dev").
    /// </summary>
    private static bool ContinuesAddress(string text, string next)
    {
        var last = text[(text.LastIndexOf(' ') + 1)..];
        if (next.Length == 0 || next.Contains(' ', StringComparison.Ordinal) || next.Contains('@', StringComparison.Ordinal)
            || next.Contains('/', StringComparison.Ordinal) || !(char.IsLower(next[0]) || char.IsDigit(next[0])))
        {
            return false;
        }

        if (last.Contains('/', StringComparison.Ordinal))
        {
            return !ContactFinder.Urls(next).Any();
        }

        var domain = last[(last.IndexOf('@') + 1)..];
        return domain.Contains('.', StringComparison.Ordinal) && ContactFinder.Urls(domain).FirstOrDefault() != domain;
    }

    /// <summary>A contact split at a narrow column's line end ("g.torres@inbox.example." / "org") joined again.</summary>
    private static string JoinWrapped(string text) => WrappedContactRegex().Replace(text, "$1");

    [GeneratedRegex(@"([@.\-_])\n(?=[\p{L}\d])|(?<=@[\w.-]*)\n(?=[\w-]*\.[a-z]{2,}\b)", RegexOptions.IgnoreCase)]
    private static partial Regex WrappedContactRegex();

    [GeneratedRegex(@"^(?:curriculum\s+vitae|r[ée]sum[ée]|cv|lebenslauf|hoja\s+de\s+vida|curr[ií]culo)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DocumentTitleRegex();

    private static bool LooksLikeName(string text)
    {
        // A nickname in quotes or brackets ("Robert "Bob" Martinez") is part of a name.
        var t = NicknameRegex().Replace(text, " ").Trim();
        t = string.Join(' ', t.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (t.Length is < 4 or > 50 || t.Any(char.IsDigit) || t.Contains('@', StringComparison.Ordinal) || t.Contains(':', StringComparison.Ordinal))
        {
            return false;
        }

        if (SectionHeadings.Match(t) is not null || EntryVocabulary.TitleScore(t) > 0 && t.Split(' ').Length > 2)
        {
            return false;
        }

        // A document's own title ("Curriculum Vitae") stands where the name does.
        if (DocumentTitleRegex().IsMatch(t))
        {
            return false;
        }

        // "Fresno, CA, US" is shaped like a name but is where the person lives.
        if (t.Contains(',', StringComparison.Ordinal) && LocationFinder.Parse(t) is not null)
        {
            return false;
        }

        return NameRegex().IsMatch(t.Replace(",", string.Empty, StringComparison.Ordinal));
    }

    /// <summary>"Stephanie Lewis, Senior Social Worker" or "Jane Doe | Nurse": the name before a job title on its line.</summary>
    private static string? NameBeforeTitle(string text)
    {
        var m = NameAndTitleRegex().Match(text);
        return m.Success && EntryVocabulary.TitleScore(m.Groups["title"].Value) > 0 && LooksLikeName(m.Groups["name"].Value)
            ? m.Groups["name"].Value.Trim()
            : null;
    }

    /// <summary>"Jane Doe | (555) 201-3344 | jane@example.com": the name first on a line of contact details, as an e-mail's text has it.</summary>
    private static string? NameBeforeContacts(string text)
    {
        var pieces = ContactSeparatorRegex().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        return pieces.Count >= 2 && LooksLikeName(pieces[0])
            && pieces.Skip(1).Any(p => ContactFinder.Emails(p).Any() || ContactFinder.PhoneNumbers(p).Any())
            ? pieces[0]
            : null;
    }

    [GeneratedRegex(@"^(?<name>[^,|–—]{4,50}?)\s*(?:,|\||\s[–—-]\s)\s*(?<title>\S.{2,80})$")]
    private static partial Regex NameAndTitleRegex();

    [GeneratedRegex(@"^\s*(?:headline|current\s+title|job\s+title|title|profession|desired\s+(?:job\s+title|position))\s*:\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadlineLabelRegex();

    [GeneratedRegex(@"^\s*(?:full\s+|candidate\s+)?name\s*:\s*(?<name>\p{Lu}.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NameLabelRegex();

    private static (string? Name, DocLine? Line) FindName(LayoutDocument document, List<DocLine> headerLines)
    {
        // The name is the most prominent name-like text near the top: biggest font on page 1, else first.
        var pool = document.Lines.Where(l => l.Page <= 1).Take(60).ToList();

        // A form-like profile says it outright: "Name: Jordan Avery".
        foreach (var line in pool.Take(20))
        {
            if (NameLabelRegex().Match(line.Text) is { Success: true } labelled && labelled.Groups["name"].Value.Trim() is var named
                && named.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is >= 1 and <= 5 && !named.Contains('@', StringComparison.Ordinal))
            {
                return (named, line);
            }
        }

        var candidates = new List<(string Text, DocLine Line, int Index)>();
        for (var i = 0; i < pool.Count; i++)
        {
            var line = pool[i];
            foreach (var segment in line.Segments)
            {
                var text = ContactLabelRegex().Replace(segment.Text, string.Empty).Trim();
                if (LooksLikeName(text))
                {
                    candidates.Add((text, line, i));
                }
                else if ((NameBeforeTitle(text) ?? NameBeforeContacts(text)) is { } name)
                {
                    candidates.Add((name, line, i));
                }
            }
        }

        // A one-word name ("Alice") only counts when it is set much larger than the body text.
        if (document.BodyFontSize > 0)
        {
            for (var i = 0; i < pool.Count; i++)
            {
                var line = pool[i];
                var text = line.Text.Trim();
                if (line.Segments.Count == 1 && line.FontSize >= document.BodyFontSize * 1.6 && text.Length is >= 2 and <= 30
                    && text.All(c => char.IsLetter(c) || c is '-' or '\'' or '’') && char.IsUpper(text[0]) && SectionHeadings.Match(text) is null)
                {
                    candidates.Add((text, line, i));
                }
            }
        }

        if (candidates.Count == 0)
        {
            var first = headerLines.Count > 0 ? headerLines[0] : document.Lines.Count > 0 ? document.Lines[0] : null;
            return first is not null && first.Text.Length <= 40 && !first.Text.Contains('@', StringComparison.Ordinal) ? (first.Segments[0].Text, first) : (null, null);
        }

        if (document.BodyFontSize > 0)
        {
            var maxSize = candidates.Max(c => c.Line.FontSize);
            if (maxSize >= document.BodyFontSize + 1)
            {
                var best = candidates.Where(c => c.Line.FontSize >= maxSize - 0.1).OrderBy(c => c.Index).First();
                // The title is looked for below the name's last line.
                return NameOnTwoLines(pool, best.Line, best.Text) is { } twoLines ? twoLines : (best.Text, best.Line);
            }
        }

        var inHeader = candidates.Where(c => headerLines.Contains(c.Line)).OrderBy(c => c.Index).FirstOrDefault();
        var pick = inHeader.Text is not null ? inHeader : candidates.OrderBy(c => c.Index).First();
        return (pick.Text, pick.Line);
    }

    /// <summary>
    /// A large name set on two lines ("Paolo" / "Dela Cruz"): the line right below in the same type and at the same
    /// indent, name-like and no job title, is the rest of it.
    /// </summary>
    private static (string Name, DocLine Last)? NameOnTwoLines(List<DocLine> pool, DocLine line, string first)
    {
        var below = pool.Skip(pool.IndexOf(line) + 1).FirstOrDefault(l => l.Page == line.Page && Math.Abs(l.FontSize - line.FontSize) < 0.2
            && l.Bold == line.Bold && Math.Abs(l.Left - line.Left) < 3 && l.Top > line.Top && l.Top - line.Top < 2 * Math.Max(line.FontSize, 1));
        if (below is null || below.Segments.Count != 1 || line.Segments.Count != 1)
        {
            return null;
        }

        var rest = below.Text.Trim();
        var joined = first + " " + rest;
        return rest.Split(' ').Length <= 3 && rest.All(c => char.IsLetter(c) || c is ' ' or '-' or '\'' or '’' or '.')
            && EntryVocabulary.TitleScore(rest) == 0 && SectionHeadings.Match(rest) is null && LooksLikeName(joined) ? (joined, below) : null;
    }

    private static string? FindLabel(List<DocLine> headerLines, DocLine? nameLine)
    {
        if (nameLine is null)
        {
            return null;
        }

        var index = headerLines.IndexOf(nameLine);
        if (index < 0 || index + 1 >= headerLines.Count)
        {
            return null;
        }

        // The title may share its line with contact details ("Full-Stack Developer | Bengaluru | ...").
        var next = headerLines[index + 1].Text.Trim();
        var first = Regex.Split(next, @"\s*[|•·]\s*|\s{2,}")[0].Trim();
        foreach (var candidate in new[] { next, first })
        {
            if (EntryVocabulary.TitleScore(candidate) > 0 && candidate.Length <= 80 && !candidate.Contains('@', StringComparison.Ordinal)
                && !ContactFinder.PhoneNumbers(candidate).Any() && !ContactFinder.Urls(candidate).Any())
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>A known city printed on its own among the contact details ("Fresno", "Buenos Aires").</summary>
    private static Location? FindCityAlone(List<DocLine> lines, string? name)
    {
        foreach (var line in lines)
        {
            foreach (var piece in ContactSeparatorRegex().Split(ContactFinder.RemoveContacts(line.Text)))
            {
                var text = ContactLabelRegex().Replace(piece.Trim(), string.Empty).Trim();
                if (text.Length > 0 && text != name && LocationFinder.FindCity(text) is { } location)
                {
                    return location;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Under an explicit contact heading, a short capitalised line that is not an e-mail, phone, URL or a label of
    /// them is the place ("Springfield"), even when the gazetteer does not know it.
    /// </summary>
    private static Location? FindBarePlace(List<DocLine> contactLines, string? name)
    {
        foreach (var line in contactLines)
        {
            var text = ContactLabelRegex().Replace(line.Text.Trim(), string.Empty).Trim();
            if (IsBarePlace(text, name))
            {
                return new Location { City = text };
            }
        }

        return null;
    }

    /// <summary>
    /// In a contact line of separated items ("a@b.com | 555-0100 | New York | example.com"), a short capitalised
    /// item between e-mail, phone and web addresses that is not a title, organisation or network is the place.
    /// </summary>
    private static Location? FindPlaceAmongContacts(List<DocLine> headerLines, string? name)
    {
        foreach (var line in headerLines)
        {
            var pieces = ContactSeparatorRegex().Split(line.Text).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
            var contacts = pieces.Count(p => ContactFinder.RemoveContacts(p).Trim(' ', ',', ';').Length == 0);
            if (pieces.Count < 3 || contacts < 2)
            {
                continue;
            }

            foreach (var piece in pieces)
            {
                var text = ContactLabelRegex().Replace(piece, string.Empty).Trim();
                if (IsBarePlace(text, name) && EntryVocabulary.TitleScore(text) == 0 && EntryVocabulary.OrgScore(text) == 0
                    && !ProfileLinks.IsNetworkName(text))
                {
                    return LocationFinder.CountryCode(text) is { } country ? new Location { CountryCode = country } : new Location { City = text };
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"\s*[|•·◦▪]\s*|\s{2,}|\s[–—-]\s")]
    private static partial Regex ContactSeparatorRegex();

    // The labels contact blocks print on lines of their own ("Email" over the address).
    [GeneratedRegex(@"^(?:e-?mail|mail|phone|telephone|tel|mobile|cell|fax|address|location|web|website|site|homepage|linkedin|github|portfolio|region|city|country|contact|contacts|profiles?|links|social|personal)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContactLabelWordRegex();

    private static bool IsBarePlace(string text, string? name)
    {
        if (ContactLabelWordRegex().IsMatch(text) || ProfileLinks.IsNetworkName(text))
        {
            return false;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 3 && text != name && !text.Any(char.IsDigit) && !text.Contains('@', StringComparison.Ordinal)
            && !text.Contains('.', StringComparison.Ordinal) && !text.Contains('/', StringComparison.Ordinal)
            && words.All(w => char.IsUpper(w[0])) && SectionHeadings.Match(text) is null;
    }

    private static Location? FindLocation(List<DocLine> headerLines)
    {
        foreach (var line in headerLines)
        {
            foreach (var segment in line.Segments)
            {
                var cleaned = ContactFinder.RemoveContacts(segment.Text);
                foreach (var piece in Regex.Split(cleaned, @"\s*[|•·◦▪]\s*|\s{2,}|\s[–—-]\s"))
                {
                    var text = ContactLabelRegex().Replace(piece.Trim(), string.Empty);
                    if (LocationFinder.Parse(text) is { } loc)
                    {
                        return loc;
                    }
                }

                if (LocationFinder.FindIn(cleaned) is { } found)
                {
                    return found.Location;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Links of the contact block. In a PDF a link counts when it sits beside a header or contact line (icon links
    /// print no text); other formats have no positions, so every link counts.
    /// </summary>
    private static List<string> ContactLinks(LayoutDocument document, List<DocLine> headerLines)
    {
        if (document.PositionedLinks.Count == 0)
        {
            return document.Links.ToList();
        }

        var result = new List<string>();
        foreach (var link in document.PositionedLinks)
        {
            // A Word document's links carry the index of their line; a PDF's, their place on the page.
            var near = link.Page == 0
                ? headerLines.Any(l => l.Page == 0 && l.Top == link.Top)
                : headerLines.Any(l => l.Page == link.Page && l.Top >= link.Top - 2 && l.Top - l.FontSize <= link.Bottom + 2);
            if (near)
            {
                result.Add(link.Uri);
            }
        }

        return result;
    }

    /// <summary>
    /// The header lines up to the last one holding an e-mail, phone or URL: text below them in the header (an
    /// introduction, a quote) may carry links that are not the person's.
    /// </summary>
    private static List<DocLine> ContactBlock(List<DocLine> headerLines)
    {
        var last = headerLines.FindLastIndex(l => l.Page <= 1 && (ContactFinder.Emails(l.Text).Any() || ContactFinder.Urls(l.Text).Any()
            || ContactFinder.PhoneNumbers(l.Text).Any()));
        return last < 0 ? headerLines.Take(6).ToList() : headerLines.Take(Math.Max(last + 2, 6)).ToList();
    }

    private static (string? Url, List<Profile> Profiles) FindLinks(LayoutDocument document, List<DocLine> headerLines, List<DocLine> contactSectionLines, string headerText, string allText)
    {
        var profiles = new List<Profile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? personal = null;
        string? personalKey = null;

        void AddProfile(string url, string network)
        {
            var key = ProfileLinks.Key(url);
            if (key != personalKey && seen.Add(key))
            {
                profiles.Add(ProfileLinks.ToProfile(url, network));
            }
        }

        static bool Usable(string link) =>
            !link.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) && !link.StartsWith("tel:", StringComparison.OrdinalIgnoreCase)
            && !link.StartsWith('#') && link.Contains('.', StringComparison.Ordinal);

        var contactLinks = ContactLinks(document, ContactBlock(headerLines.Where(l => !contactSectionLines.Contains(l)).ToList())
            .Concat(contactSectionLines).ToList()).Where(Usable).ToList();

        // Printed personal site in the contact block ("www.posquit0.com"), kept as printed.
        foreach (var url in ContactFinder.Urls(headerText))
        {
            if (ProfileLinks.NetworkOf(url) is null)
            {
                personal = url;
                personalKey = ProfileLinks.Key(url);
                break;
            }
        }

        // Link targets of the contact block: exact even when the printed text is a handle beside an icon.
        foreach (var link in contactLinks)
        {
            var network = ProfileLinks.NetworkOf(link);
            var key = ProfileLinks.Key(link);
            if (network is null && personal is null)
            {
                personal = link;
                personalKey = key;
                continue;
            }

            if (network is null && (key == personalKey || SameSite(key, personalKey)))
            {
                continue;
            }

            AddProfile(link, network ?? ProfileLinks.Host(link));
        }

        // Profiles printed as text (anywhere: sidebars often hold them), and profile links elsewhere in the body.
        foreach (var url in ContactFinder.Urls(headerText).Concat(ContactFinder.Urls(allText)))
        {
            if (ProfileLinks.NetworkOf(url) is { } network && ProfileLinks.IsProfilePath(url, network)
                && !profiles.Any(p => p.Network == network))
            {
                AddProfile(url, network);
            }
        }

        // "Blog: http://..." anywhere names a personal page.
        foreach (var line in document.Lines)
        {
            var m = LabelledSiteRegex().Match(line.Text);
            if (m.Success && ContactFinder.Urls(m.Groups["url"].Value).FirstOrDefault() is { } site
                && ProfileLinks.Key(site) != personalKey)
            {
                AddProfile(site, ProfileLinks.NetworkOf(site) ?? ProfileLinks.Host(site));
            }
        }

        foreach (var link in document.Links.Where(Usable))
        {
            if (ProfileLinks.NetworkOf(link) is { } network && ProfileLinks.IsProfilePath(link, network)
                && !profiles.Any(p => p.Network == network))
            {
                AddProfile(link, network);
            }
        }

        return (personal, profiles);
    }

    private static bool SameSite(string key, string? personalKey) =>
        personalKey is not null && (key.StartsWith(personalKey + "/", StringComparison.Ordinal) || personalKey.StartsWith(key + "/", StringComparison.Ordinal));
}
