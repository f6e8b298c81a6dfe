using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ResumeRefiner.Api.Persistence;
using ResumeRefiner.Api.Resumes;
using ResumeRefiner.Api.Tests.Infrastructure;

namespace ResumeRefiner.Api.Tests.Resumes;

public sealed class UploadAtomicityTests
{
    [Fact]
    public async Task When_the_database_write_fails_the_stored_file_is_removed_and_no_row_remains()
    {
        var failing = new FailResumeInserts();
        using var factory = ApiFactory.Sqlite(services: s => s.ConfigureDbContext<SqliteAppDb>(o => o.AddInterceptors(failing)));
        using var client = factory.CreateClient();

        using var response = await client.UploadAsync(Documents.Text(), "cv.txt");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var problem = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("simulated", problem, StringComparison.OrdinalIgnoreCase);
        Assert.True(failing.Triggered);
        Assert.Empty(factory.StoredFiles());
        Assert.Equal(0, await factory.WithDbAsync(db => db.Resumes.CountAsync()));
    }

    /// <summary>Fails the commit that inserts a resume, after the file has been written to the store.</summary>
    private sealed class FailResumeInserts : SaveChangesInterceptor
    {
        public bool Triggered { get; private set; }

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (eventData.Context!.ChangeTracker.Entries<StoredResume>().Any(e => e.State == EntityState.Added))
            {
                Triggered = true;
                throw new DbUpdateException("simulated database failure");
            }

            return base.SavingChangesAsync(eventData, result, cancellationToken);
        }
    }
}
