using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using ResumeRefiner.Api.Ai;
using ResumeRefiner.Api.Analyses;
using ResumeRefiner.Api.CoverLetters;
using ResumeRefiner.Api.Feedback;
using ResumeRefiner.Api.Resumes;
using ResumeRefiner.Api.Security;
using ResumeRefiner.Api.Words;
using ResumeRefiner.Api.Workspaces;

namespace ResumeRefiner.Api.Persistence;

/// <summary>
/// The one data model. Each provider has its own subclass so each keeps its own migrations
/// (SQLite for the embedded default, PostgreSQL for production).
/// </summary>
public abstract class AppDb(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    /// <summary>The ASP.NET Data Protection key ring, shared by every replica on this database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Workspace> Workspaces => Set<Workspace>();

    public DbSet<StoredResume> Resumes => Set<StoredResume>();

    public DbSet<ResumeVersion> ResumeVersions => Set<ResumeVersion>();

    public DbSet<StoredAnalysis> Analyses => Set<StoredAnalysis>();

    public DbSet<AiJob> AiJobs => Set<AiJob>();

    public DbSet<AiSuggestionRecord> AiSuggestions => Set<AiSuggestionRecord>();

    public DbSet<AiCachedReply> AiReplyCache => Set<AiCachedReply>();

    public DbSet<AiUsageRecord> AiUsage => Set<AiUsageRecord>();

    public DbSet<DictionaryWord> DictionaryWords => Set<DictionaryWord>();

    public DbSet<FeedbackVerdict> Feedback => Set<FeedbackVerdict>();

    public DbSet<CoverLetter> CoverLetters => Set<CoverLetter>();

    public DbSet<CoverLetterVersion> CoverLetterVersions => Set<CoverLetterVersion>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Every stored time is UTC, but SQLite keeps no zone and reads it back as Unspecified, which the API would
        // write without a "Z" and a browser would read as local time. PostgreSQL already reads UTC; the column
        // types stay the same, so the schema does not change.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

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
            resume.Property(r => r.DisplayName).HasMaxLength(StoredResume.MaxDisplayNameLength);
            // The JSON columns keep the names they had as plain text.
            resume.Property(r => r.Confidence).HasColumnName("ConfidenceJson").HasJsonConversion();
            resume.Property(r => r.Facts).HasColumnName("FactsJson").HasJsonConversion();
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
            analysis.Property(a => a.Report).HasColumnName("ReportJson").HasJsonConversion();
            analysis.HasOne<StoredResume>().WithMany().HasForeignKey(a => a.ResumeId).OnDelete(DeleteBehavior.Cascade);
            // A resume's past analyses, newest first.
            analysis.HasIndex(a => new { a.ResumeId, a.CreatedAt });
        });

        modelBuilder.Entity<AiJob>(job =>
        {
            job.ToTable("AiJobs");
            job.Property(j => j.Task).HasMaxLength(32);
            job.Property(j => j.Status).HasMaxLength(16);
            job.Property(j => j.Stage).HasMaxLength(32);
            job.Property(j => j.LeaseOwner).HasMaxLength(64);
            job.Property(j => j.Source).HasMaxLength(16);
            job.Property(j => j.ErrorType).HasMaxLength(100);
            job.Property(j => j.LastError).HasMaxLength(32);
            job.Property(j => j.ClientHash).HasMaxLength(64);
            job.Property(j => j.ReplyMode).HasMaxLength(16);
            job.Property(j => j.Input).HasColumnName("InputJson").HasJsonConversion();
            job.HasOne<StoredResume>().WithMany().HasForeignKey(j => j.ResumeId).OnDelete(DeleteBehavior.Cascade);
            job.HasMany(j => j.Suggestions).WithOne().HasForeignKey(s => s.JobId).OnDelete(DeleteBehavior.Cascade);
            // Workers look for the oldest claimable job; the UI lists a resume's jobs.
            job.HasIndex(j => new { j.Status, j.CreatedAt });
            job.HasIndex(j => new { j.ResumeId, j.CreatedAt });
        });

        modelBuilder.Entity<AiSuggestionRecord>(suggestion =>
        {
            suggestion.ToTable("AiSuggestions");
            suggestion.Property(s => s.Target).HasMaxLength(100);
            suggestion.Property(s => s.Status).HasMaxLength(16);
        });

        modelBuilder.Entity<AiCachedReply>(reply =>
        {
            reply.ToTable("AiReplyCache");
            reply.HasKey(r => r.Key);
            reply.Property(r => r.Key).HasMaxLength(64);
            reply.Property(r => r.Model).HasMaxLength(100);
            reply.Property(r => r.PromptVersion).HasMaxLength(32);
            // The reply quotes the resume: it goes with it (and so with its workspace).
            reply.HasOne<StoredResume>().WithMany().HasForeignKey(r => r.ResumeId).OnDelete(DeleteBehavior.Cascade);
            reply.HasIndex(r => r.CreatedAt);
        });

        modelBuilder.Entity<AiUsageRecord>(usage =>
        {
            usage.ToTable("AiUsage");
            usage.Property(u => u.Provider).HasMaxLength(16);
            usage.Property(u => u.Model).HasMaxLength(100);
            usage.Property(u => u.ClientHash).HasMaxLength(64);
            usage.Property(u => u.ReplyMode).HasMaxLength(16);
            // Kept when a resume is deleted (the day's budget must not reset); goes with its workspace.
            usage.HasOne<Workspace>().WithMany().HasForeignKey(u => u.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
            usage.HasIndex(u => new { u.WorkspaceId, u.CreatedAt });
            usage.HasIndex(u => u.AnalysisId);
            // The per-client and global budgets sum today's rows.
            usage.HasIndex(u => new { u.ClientHash, u.CreatedAt });
            usage.HasIndex(u => u.CreatedAt);
        });

        modelBuilder.Entity<DictionaryWord>(word =>
        {
            word.ToTable("DictionaryWords");
            word.Property(w => w.Word).HasMaxLength(AcceptedWords.MaxWordLength);
            word.Property(w => w.Kind).HasMaxLength(16);
            // Deleting the workspace deletes its words; each word once per workspace.
            word.HasOne<Workspace>().WithMany().HasForeignKey(w => w.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
            word.HasIndex(w => new { w.WorkspaceId, w.Word }).IsUnique();
        });

        modelBuilder.Entity<FeedbackVerdict>(feedback =>
        {
            feedback.ToTable("Feedback");
            feedback.Property(f => f.Kind).HasMaxLength(16);
            feedback.Property(f => f.Rule).HasMaxLength(64);
            feedback.Property(f => f.Verdict).HasMaxLength(16);
            feedback.Property(f => f.Reason).HasMaxLength(16);
            // Deleting the workspace deletes its feedback.
            feedback.HasOne<Workspace>().WithMany().HasForeignKey(f => f.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
            feedback.HasIndex(f => f.WorkspaceId);
            // Reading the signal: verdicts per rule over a period.
            feedback.HasIndex(f => new { f.Kind, f.Rule, f.CreatedAt });
        });

        modelBuilder.Entity<CoverLetter>(letter =>
        {
            letter.ToTable("CoverLetters");
            letter.Property(l => l.Company).HasMaxLength(CoverLetter.MaxCompanyLength);
            letter.Property(l => l.Role).HasMaxLength(CoverLetter.MaxRoleLength);
            // The letter quotes the resume: it goes with it (and so with its workspace).
            letter.HasOne<StoredResume>().WithMany().HasForeignKey(l => l.ResumeId).OnDelete(DeleteBehavior.Cascade);
            letter.HasMany(l => l.Versions).WithOne().HasForeignKey(v => v.LetterId).OnDelete(DeleteBehavior.Cascade);
            // A resume's letters, newest first; a finishing AI job finds its letter.
            letter.HasIndex(l => new { l.ResumeId, l.CreatedAt });
            letter.HasIndex(l => l.AiJobId);
        });

        modelBuilder.Entity<CoverLetterVersion>(version =>
        {
            version.ToTable("CoverLetterVersions");
            version.Property(v => v.Source).HasMaxLength(16);
            version.HasIndex(v => new { v.LetterId, v.Number }).IsUnique();
        });

        modelBuilder.Entity<ResumeVersion>(version =>
        {
            // The detail view reads the current version by number.
            version.HasIndex(v => new { v.ResumeId, v.Number }).IsUnique();
            version.Property(v => v.Source).HasMaxLength(16);
            version.Property(v => v.Document).HasColumnName("Json").HasJsonConversion();
        });
    }
}

/// <summary>Reads a stored time as UTC, and stores one given in local time as UTC.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value,
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));

public sealed class SqliteAppDb(DbContextOptions<SqliteAppDb> options) : AppDb(options);

public sealed class PostgresAppDb(DbContextOptions<PostgresAppDb> options) : AppDb(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // Rate-limit windows counted across replicas (SQLite serves one process and counts in memory).
        // Unlogged: counters a minute long are not worth write-ahead logging; a crash merely resets them.
        modelBuilder.Entity<RateLimitWindow>(window =>
        {
            window.ToTable("RateLimitWindows").IsUnlogged();
            window.HasKey(w => w.PartitionKey);
            window.Property(w => w.PartitionKey).HasMaxLength(80);
        });
    }
}
