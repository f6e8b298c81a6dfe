using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
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
        int status;
        string slug, title, detail;
        if (DatabaseErrors.IsUnavailable(exception))
        {
            DatabaseUnavailable(log, route, TypeNames(exception));
            (status, slug, title, detail) = (StatusCodes.Status503ServiceUnavailable, "database-unavailable", "The service is briefly unavailable",
                $"The database cannot be reached right now. Nothing was changed; try again in {RetryAfterSeconds} seconds.");
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        }
        else if (DiskFull.Is(exception))
        {
            StorageFull(log, route, TypeNames(exception));
            (status, slug, title, detail) = (StatusCodes.Status507InsufficientStorage, "insufficient-storage", "The server is out of storage space",
                "The server has no room to store this file right now, so nothing was saved. Try again later; the operators are alerted when storage runs low.");
        }
        else
        {
            return false;
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = status,
                Type = "urn:resume-refiner:problem:" + slug,
                Title = title,
                Detail = detail,
            },
        });
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
