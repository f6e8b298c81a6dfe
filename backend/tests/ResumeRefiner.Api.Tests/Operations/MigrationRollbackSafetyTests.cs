using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using ResumeRefiner.Api.Persistence;

namespace ResumeRefiner.Api.Tests.Operations;

/// <summary>
/// A rollback redeploys the previous release on the database as the new release left it (docs/runbook.md, "Roll back
/// a bad release"; rehearsed by deploy/staging/rollback). That works only while every migration adds: a dropped or
/// renamed table or column, or a new required column without a default, breaks the release before it.
/// </summary>
public sealed class MigrationRollbackSafetyTests
{
    public static TheoryData<string> Migrations()
    {
        var data = new TheoryData<string>();
        foreach (var type in MigrationTypes())
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Fact]
    public void Both_providers_have_migrations()
    {
        Assert.Contains(MigrationTypes(), t => t.Namespace!.EndsWith(".Postgres", StringComparison.Ordinal));
        Assert.Contains(MigrationTypes(), t => t.Namespace!.EndsWith(".Sqlite", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Migrations))]
    public void A_migration_only_adds_so_the_previous_release_still_runs(string migrationType)
    {
        var type = MigrationTypes().Single(t => t.FullName == migrationType);
        var migration = (Migration)Activator.CreateInstance(type)!;
        migration.ActiveProvider = type.Namespace!.EndsWith(".Postgres", StringComparison.Ordinal)
            ? "Npgsql.EntityFrameworkCore.PostgreSQL"
            : "Microsoft.EntityFrameworkCore.Sqlite";

        var breaking = migration.UpOperations.Select(Breaks).OfType<string>().ToList();

        Assert.True(breaking.Count == 0, $"{type.Name} would break a rollback: {string.Join("; ", breaking)}");
    }

    [Fact]
    public void The_check_catches_what_breaks_a_rollback()
    {
        // The Down side of a migration that added columns drops them: exactly what Up must never do.
        var type = MigrationTypes().Single(t => t.Namespace!.EndsWith(".Postgres", StringComparison.Ordinal) && t.Name == "AiJobRetries");
        var migration = (Migration)Activator.CreateInstance(type)!;

        var breaking = migration.DownOperations.Select(Breaks).OfType<string>().ToList();

        Assert.Contains("drops column AiJobs.NotBefore", breaking);
        Assert.NotNull(Breaks(new AddColumnOperation { Table = "Resumes", Name = "Owner", ClrType = typeof(string), IsNullable = false }));
        Assert.Null(Breaks(new AddColumnOperation { Table = "Resumes", Name = "Owner", ClrType = typeof(string), IsNullable = false, DefaultValue = "" }));
    }

    /// <summary>Why the operation breaks the release before it, or null when that release does not notice it.</summary>
    private static string? Breaks(MigrationOperation operation) => operation switch
    {
        DropTableOperation drop => $"drops table {drop.Name}",
        DropColumnOperation drop => $"drops column {drop.Table}.{drop.Name}",
        RenameTableOperation rename => $"renames table {rename.Name}",
        RenameColumnOperation rename => $"renames column {rename.Table}.{rename.Name}",
        AddColumnOperation add when !add.IsNullable && add.DefaultValue is null && add.DefaultValueSql is null && add.ComputedColumnSql is null
            => $"adds required column {add.Table}.{add.Name} without a default (the previous release inserts without it)",
        AlterColumnOperation alter when !alter.IsNullable && alter.OldColumn.IsNullable
            => $"makes {alter.Table}.{alter.Name} required (the previous release may leave it empty)",
        _ => null,
    };

    private static List<Type> MigrationTypes() =>
        typeof(AppDb).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Migration)) && !t.IsAbstract).OrderBy(t => t.FullName).ToList();
}
