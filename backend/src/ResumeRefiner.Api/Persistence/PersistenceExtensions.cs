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
                npgsql => npgsql.EnableRetryOnFailure(maxRetryCount: 3)));
        }
        else
        {
            services.AddDbContext<AppDb, SqliteAppDb>(o => o.UseSqlite(database.ConnectionString));
        }

        return services;
    }

    /// <summary>Brings the schema up to date at start-up (EF takes a migration lock, so replicas may race safely).</summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app, DatabaseTarget database)
    {
        if (database.SqliteFilePath is { } path && Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        await db.Database.MigrateAsync();
    }
}
