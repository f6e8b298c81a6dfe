namespace ResumeRefiner.Api.Security;

/// <summary>One client's current window in PostgreSQL (table RateLimitWindows, PostgreSQL only).</summary>
public sealed class RateLimitWindow
{
    /// <summary>The limit's kind and a keyed hash of the client (IP or workspace token), e.g. <c>ip:3f2a…</c>.</summary>
    public required string PartitionKey { get; set; }

    /// <summary>When the window opened: the first request after the previous window ended.</summary>
    public DateTime WindowStart { get; set; }

    /// <summary>Permits taken in this window, refused requests included.</summary>
    public int Count { get; set; }
}
