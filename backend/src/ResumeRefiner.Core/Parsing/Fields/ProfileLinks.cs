using ResumeRefiner.Core.Model;

namespace ResumeRefiner.Core.Parsing.Fields;

/// <summary>Turns link targets and printed URLs into <c>basics.url</c> and <c>basics.profiles</c>.</summary>
internal static class ProfileLinks
{
    private static readonly (string Host, string Network)[] Networks =
    [
        ("linkedin.com", "LinkedIn"), ("github.com", "GitHub"), ("gitlab.com", "GitLab"), ("twitter.com", "Twitter"),
        ("x.com", "X"), ("stackoverflow.com", "Stack Overflow"), ("medium.com", "Medium"), ("kaggle.com", "Kaggle"),
        ("behance.net", "Behance"), ("dribbble.com", "Dribbble"), ("orcid.org", "ORCID"), ("scholar.google.com", "Google Scholar"),
        ("researchgate.net", "ResearchGate"), ("leetcode.com", "LeetCode"), ("facebook.com", "Facebook"),
        ("instagram.com", "Instagram"), ("youtube.com", "YouTube"), ("dev.to", "DEV"), ("bitbucket.org", "Bitbucket"),
        ("hashnode.com", "Hashnode"), ("codepen.io", "CodePen"), ("angel.co", "AngelList"), ("wellfound.com", "Wellfound"),
        ("huggingface.co", "Hugging Face"), ("mastodon.social", "Mastodon"), ("t.me", "Telegram"), ("skype.com", "Skype"),
    ];

    /// <summary>Host without scheme and "www.", lower case; empty when the text is not a URL.</summary>
    public static string Host(string url)
    {
        var u = url.Trim();
        var scheme = u.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            u = u[(scheme + 3)..];
        }

        var slash = u.IndexOfAny(['/', '?', '#']);
        var host = (slash >= 0 ? u[..slash] : u).ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    /// <summary>"GitHub", "LinkedIn": a network's name printed as a link label.</summary>
    public static bool IsNetworkName(string text) => LinkLabels.Contains(text.Trim());

    private static readonly HashSet<string> LinkLabels = new(
        Networks.Select(n => n.Network).Concat(["Portfolio", "Website", "Web", "Blog", "Homepage", "Home Page", "Email", "E-mail", "Phone"]),
        StringComparer.OrdinalIgnoreCase);

    public static string? NetworkOf(string url)
    {
        var host = Host(url);
        foreach (var (h, network) in Networks)
        {
            if (host == h || host.EndsWith("." + h, StringComparison.Ordinal))
            {
                return network;
            }
        }

        return null;
    }

    /// <summary>Comparable form: no scheme, no "www.", no trailing slash, lower case.</summary>
    public static string Key(string url)
    {
        var u = url.Trim().ToLowerInvariant();
        var scheme = u.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            u = u[(scheme + 3)..];
        }

        if (u.StartsWith("www.", StringComparison.Ordinal))
        {
            u = u[4..];
        }

        return u.TrimEnd('/');
    }

    public static Profile ToProfile(string url, string network)
    {
        var path = url;
        var scheme = path.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            path = path[(scheme + 3)..];
        }

        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        string? user = parts.Length switch
        {
            >= 3 when parts[1] is "in" or "pub" or "u" or "users" or "company" => parts[2],
            >= 2 => parts[^1],
            _ => null,
        };
        var full = url.Contains("://", StringComparison.Ordinal) ? url : "https://" + url;
        return new Profile { Network = network, Username = user, Url = full };
    }

    /// <summary>Profile pages have a user part; a link to a repository or a post is not a profile.</summary>
    public static bool IsProfilePath(string url, string network)
    {
        var path = url;
        var scheme = path.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            path = path[(scheme + 3)..];
        }

        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return network switch
        {
            "LinkedIn" => parts.Length >= 3 && parts[1] is "in" or "pub",
            "Google Scholar" or "ORCID" or "Stack Overflow" => parts.Length >= 2,
            _ => parts.Length == 2 || (parts.Length == 3 && parts[1].StartsWith('@')),
        };
    }
}
