namespace ResumeRefiner.Api.Workspaces;

/// <summary>An anonymous owner of resumes. Only a keyed hash of its token is stored.</summary>
public sealed class Workspace
{
    public Guid Id { get; set; }

    /// <summary>HMAC-SHA256 of the bearer token (hex); the token itself is never stored.</summary>
    public required string TokenHash { get; set; }

    public DateTime CreatedAt { get; set; }
}
