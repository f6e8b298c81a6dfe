namespace ResumeRefiner.Api.Analyses;

/// <summary>A job posting the user pastes, for an analysis or an AI tailoring job: both read it the same way.</summary>
public static class JobDescription
{
    /// <summary>Long enough for any real posting; longer is almost certainly not one.</summary>
    public const int MaxLength = 50_000;

    /// <summary>The posting without surrounding white space; null when there is none.</summary>
    public static string? Normalise(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public static bool IsTooLong(string? text) => text is { Length: > MaxLength };
}
