using System.Runtime.InteropServices;
using Microsoft.EntityFrameworkCore;
using ResumeRefiner.Api.Configuration;

namespace ResumeRefiner.Api.Persistence;

internal static class PersistenceExtensions
{
    public static IServiceCollection AddPersistence(this IServiceCollection services, DatabaseTarget database)
    {
        if (database.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContext<AppDb, PostgresAppDb>(o => o.UseNpgsql(database.ConnectionString,
                // Retries ride out a blip such as a fail-over; capped at 1 s apart so a real outage answers 503 in ~3 s.
                npgsql => npgsql.EnableRetryOnFailure(maxRetryCount: 3, maxRetryDelay: TimeSpan.FromSeconds(1), errorCodesToAdd: null)));
        }
        else
        {
            services.AddDbContext<AppDb, SqliteAppDb>(o => o.UseSqlite(database.ConnectionString).AddInterceptors(new SqliteSecureDelete()));
        }

        return services;
    }

    /// <summary>
    /// Brings the schema up to date at start-up (EF takes a migration lock, so API and worker replicas may race
    /// safely). While the database cannot be reached, waits for it (1 s doubling to 30 s) instead of crashing; a
    /// SIGTERM or Ctrl+C meanwhile stops the process cleanly. False when it was stopped before the database came.
    /// </summary>
    public static async Task<bool> MigrateDatabaseAsync(this WebApplication app, DatabaseTarget database)
    {
        if (database.SqliteFilePath is { } path && Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        using var stop = new CancellationTokenSource();
        void Stop(PosixSignalContext signal)
        {
            signal.Cancel = true;
            stop.Cancel();
        }

        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PersistenceExtensions));
        var delay = TimeSpan.FromSeconds(1);
        while (true)
        {
            try
            {
                await using var scope = app.Services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<AppDb>().Database.MigrateAsync(stop.Token);
                return true;
            }
            catch (Exception e) when (DatabaseErrors.IsUnavailable(e) && !stop.IsCancellationRequested)
            {
                DatabaseLog.Waiting(log, e.GetType().Name, delay.TotalSeconds);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return false;
            }

            try
            {
                await Task.Delay(delay, stop.Token);
            }
            catch (OperationCanceledException)
            {
                return false;
            }

            delay = delay * 2 < MaxWait ? delay * 2 : MaxWait;
        }
    }

    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);
}

internal static partial class DatabaseLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Database unreachable at start-up ({Error}); migrating when it answers, next try in {DelaySeconds} s")]
    public static partial void Waiting(ILogger logger, string error, double delaySeconds);
}
