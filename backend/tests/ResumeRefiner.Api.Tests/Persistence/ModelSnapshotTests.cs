using Microsoft.EntityFrameworkCore;
using ResumeRefiner.Api.Persistence;

namespace ResumeRefiner.Api.Tests.Persistence;

/// <summary>
/// The schema is what the migrations say: a model change (a new converter, a renamed property) that would alter a
/// table or column shows up here as a pending change, before it reaches a database.
/// </summary>
public sealed class ModelSnapshotTests
{
    [Fact]
    public void The_Sqlite_migrations_match_the_model()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public void The_Postgres_migrations_match_the_model()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges());
    }
}
