using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ResumeRefiner.Api.Storage;
using ResumeRefiner.Api.Tests.Infrastructure;

namespace ResumeRefiner.Api.Tests.Storage;

public sealed class WorkspaceDeletionTests
{
    [Fact]
    public async Task Deleting_a_workspace_never_lists_the_store_and_leaves_no_folder()
    {
        ListingWatch? watch = null;
        using var api = ApiFactory.Sqlite(services: s =>
        {
            var local = s.Single(d => d.ServiceType == typeof(IFileStore));
            s.Remove(local);
            s.AddSingleton<IFileStore>(provider => watch = new ListingWatch((IFileStore)local.ImplementationInstance!));
        });
        using var client = api.CreateClient();
        await client.UploadOkAsync(Documents.Text(), "cv.txt");
        Assert.NotEmpty(api.StoredFiles());
        // The retention sweep at start-up lists the store; that is not the deletion's doing.
        var before = watch!.Listings;

        using var deleted = await client.DeleteAsync("/api/v1/workspace");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(before, watch.Listings);
        Assert.Empty(Directory.GetFileSystemEntries(api.UploadDir));
    }

    /// <summary>The real store, counting how often the whole of it is listed.</summary>
    private sealed class ListingWatch(IFileStore store) : IFileStore
    {
        public int Listings { get; private set; }

        public Task SaveAsync(string key, Stream content, CancellationToken cancellationToken = default) => store.SaveAsync(key, content, cancellationToken);

        public Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken = default) => store.OpenReadAsync(key, cancellationToken);

        public Task DeleteAsync(string key, CancellationToken cancellationToken = default) => store.DeleteAsync(key, cancellationToken);

        public Task DeleteWorkspaceAsync(Guid workspaceId, CancellationToken cancellationToken = default) => store.DeleteWorkspaceAsync(workspaceId, cancellationToken);

        public IAsyncEnumerable<StoredObject> ListAsync(CancellationToken cancellationToken = default)
        {
            Listings++;
            return store.ListAsync(cancellationToken);
        }

        public Task<int> PurgeIncompleteAsync(DateTimeOffset olderThan, CancellationToken cancellationToken = default) => store.PurgeIncompleteAsync(olderThan, cancellationToken);
    }
}
