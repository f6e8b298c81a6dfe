namespace ResumeRefiner.Api.Storage;

/// <summary>Stores files on local disk under UPLOAD_DIR. Writes go to a temporary file first, then are renamed into place.</summary>
public sealed class LocalFileStore : IFileStore
{
    private readonly string _root;

    public LocalFileStore(string root)
    {
        _root = Path.GetFullPath(root);
        Directory.CreateDirectory(_root);
    }

    public async Task SaveAsync(string key, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var path = PathFor(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await content.CopyToAsync(file, cancellationToken);
                await file.FlushAsync(cancellationToken);
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: false);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = PathFor(key);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("No stored file has this key.");
        }

        return Task.FromResult<Stream>(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true));
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        File.Delete(PathFor(key));
        return Task.CompletedTask;
    }

    public Task DeleteWorkspaceAsync(Guid workspaceId, CancellationToken cancellationToken = default)
    {
        // The workspace's folder goes with its files, so nothing of the workspace (not even its id) stays on disk.
        var folder = Path.Combine(_root, workspaceId.ToString("N"));
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<StoredObject> ListAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var path in Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var key = Path.GetRelativePath(_root, path).Replace(Path.DirectorySeparatorChar, '/');
            if (StorageKey.IsValid(key))
            {
                yield return new StoredObject(key, File.GetLastWriteTimeUtc(path));
            }
        }

        await Task.CompletedTask;
    }

    public Task<int> PurgeIncompleteAsync(DateTimeOffset olderThan, CancellationToken cancellationToken = default)
    {
        var purged = 0;
        foreach (var path in Directory.EnumerateFiles(_root, ".*.tmp", SearchOption.AllDirectories))
        {
            if (File.GetLastWriteTimeUtc(path) < olderThan.UtcDateTime)
            {
                File.Delete(path);
                purged++;
            }
        }

        return Task.FromResult(purged);
    }

    private string PathFor(string key)
    {
        // Only keys the service makes, so no key can escape the root.
        StorageKey.Check(key);
        return Path.Combine(_root, key);
    }
}
