using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace ResumeRefiner.Api.Configuration;

/// <summary>Where original files go (STORAGE).</summary>
public enum StorageKind
{
    /// <summary>The local disk under UPLOAD_DIR.</summary>
    Local,

    /// <summary>An S3-compatible bucket.</summary>
    S3,
}

/// <summary>The store of uploaded files: the local disk or an S3 bucket.</summary>
public sealed class StorageOptions
{
    /// <summary>STORAGE: local (UPLOAD_DIR, default) or s3 (an S3-compatible bucket).</summary>
    public StorageKind Kind { get; set; } = StorageKind.Local;

    /// <summary>UPLOAD_DIR: where uploaded files are stored (local disk store).</summary>
    public string UploadDir { get; set; } = "./data/uploads";

    /// <summary>MIN_FREE_DISK_MB: below this much free space on UPLOAD_DIR's disk, /health/ready answers 503.</summary>
    public long MinFreeDiskMb { get; set; } = 500;

    /// <summary>S3_BUCKET: the bucket (STORAGE=s3); it must exist.</summary>
    public string? S3Bucket { get; set; }

    /// <summary>S3_REGION: the AWS region, e.g. eu-west-1 (with S3_SERVICE_URL: the region the service signs for).</summary>
    public string? S3Region { get; set; }

    /// <summary>S3_SERVICE_URL: an S3-compatible service (MinIO, Ceph, R2, ...) instead of AWS S3.</summary>
    public string? S3ServiceUrl { get; set; }

    /// <summary>S3_ACCESS_KEY: with S3_SECRET_KEY; both empty means the SDK's default credentials (environment, profile, task role).</summary>
    public string? S3AccessKey { get; set; }

    /// <summary>S3_SECRET_KEY: the secret of S3_ACCESS_KEY.</summary>
    public string? S3SecretKey { get; set; }

    /// <summary>S3_FORCE_PATH_STYLE: address the bucket as host/bucket instead of bucket.host (most self-hosted services need it).</summary>
    public bool S3ForcePathStyle { get; set; }

    /// <summary>S3_PREFIX: a folder inside the bucket for this deployment's objects, e.g. resume-refiner/.</summary>
    public string S3Prefix { get; set; } = string.Empty;

    public bool UsesS3 => Kind == StorageKind.S3;

    /// <exception cref="InvalidConfigurationException">A value cannot be read; the message names the variable.</exception>
    internal void ReadFrom(IConfiguration configuration)
    {
        Kind = configuration.Mode("STORAGE", Kind, "STORAGE must be local or s3");
        UploadDir = configuration.Text("UPLOAD_DIR") ?? UploadDir;
        MinFreeDiskMb = configuration.Int64("MIN_FREE_DISK_MB", MinFreeDiskMb, min: 0);
        S3Bucket = configuration.Text("S3_BUCKET");
        S3Region = configuration.Text("S3_REGION");
        S3ServiceUrl = configuration.Text("S3_SERVICE_URL");
        S3AccessKey = configuration.Text("S3_ACCESS_KEY");
        S3SecretKey = configuration.Text("S3_SECRET_KEY");
        S3ForcePathStyle = configuration.Flag("S3_FORCE_PATH_STYLE", S3ForcePathStyle);
        S3Prefix = configuration.Text("S3_PREFIX") ?? S3Prefix;
    }
}

/// <summary>An S3 store needs a valid bucket, somewhere to find it, and both credentials or neither.</summary>
internal sealed partial class StorageOptionsValidator : SettingsValidator<StorageOptions>
{
    protected override IEnumerable<string> Refusals(StorageOptions options)
    {
        if (UnlessHttpUrl("S3_SERVICE_URL", options.S3ServiceUrl) is { } serviceUrl)
        {
            yield return serviceUrl;
        }

        if (!options.UsesS3)
        {
            yield break;
        }

        if (options.S3Bucket is null)
        {
            yield return "STORAGE=s3 needs S3_BUCKET, the name of an existing bucket.";
        }
        else if (!BucketName().IsMatch(options.S3Bucket))
        {
            yield return $"S3_BUCKET must be a bucket name: 3 to 63 lowercase letters, digits, dots or hyphens (got '{options.S3Bucket}').";
        }

        if (options.S3Region is null && options.S3ServiceUrl is null)
        {
            yield return "STORAGE=s3 needs S3_REGION (e.g. eu-west-1) for AWS S3, or S3_SERVICE_URL for an S3-compatible service.";
        }

        if ((options.S3AccessKey is null) != (options.S3SecretKey is null))
        {
            // Neither value is echoed: they are credentials.
            yield return "S3_ACCESS_KEY and S3_SECRET_KEY go together: set both, or neither to use the SDK's default credentials (environment, profile, task role).";
        }

        if (!S3PrefixPattern().IsMatch(options.S3Prefix))
        {
            yield return $"S3_PREFIX must be letters, digits, '-', '_', '.' and '/' separators, not starting with '/' (got '{options.S3Prefix}').";
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")]
    private static partial Regex BucketName();

    [GeneratedRegex("^(?:[A-Za-z0-9._-]+/)*[A-Za-z0-9._-]*$")]
    private static partial Regex S3PrefixPattern();
}
