using Microsoft.EntityFrameworkCore;
using ResumeRefiner.Api.Analyses;
using ResumeRefiner.Api.Resumes;
using ResumeRefiner.Api.Workspaces;

namespace ResumeRefiner.Api.Persistence;

/// <summary>
/// The one data model. Each provider has its own subclass so each keeps its own migrations
/// (SQLite for the embedded default, PostgreSQL for production).
/// </summary>
public abstract class AppDb(DbContextOptions options) : DbContext(options)
{
    public DbSet<Workspace> Workspaces => Set<Workspace>();

    public DbSet<StoredResume> Resumes => Set<StoredResume>();

    public DbSet<ResumeVersion> ResumeVersions => Set<ResumeVersion>();

    public DbSet<StoredAnalysis> Analyses => Set<StoredAnalysis>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.Entity<Workspace>(workspace =>
        {
            workspace.Property(w => w.TokenHash).HasMaxLength(64);
            // Every request looks its workspace up by token hash.
            workspace.HasIndex(w => w.TokenHash).IsUnique();
        });

        modelBuilder.Entity<StoredResume>(resume =>
        {
            resume.ToTable("Resumes");
            resume.Property(r => r.FileName).HasMaxLength(255);
            resume.Property(r => r.FileKind).HasMaxLength(16);
            resume.Property(r => r.StorageKey).HasMaxLength(200);
            resume.Property(r => r.Sha256).HasMaxLength(64);
            resume.Property(r => r.DisplayName).HasMaxLength(200);
            resume.HasOne<Workspace>().WithMany().HasForeignKey(r => r.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
            // The list view: a workspace's resumes, newest first.
            resume.HasIndex(r => new { r.WorkspaceId, r.CreatedAt });
            // Re-uploading the same file finds the existing resume; the retention sweep scans by age.
            resume.HasIndex(r => new { r.WorkspaceId, r.Sha256 });
            resume.HasIndex(r => r.UpdatedAt);
            resume.HasMany(r => r.Versions).WithOne().HasForeignKey(v => v.ResumeId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<StoredAnalysis>(analysis =>
        {
            analysis.ToTable("Analyses");
            analysis.HasOne<StoredResume>().WithMany().HasForeignKey(a => a.ResumeId).OnDelete(DeleteBehavior.Cascade);
            // A resume's past analyses, newest first.
            analysis.HasIndex(a => new { a.ResumeId, a.CreatedAt });
        });

        modelBuilder.Entity<ResumeVersion>(version =>
        {
            // The detail view reads the current version by number.
            version.HasIndex(v => new { v.ResumeId, v.Number }).IsUnique();
            version.Property(v => v.Source).HasMaxLength(16);
        });
    }
}

public sealed class SqliteAppDb(DbContextOptions<SqliteAppDb> options) : AppDb(options);

public sealed class PostgresAppDb(DbContextOptions<PostgresAppDb> options) : AppDb(options);
