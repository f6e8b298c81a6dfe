using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using ResumeRefiner.Api.Persistence;

namespace ResumeRefiner.Api.Errors;

/// <summary>
/// Failures of what the API depends on, answered as what they are rather than as a 500: the database unreachable is
/// <c>503 database-unavailable</c> with <c>Retry-After</c> (Npgsql's pool reconnects by itself once it is back), and
/// a full disk while storing an upload is <c>507 insufficient-storage</c> (the upload path has already removed what
/// it wrote). Logged with exception type names only: the request's resume text never reaches a log.
/// </summary>
internal sealed partial class OutageHandler(IProblemDetailsService problems, ILogger<OutageHandler> log) : IExceptionHandler
{
    public const int RetryAfterSeconds = 15;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (httpContext.Response.HasStarted)
        {
            return false;
        }

        var route = (httpContext.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no route)";
        if (Describe(exception) is not { } problem)
        {
            return false;
        }

        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            DatabaseUnavailable(log, route, TypeNames(exception));
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            StorageFull(log, route, TypeNames(exception));
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = problem,
        });
    }

    /// <summary>
    /// The problem for an outage (503 database unavailable, 507 storage full), or null for any other failure. Also the
    /// last line of an upload's progress stream, whose status line has gone out already.
    /// </summary>
    public static ProblemDetails? Describe(Exception exception)
    {
        var (status, slug, title, detail) = DatabaseErrors.IsUnavailable(exception)
            ? (StatusCodes.Status503ServiceUnavailable, "database-unavailable", "The service is briefly unavailable",
                $"The database cannot be reached right now. Nothing was changed; try again in {RetryAfterSeconds} seconds.")
            : DiskFull.Is(exception)
                ? (StatusCodes.Status507InsufficientStorage, "insufficient-storage", "The server is out of storage space",
                    "The server has no room to store this file right now, so nothing was saved. Try again later; the operators are alerted when storage runs low.")
                : (0, "", "", "");
        return status == 0 ? null : new ProblemDetails { Status = status, Type = "urn:resume-refiner:problem:" + slug, Title = title, Detail = detail };
    }

    private static string TypeNames(Exception exception)
    {
        var names = new List<string>();
        for (Exception? e = exception; e is not null && names.Count < 4; e = e.InnerException)
        {
            names.Add(e.GetType().Name);
        }

        return string.Join(" > ", names);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database unavailable: {RouteTemplate} answered 503 ({Errors})")]
    private static partial void DatabaseUnavailable(ILogger logger, string routeTemplate, string errors);

    [LoggerMessage(Level = LogLevel.Error, Message = "Storage full: {RouteTemplate} answered 507 ({Errors})")]
    private static partial void StorageFull(ILogger logger, string routeTemplate, string errors);
}
