using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ResumeRefiner.Api.Persistence;

/// <summary>Tells database failures apart from the rest, and an unreachable database from a bug.</summary>
public static class DatabaseErrors
{
    /// <summary>The exception came from the database (or EF talking to it).</summary>
    public static bool IsDatabase(Exception exception) =>
        Chain(exception).Any(e => e is DbException or DbUpdateException or RetryLimitExceededException);

    /// <summary>
    /// The database cannot be reached or is shutting down, restarting or overloaded, even after EF's retries:
    /// the request may succeed later (connection refused, broken connections, timeouts, "the database system is
    /// shutting down", too many connections, SQLite busy).
    /// </summary>
    public static bool IsUnavailable(Exception exception) =>
        Chain(exception).Any(e => e is RetryLimitExceededException or DbException { IsTransient: true });

    private static IEnumerable<Exception> Chain(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            yield return exception;
        }
    }
}
