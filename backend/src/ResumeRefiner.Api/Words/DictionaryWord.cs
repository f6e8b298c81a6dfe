namespace ResumeRefiner.Api.Words;

/// <summary>
/// A word a workspace told the proofreader to accept: added to its dictionary (a name, a product,
/// a term of the trade) or ignored ("not a mistake"). It goes when the workspace goes.
/// </summary>
public sealed class DictionaryWord
{
    public Guid Id { get; set; }

    public Guid WorkspaceId { get; set; }

    public required string Word { get; set; }

    /// <summary>"dictionary" or "ignored": both are accepted by later checks; the list shows which.</summary>
    public required string Kind { get; set; }

    public DateTime CreatedAt { get; set; }
}

/// <summary>The two ways a user accepts a flagged word.</summary>
public static class DictionaryWordKind
{
    public const string Dictionary = "dictionary";
    public const string Ignored = "ignored";

    public static readonly IReadOnlyList<string> All = [Dictionary, Ignored];
}
