using System.Collections.Concurrent;

namespace ResumeRefiner.Api.Observability;

/// <summary>
/// Keeps a metric tag's distinct values bounded when a client supplies them: the first <c>limit</c> values are
/// kept as they are, later new ones become "other", so no client can grow the scrape without end.
/// </summary>
internal sealed class BoundedTagValues(int limit)
{
    public const string Other = "other";

    private readonly ConcurrentDictionary<string, byte> _seen = new(StringComparer.Ordinal);

    public string Admit(string value)
    {
        if (_seen.ContainsKey(value))
        {
            return value;
        }

        // A race may admit a few past the limit; the bound is what matters, not its exact size.
        return _seen.Count < limit && _seen.TryAdd(value, 0) || _seen.ContainsKey(value) ? value : Other;
    }
}
