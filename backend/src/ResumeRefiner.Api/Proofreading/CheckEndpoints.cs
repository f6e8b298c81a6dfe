using Microsoft.AspNetCore.Http.HttpResults;
using ResumeRefiner.Api.Errors;
using ResumeRefiner.Core.Proofreading;

namespace ResumeRefiner.Api.Proofreading;

internal static class CheckEndpoints
{
    /// <summary>A resume is a few thousand characters; this bounds the work one request can ask for.</summary>
    public const int MaxTextLength = 100_000;

    private static readonly string[] Languages = ["en-US", "en-GB"];

    public static IEndpointRouteBuilder MapCheck(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/v1/check", Check)
            .WithTags("Proofreading")
            .WithSummary("Check spelling, grammar and resume style of a text, offline")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return routes;
    }

    internal static Results<Ok<CheckResult>, ProblemHttpResult> Check(CheckRequest request, IProofreader proofreader)
    {
        if (request.Text is null)
        {
            return Problems.BadRequest("Send the text to check in the 'text' field.");
        }

        if (request.Text.Length > MaxTextLength)
        {
            return Problems.BadRequest($"The text is longer than {MaxTextLength:N0} characters. Check one resume at a time.");
        }

        var language = request.Language ?? "en-US";
        if (!Languages.Contains(language, StringComparer.OrdinalIgnoreCase))
        {
            return Problems.BadRequest("language must be en-US or en-GB.");
        }

        var issues = proofreader.Check(request.Text, new ProofreadingOptions
        {
            Language = Languages.First(l => l.Equals(language, StringComparison.OrdinalIgnoreCase)),
            DisabledRules = request.DisabledRules ?? [],
            PersonalDictionary = request.PersonalDictionary ?? [],
        });
        return TypedResults.Ok(new CheckResult(issues));
    }
}

/// <param name="DisabledRules">Rule ids to switch off, e.g. "STYLE_PASSIVE_VOICE".</param>
/// <param name="PersonalDictionary">Words never flagged as misspelled (names, products).</param>
public sealed record CheckRequest(string? Text, string? Language, IReadOnlyList<string>? DisabledRules, IReadOnlyList<string>? PersonalDictionary);

public sealed record CheckResult(IReadOnlyList<ProofIssue> Issues);
