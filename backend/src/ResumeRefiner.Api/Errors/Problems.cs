using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ResumeRefiner.Core.Import.JsonResume;
using ResumeRefiner.Core.Model;

namespace ResumeRefiner.Api.Errors;

/// <summary>
/// The API's RFC 9457 problem types. Each <c>type</c> is stable so clients can branch on it;
/// each <c>detail</c> tells a person what to do next.
/// </summary>
public static class Problems
{
    private const string TypePrefix = "urn:resume-refiner:problem:";

    public static ProblemHttpResult BadRequest(string detail) =>
        Create(StatusCodes.Status400BadRequest, "invalid-request", "The request is not valid", detail);

    public static ProblemHttpResult UnknownWorkspaceToken() =>
        Create(StatusCodes.Status401Unauthorized, "unknown-workspace-token", "The workspace token is not valid",
            "The bearer token matches no workspace: it was deleted, expired or mistyped. Create a workspace with POST /api/v1/workspace, or send no token.");

    public static ProblemHttpResult NotFound(string what) =>
        Create(StatusCodes.Status404NotFound, "not-found", "Not found", $"No {what} with this id exists in your workspace.");

    public static ProblemHttpResult FileTooLarge(long maxBytes) =>
        Create(StatusCodes.Status413PayloadTooLarge, "file-too-large", "The file is too large",
            $"The file is larger than the {FormatSize(maxBytes)} limit. Shorten the document or export it without images, then upload it again.");

    public static ProblemHttpResult UnsupportedType(string detail) =>
        Create(StatusCodes.Status415UnsupportedMediaType, "unsupported-file-type", "This file type is not supported", detail);

    public static ProblemHttpResult Unreadable(string detail, string kind) =>
        Create(StatusCodes.Status422UnprocessableEntity, $"unreadable-document.{kind}", "The document cannot be read", detail);

    /// <summary>
    /// A JSON Resume or LinkedIn export that is not valid (422): <c>errors</c> lists each problem's JSON Pointer path and
    /// message (at most <see cref="JsonResumeSchema.MaxProblems"/>), so the file can be fixed.
    /// </summary>
    public static ProblemHttpResult InvalidImport(string detail, IReadOnlyList<SchemaProblem> problems) =>
        TypedResults.Problem(
            detail: detail,
            statusCode: StatusCodes.Status422UnprocessableEntity,
            title: "The file is not a valid resume to import",
            type: TypePrefix + "invalid-import",
            extensions: new Dictionary<string, object?> { ["errors"] = problems.Select(p => new { path = p.Path, message = p.Message }).ToList() });

    public static ProblemHttpResult JobDescriptionTooLong(int maxLength) =>
        BadRequest($"The job description is longer than {maxLength:N0} characters. Paste only the posting itself.");

    public static ProblemHttpResult EditConflict() =>
        Create(StatusCodes.Status409Conflict, "edit-conflict", "The resume changed meanwhile",
            "Someone saved this resume at the same time. Reload it and make your change again.");

    public static ProblemHttpResult Create(int status, string slug, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title, type: TypePrefix + slug);

    /// <summary>
    /// The framework answers a body it cannot bind (broken or mistyped JSON) with a bare 400; it gets this API's type
    /// and a detail that says what to fix. The parser's message stays out, as exception messages do.
    /// </summary>
    public static void DescribeUnboundRequest(ProblemDetails problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (problem.Status == StatusCodes.Status400BadRequest && problem.Detail is null && problem.Type?.StartsWith(TypePrefix, StringComparison.Ordinal) != true)
        {
            problem.Type = TypePrefix + "invalid-request";
            problem.Title = "The request is not valid";
            problem.Detail = "The request could not be read. Send a JSON body of the documented shape, with values of the right types.";
        }
    }

    public static ProblemHttpResult BodyTooLarge(string what, long maxBytes) =>
        Create(StatusCodes.Status413PayloadTooLarge, "body-too-large", "The request body is too large",
            $"{what} is larger than {FormatSize(maxBytes)}, far more than a resume needs. Remove pasted or repeated content and send it again.");

    public static ProblemHttpResult UnsupportedBody(string what) =>
        Create(StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type", "The body must be JSON",
            $"Send {what} as JSON, with the header Content-Type: application/json.");

    /// <summary>
    /// A resume refused by <see cref="ResumeLimits"/>: 413 when over a limit, 400 when malformed; <c>field</c> names the
    /// path, when one field is to blame.
    /// </summary>
    public static ProblemHttpResult ResumeRefused(ResumeLimitViolation violation)
    {
        ArgumentNullException.ThrowIfNull(violation);
        var (status, slug, title, advice) = violation.Malformed
            ? (StatusCodes.Status400BadRequest, "invalid-request", "The request is not valid", "Fix it and save again.")
            : (StatusCodes.Status413PayloadTooLarge, "resume-too-large", "The resume is too large", "No resume needs that much; shorten it and save again.");
        return TypedResults.Problem(
            detail: $"{violation.Message} {advice} Nothing was saved.",
            statusCode: status,
            title: title,
            type: TypePrefix + slug,
            extensions: violation.Path is { } path ? new Dictionary<string, object?> { ["field"] = path } : null);
    }

    /// <param name="what">The work that ran out of time, as the caller knows it ("The analysis").</param>
    /// <param name="advice">What to try instead.</param>
    public static ProblemHttpResult TimeBudgetExceeded(string what, TimeSpan budget, string advice) =>
        Create(StatusCodes.Status503ServiceUnavailable, "time-budget-exceeded", "The request took too long",
            $"{what} took longer than {budget.TotalSeconds:0} seconds and was stopped. {advice}");

    public static string FormatSize(long bytes) => bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0
        ? $"{bytes / (1024 * 1024)} MB"
        : bytes >= 1024 ? $"{bytes / 1024.0:0.#} KB" : $"{bytes} bytes";

    public static ProblemHttpResult OperationsTokenRequired() =>
        Create(StatusCodes.Status401Unauthorized, "operations-token-required", "Operations data needs the metrics token",
            "Send Authorization: Bearer <METRICS_TOKEN>. Where METRICS_TOKEN is not set, only callers on the server itself may read this.");
}
