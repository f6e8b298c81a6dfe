using Microsoft.AspNetCore.Http.HttpResults;
using ResumeRefiner.Api.Errors;
using ResumeRefiner.Api.Hosting;
using ResumeRefiner.Api.Workspaces;

namespace ResumeRefiner.Api.Words;

internal static class DictionaryEndpoints
{
    public static RouteGroupBuilder MapPersonalDictionary(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/dictionary").WithTags("Personal dictionary");
        group.MapGet("/", List)
            .WithName("listDictionaryWords")
            .WithWorkspaceAccess(WorkspaceAccess.Required)
            .WithSummary("The workspace's accepted words");
        group.MapPost("/", Add)
            .WithName("addDictionaryWord")
            .WithWorkspaceAccess(WorkspaceAccess.Optional)
            .WithSummary("Accept a word in every later check of this workspace's resumes")
            .WithDescription("kind \"dictionary\" (Add to dictionary, the default) or \"ignored\" (Ignore: not a mistake).")
            .AcceptsJsonBody("The dictionary word")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/{word}", Remove)
            .WithName("removeDictionaryWord")
            .WithWorkspaceAccess(WorkspaceAccess.Required)
            .WithSummary("Stop accepting a word")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    internal static async Task<Ok<DictionaryList>> List(CurrentWorkspace workspace, AcceptedWords dictionary, CancellationToken cancellationToken)
    {
        var owner = await workspace.FindAsync(cancellationToken);
        var words = owner is null ? [] : await dictionary.ListAsync(owner.Id, cancellationToken);
        return TypedResults.Ok(new DictionaryList([.. words.Select(ToEntry)]));
    }

    internal static async Task<Results<Created<DictionaryEntry>, ProblemHttpResult>> Add(
        DictionaryRequest request, CurrentWorkspace workspace, AcceptedWords dictionary, CancellationToken cancellationToken)
    {
        if (AcceptedWords.Normalise(request.Word) is not { } word)
        {
            return Problems.BadRequest($"Send one word of at most {AcceptedWords.MaxWordLength} characters in 'word' (letters, digits, apostrophes, hyphens or dots; no spaces).");
        }

        var kind = request.Kind ?? DictionaryWordKind.Dictionary;
        if (!DictionaryWordKind.All.Contains(kind))
        {
            return Problems.BadRequest("kind must be \"dictionary\" or \"ignored\".");
        }

        var owner = await workspace.GetOrCreateAsync(cancellationToken);
        if (await dictionary.AddAsync(owner.Id, word, kind, cancellationToken) is not { } entry)
        {
            return Problems.Create(StatusCodes.Status409Conflict, "dictionary-full", "The personal dictionary is full",
                $"A workspace can accept at most {AcceptedWords.MaxWords:N0} words. Remove words you no longer need, then add this one.");
        }

        return TypedResults.Created($"/api/v1/dictionary/{Uri.EscapeDataString(entry.Word)}", ToEntry(entry));
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> Remove(
        string word, CurrentWorkspace workspace, AcceptedWords dictionary, CancellationToken cancellationToken)
    {
        if (await workspace.FindAsync(cancellationToken) is not { } owner
            || AcceptedWords.Normalise(word) is not { } normalised
            || !await dictionary.RemoveAsync(owner.Id, normalised, cancellationToken))
        {
            return Problems.NotFound("dictionary word");
        }

        return TypedResults.NoContent();
    }

    private static DictionaryEntry ToEntry(DictionaryWord word) => new(word.Word, word.Kind, word.CreatedAt);
}

/// <param name="Word">The word as written in the resume ("Dataduct", "Nkosi").</param>
/// <param name="Kind">"dictionary" (default) or "ignored".</param>
public sealed record DictionaryRequest(string? Word, string? Kind);

public sealed record DictionaryEntry(string Word, string Kind, DateTime CreatedAt);

public sealed record DictionaryList(IReadOnlyList<DictionaryEntry> Words);
