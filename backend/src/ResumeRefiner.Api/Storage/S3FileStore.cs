using System.Net;
using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using ResumeRefiner.Api.Configuration;

namespace ResumeRefiner.Api.Storage;

/// <summary>
/// Stores files in an S3-compatible bucket (STORAGE=s3), so every replica sees the same files without a shared
/// volume. A PutObject is atomic: the object appears complete when the request succeeds and not at all otherwise.
/// </summary>
public sealed class S3FileStore : IFileStore, IDisposable
{
    /// <summary>Readiness probes are written next to the files; one whose delete never ran is a leftover to purge.</summary>
    private const string ProbePrefix = ".ready-probe-";

    private readonly IAmazonS3 _s3;
    private readonly string _bucket;
    private readonly string _prefix;

    public S3FileStore(IAmazonS3 s3, string bucket, string prefix)
    {
        _s3 = s3;
        _bucket = bucket;
        _prefix = prefix.Length == 0 || prefix.EndsWith('/') ? prefix : prefix + "/";
    }

    /// <summary>The store the settings describe (validated at start-up: bucket, region or service URL, credentials).</summary>
    public static S3FileStore Create(StorageOptions storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var config = new AmazonS3Config { ForcePathStyle = storage.S3ForcePathStyle };
        if (storage.S3ServiceUrl is { } serviceUrl)
        {
            config.ServiceURL = serviceUrl;
            config.AuthenticationRegion = storage.S3Region ?? "us-east-1";
            // S3-compatible services differ in which of AWS's newer checksum headers they accept; send them only where S3 requires them.
            config.RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED;
            config.ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED;
        }
        else
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(storage.S3Region);
        }

        var client = storage.S3AccessKey is { } accessKey && storage.S3SecretKey is { } secretKey
            ? new AmazonS3Client(new BasicAWSCredentials(accessKey, secretKey), config)
            : new AmazonS3Client(config);
        return new S3FileStore(client, storage.S3Bucket!, storage.S3Prefix);
    }

    /// <summary>Bucket and prefix, for messages (never the credentials).</summary>
    public string Location => $"s3://{_bucket}/{_prefix}";

    public async Task SaveAsync(string key, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        StorageKey.Check(key);
        await PutAsync(_prefix + key, content, cancellationToken);
    }

    public async Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken = default)
    {
        StorageKey.Check(key);
        try
        {
            var response = await _s3.GetObjectAsync(_bucket, _prefix + key, cancellationToken);
            return response.ResponseStream;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            throw new FileNotFoundException("No stored file has this key.", e);
        }
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        StorageKey.Check(key);
        await _s3.DeleteObjectAsync(_bucket, _prefix + key, cancellationToken);
    }

    public async Task DeleteWorkspaceAsync(Guid workspaceId, CancellationToken cancellationToken = default)
    {
        await foreach (var stored in ListUnderAsync($"{_prefix}{workspaceId:N}/", cancellationToken))
        {
            await _s3.DeleteObjectAsync(_bucket, stored.Key, cancellationToken);
        }
    }

    public async IAsyncEnumerable<StoredObject> ListAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var stored in ListUnderAsync(_prefix, cancellationToken))
        {
            var key = stored.Key[_prefix.Length..];
            if (StorageKey.IsValid(key))
            {
                yield return stored with { Key = key };
            }
        }
    }

    /// <summary>
    /// Uploads never leave partial objects (PutObject is all or nothing); what can be left over is a readiness probe
    /// whose delete never ran (the replica stopped in between).
    /// </summary>
    public async Task<int> PurgeIncompleteAsync(DateTimeOffset olderThan, CancellationToken cancellationToken = default)
    {
        var purged = 0;
        await foreach (var stored in ListUnderAsync(_prefix + ProbePrefix, cancellationToken))
        {
            if (stored.LastModified < olderThan)
            {
                await _s3.DeleteObjectAsync(_bucket, stored.Key, cancellationToken);
                purged++;
            }
        }

        return purged;
    }

    /// <summary>Writes, reads back and deletes a probe object, as an upload and a download would.</summary>
    /// <returns>Whether the probe read back what was written.</returns>
    /// <exception cref="AmazonServiceException">The service refused (no such bucket, access denied).</exception>
    /// <exception cref="AmazonClientException">The service cannot be reached.</exception>
    public async Task<bool> ProbeAsync(CancellationToken cancellationToken)
    {
        var key = $"{_prefix}{ProbePrefix}{Guid.NewGuid():N}";
        await PutAsync(key, new MemoryStream("probe"u8.ToArray()), cancellationToken);
        try
        {
            using var response = await _s3.GetObjectAsync(_bucket, key, cancellationToken);
            using var read = new MemoryStream();
            await response.ResponseStream.CopyToAsync(read, cancellationToken);
            return read.ToArray().AsSpan().SequenceEqual("probe"u8);
        }
        finally
        {
            await _s3.DeleteObjectAsync(_bucket, key, cancellationToken);
        }
    }

    public void Dispose() => _s3.Dispose();

    private async Task PutAsync(string objectKey, Stream content, CancellationToken cancellationToken) =>
        await _s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = _bucket,
            Key = objectKey,
            InputStream = content,
            AutoCloseStream = false,
            ContentType = "application/octet-stream",
            // Plain signed bodies: with aws-chunked encoding some S3-compatible servers (s3rver) store the chunk
            // framing inside the object.
            UseChunkEncoding = false,
        }, cancellationToken);

    private async IAsyncEnumerable<StoredObject> ListUnderAsync(string prefix, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var request = new ListObjectsV2Request { BucketName = _bucket, Prefix = prefix };
        ListObjectsV2Response page;
        do
        {
            page = await _s3.ListObjectsV2Async(request, cancellationToken);
            foreach (var stored in page.S3Objects ?? [])
            {
                yield return new StoredObject(stored.Key, stored.LastModified is { } modified ? new DateTimeOffset(modified.ToUniversalTime()) : DateTimeOffset.MaxValue);
            }

            request.ContinuationToken = page.NextContinuationToken;
        }
        while (page.IsTruncated == true);
    }
}
