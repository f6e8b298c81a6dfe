using Microsoft.AspNetCore.Http.HttpResults;
using ResumeRefiner.Api.Errors;
using ResumeRefiner.Api.Hosting;
using ResumeRefiner.Api.Security;
using ResumeRefiner.Api.Words;
using ResumeRefiner.Api.Workspaces;
using ResumeRefiner.Core.Proofreading;

namespace ResumeRefiner.Api.Proofreading;

internal static class CheckEndpoints
{
    /// <summary>A resume is a few thousand characters; this bounds the work one request can ask for.</summary>
    public const int MaxTextLength = 100_000;

    /// <summary>Even a worst-case text of the maximum length checks well within this; past it the request stops.</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(10);

    private static readonly string[] Languages = ["en-US", "en-GB"];

    public static IEndpointRouteBuilder MapCheck(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/v1/check", Check)
            .WithName("checkText")
            .WithTags("Proofreading")
            .WithWorkspaceAccess(WorkspaceAccess.Optional)
            .RequireRateLimiting(ClientRateLimits.AnonymousCheckPolicy)
            .WithSummary("Check spelling, grammar and resume style of a text, offline")
            .WithDescription("The words of the caller's personal dictionary (if it has a workspace) are accepted. Issues with oneClick = true are safe to apply as they are; the others are suggestions.")
            .AcceptsJsonBody("The text to check")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return routes;
    }

    internal static async Task<Results<Ok<CheckResult>, ProblemHttpResult>> Check(
        CheckRequest request, IProofreader proofreader, CurrentWorkspace workspace, AcceptedWords dictionary, CancellationToken cancellationToken)
    {
        if (request.Text is null)
        {
            return Problems.BadRequest("Send the text to check in the 'text' field.");
        }

        if (request.Text.Length > MaxTextLength)
        {
            return Problems.Create(StatusCodes.Status413PayloadTooLarge, "text-too-long", "The text is too long",
                $"The text is longer than {MaxTextLength:N0} characters. Check one resume at a time.");
        }

        var language = request.Language ?? "en-US";
        if (!Languages.Contains(language, StringComparer.OrdinalIgnoreCase))
        {
            return Problems.BadRequest("language must be en-US or en-GB.");
        }

        var owner = await workspace.FindAsync(cancellationToken);
        var accepted = await dictionary.WordsAsync(owner?.Id, cancellationToken);
        var options = new ProofreadingOptions
        {
            Language = Languages.First(l => l.Equals(language, StringComparison.OrdinalIgnoreCase)),
            DisabledRules = request.DisabledRules ?? [],
            PersonalDictionary = [.. request.PersonalDictionary ?? [], .. accepted],
        };

        // Stops when the client disconnects (the request's token) or when the time limit passes.
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(TimeLimit);
        try
        {
            return TypedResults.Ok(new CheckResult(proofreader.Check(request.Text, options, limit.Token)));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Problems.Create(StatusCodes.Status503ServiceUnavailable, "check-time-limit", "The check took too long",
                $"Checking this text took longer than {TimeLimit.TotalSeconds:0} seconds. Check a shorter part of it, or try again later.");
        }
    }
}

/// <param name="DisabledRules">Rule ids to switch off, e.g. "STYLE_PASSIVE_VOICE".</param>
/// <param name="PersonalDictionary">Words never flagged as misspelled (names, products), on top of the workspace's dictionary.</param>
public sealed record CheckRequest(string? Text, string? Language, IReadOnlyList<string>? DisabledRules, IReadOnlyList<string>? PersonalDictionary);

public sealed record CheckResult(IReadOnlyList<ProofIssue> Issues);
