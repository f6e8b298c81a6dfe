using System.Security.Cryptography;
using ResumeRefiner.Api.Storage;
using ResumeRefiner.Api.Tests.Infrastructure;

namespace ResumeRefiner.Api.Tests.Storage;

/// <summary>What every <see cref="IFileStore"/> promises, run against the local disk and a real S3-compatible server.</summary>
public abstract class FileStoreContractTests
{
    protected abstract IFileStore Store { get; }

    /// <summary>Leaves what a write cut short by a crash leaves behind in this store.</summary>
    protected abstract Task LeaveInterruptedWriteAsync();

    /// <summary>Everything the store holds underneath, complete or not (temporary files, probe objects).</summary>
    protected abstract Task<int> CountEverythingAsync();

    /// <summary>A key as the service makes it: workspace id / resume id, lowercase hex.</summary>
    protected static string NewKey() => $"{Guid.NewGuid():N}/{Guid.NewGuid():N}";

    [Fact]
    public async Task Saved_content_reads_back_byte_for_byte()
    {
        var key = NewKey();
        var content = RandomNumberGenerator.GetBytes(300_000);

        await Store.SaveAsync(key, new MemoryStream(content));

        await using var read = await Store.OpenReadAsync(key);
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy);
        Assert.Equal(content, copy.ToArray());
    }

    [Fact]
    public async Task Reading_a_key_that_was_never_saved_throws_FileNotFoundException()
    {
        await Assert.ThrowsAsync<FileNotFoundException>(() => Store.OpenReadAsync(NewKey()));
    }

    [Fact]
    public async Task Delete_removes_the_file_and_deleting_a_missing_key_is_not_an_error()
    {
        var key = NewKey();
        await Store.SaveAsync(key, new MemoryStream([1, 2, 3]));

        await Store.DeleteAsync(key);
        await Store.DeleteAsync(key);

        await Assert.ThrowsAsync<FileNotFoundException>(() => Store.OpenReadAsync(key));
        Assert.Equal(0, await CountEverythingAsync());
    }

    [Fact]
    public async Task Deleting_a_workspace_removes_its_files_and_no_other()
    {
        var workspace = Guid.NewGuid();
        var other = NewKey();
        await Store.SaveAsync($"{workspace:N}/{Guid.NewGuid():N}", new MemoryStream([1]));
        await Store.SaveAsync($"{workspace:N}/{Guid.NewGuid():N}", new MemoryStream([2]));
        await Store.SaveAsync(other, new MemoryStream([3]));

        await Store.DeleteWorkspaceAsync(workspace);
        await Store.DeleteWorkspaceAsync(workspace);

        Assert.Equal(1, await CountEverythingAsync());
        await using var kept = await Store.OpenReadAsync(other);
    }

    [Fact]
    public async Task List_returns_every_saved_key_and_nothing_else()
    {
        var keys = new[] { NewKey(), NewKey(), NewKey() };
        foreach (var key in keys)
        {
            await Store.SaveAsync(key, new MemoryStream([42]));
        }

        await LeaveInterruptedWriteAsync();
        var listed = new List<StoredObject>();
        await foreach (var stored in Store.ListAsync())
        {
            listed.Add(stored);
        }

        Assert.Equal(keys.Order(StringComparer.Ordinal), listed.Select(s => s.Key).Order(StringComparer.Ordinal));
        // A real modification time, not a placeholder (the orphan sweep compares it with its grace period).
        Assert.All(listed, s => Assert.InRange(s.LastModified, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1)));
    }

    [Fact]
    public async Task A_save_whose_content_fails_midway_leaves_nothing_behind()
    {
        var key = NewKey();

        await Assert.ThrowsAsync<IOException>(() => Store.SaveAsync(key, new FailingStream(RandomNumberGenerator.GetBytes(200_000), failAfter: 100_000)));

        await Assert.ThrowsAsync<FileNotFoundException>(() => Store.OpenReadAsync(key));
        Assert.Equal(0, await CountEverythingAsync());
    }

    [Fact]
    public async Task A_cancelled_save_leaves_nothing_behind()
    {
        var key = NewKey();
        using var cancel = new CancellationTokenSource();
        var content = new FailingStream(RandomNumberGenerator.GetBytes(200_000), failAfter: int.MaxValue) { OnFirstRead = cancel.Cancel };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.SaveAsync(key, content, cancel.Token));

        await Assert.ThrowsAsync<FileNotFoundException>(() => Store.OpenReadAsync(key));
        Assert.Equal(0, await CountEverythingAsync());
    }

    [Fact]
    public async Task Purge_removes_interrupted_writes_older_than_the_cut_off_and_keeps_complete_files()
    {
        var kept = NewKey();
        await Store.SaveAsync(kept, new MemoryStream([7]));
        await LeaveInterruptedWriteAsync();

        var tooYoung = await Store.PurgeIncompleteAsync(DateTimeOffset.UtcNow.AddHours(-1));
        var purged = await Store.PurgeIncompleteAsync(DateTimeOffset.UtcNow.AddMinutes(1));

        Assert.Equal(0, tooYoung);
        Assert.Equal(1, purged);
        Assert.Equal(1, await CountEverythingAsync());
        await using var read = await Store.OpenReadAsync(kept);
        Assert.Equal(7, read.ReadByte());
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("a/b")]
    [InlineData("0123456789ABCDEF0123456789ABCDEF/0123456789abcdef0123456789abcdef")]
    [InlineData("0123456789abcdef0123456789abcdef/José-Müller.pdf")]
    [InlineData("0123456789abcdef0123456789abcdef/../0123456789abcdef0123456789abcdef")]
    public async Task Keys_the_service_does_not_make_are_refused(string key)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.SaveAsync(key, new MemoryStream([1])));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.OpenReadAsync(key));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.DeleteAsync(key));
        Assert.Equal(0, await CountEverythingAsync());
    }

    /// <summary>Content that breaks off with an I/O error after some bytes, as a dropped client connection does.</summary>
    private sealed class FailingStream(byte[] content, int failAfter) : MemoryStream(content, writable: false)
    {
        public Action? OnFirstRead { get; init; }

        private bool _started;

        public override int Read(byte[] buffer, int offset, int count)
        {
            Started();
            return Position >= failAfter ? throw new IOException("The client went away.") : base.Read(buffer, offset, (int)Math.Min(count, failAfter - Position));
        }

        // MemoryStream's span and async reads do not come back to Read(byte[]) in a subclass: route them there.
        public override int Read(Span<byte> buffer)
        {
            var chunk = new byte[buffer.Length];
            var read = Read(chunk, 0, chunk.Length);
            chunk.AsSpan(0, read).CopyTo(buffer);
            return read;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return Task.FromResult(Read(buffer, offset, count));
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return ValueTask.FromResult(Read(buffer.Span));
        }

        private void Started()
        {
            if (!_started)
            {
                _started = true;
                OnFirstRead?.Invoke();
            }
        }
    }
}

public sealed class LocalFileStoreTests : FileStoreContractTests, IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("rr-store-").FullName;
    private readonly LocalFileStore _store;

    public LocalFileStoreTests() => _store = new LocalFileStore(_root);

    protected override IFileStore Store => _store;

    protected override Task LeaveInterruptedWriteAsync()
    {
        // The temporary file a save writes before renaming it into place.
        var folder = Directory.CreateDirectory(Path.Combine(_root, Guid.NewGuid().ToString("N")));
        return File.WriteAllBytesAsync(Path.Combine(folder.FullName, $".{Guid.NewGuid():N}.{Guid.NewGuid():N}.tmp"), [1, 2]);
    }

    protected override Task<int> CountEverythingAsync() => Task.FromResult(Directory.GetFiles(_root, "*", SearchOption.AllDirectories).Length);

    [Fact]
    public async Task Deleting_a_workspace_leaves_no_empty_folder()
    {
        var workspace = Guid.NewGuid();
        await Store.SaveAsync($"{workspace:N}/{Guid.NewGuid():N}", new MemoryStream([1]));

        await Store.DeleteWorkspaceAsync(workspace);

        Assert.Empty(Directory.GetFileSystemEntries(_root));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}

[Collection(S3PeerCollection.Name)]
public sealed class S3FileStoreTests : FileStoreContractTests, IDisposable
{
    private readonly S3Peer _peer;
    private readonly string _prefix = $"contract-{Guid.NewGuid():N}/";
    private readonly S3FileStore _store;

    public S3FileStoreTests(S3Peer peer)
    {
        _peer = peer;
        _store = new S3FileStore(peer.Client(), S3Peer.Bucket, _prefix);
    }

    protected override IFileStore Store => _store;

    /// <summary>A readiness probe whose delete never ran: the one thing a stopped replica can leave in the bucket.</summary>
    protected override async Task LeaveInterruptedWriteAsync()
    {
        using var client = _peer.Client();
        await client.PutObjectAsync(new Amazon.S3.Model.PutObjectRequest
        {
            BucketName = S3Peer.Bucket,
            Key = $"{_prefix}.ready-probe-{Guid.NewGuid():N}",
            ContentBody = "probe",
            UseChunkEncoding = false,
        });
    }

    protected override async Task<int> CountEverythingAsync() => (await _peer.KeysAsync(_prefix)).Count;

    [Fact]
    public async Task Objects_are_stored_under_the_prefix_with_the_key_as_given()
    {
        var key = NewKey();

        await Store.SaveAsync(key, new MemoryStream("%PDF-1.7"u8.ToArray()));

        Assert.Equal([_prefix + key], await _peer.KeysAsync(_prefix));
        using var client = _peer.Client();
        using var stored = await client.GetObjectAsync(S3Peer.Bucket, _prefix + key);
        using var body = new StreamReader(stored.ResponseStream);
        // The body as sent, without aws-chunked signature framing.
        Assert.Equal("%PDF-1.7", await body.ReadToEndAsync());
    }

    public void Dispose() => _store.Dispose();
}
