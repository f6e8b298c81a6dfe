using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Amazon.Runtime;
using Amazon.S3;
using ResumeRefiner.Api.Tests.Operations;

namespace ResumeRefiner.Api.Tests.Infrastructure;

/// <summary>
/// A real S3-compatible server (s3rver, from tools/s3-peer) on a free 127.0.0.1 port with a throwaway data folder
/// and one bucket, started once for the S3 tests. scripts/test.sh installs it (`npm ci` in tools/s3-peer).
/// </summary>
public sealed class S3Peer : IAsyncLifetime
{
    public const string Bucket = "resumes";

    // s3rver's fixed development credentials, not a secret.
    private const string AccessKey = "S3RVER";
    private const string SecretKey = "S3RVER";

    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Process? _process;
    private string? _dataDir;

    public Uri ServiceUrl { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var program = Repository.PathOf("tools/s3-peer/node_modules/.bin/s3rver");
        if (!File.Exists(program))
        {
            throw new InvalidOperationException($"s3rver is not installed at {program}: run `npm ci` in tools/s3-peer (the README's test command does this).");
        }

        _dataDir = Directory.CreateTempSubdirectory("rr-s3-").FullName;
        var port = FreePort();
        ServiceUrl = new Uri($"http://127.0.0.1:{port}");
        // The bin itself, not npx: a PID kill must reach the server, not a wrapper.
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _dataDir,
        };
        foreach (var argument in new[] { "-d", _dataDir, "-a", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--configure-bucket", Bucket, "--no-vhost-buckets", "--silent" })
        {
            start.ArgumentList.Add(argument);
        }

        var errors = new System.Text.StringBuilder();
        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, line) =>
        {
            if (line.Data?.Contains("listening", StringComparison.OrdinalIgnoreCase) == true)
            {
                _listening.TrySetResult();
            }
        };
        _process.ErrorDataReceived += (_, line) => errors.AppendLine(line.Data);
        _process.Exited += (_, _) => _listening.TrySetException(new InvalidOperationException($"s3rver exited ({_process.ExitCode}): {errors}"));
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await _listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
    }

    /// <summary>The API settings for this peer, with the given key prefix so tests never see each other's objects.</summary>
    public Dictionary<string, string?> Settings(string prefix) => new()
    {
        ["STORAGE"] = "s3",
        ["S3_BUCKET"] = Bucket,
        ["S3_SERVICE_URL"] = ServiceUrl.ToString(),
        ["S3_ACCESS_KEY"] = AccessKey,
        ["S3_SECRET_KEY"] = SecretKey,
        ["S3_FORCE_PATH_STYLE"] = "true",
        ["S3_PREFIX"] = prefix,
    };

    /// <summary>A plain client, to look at the bucket behind the store's back.</summary>
    public AmazonS3Client Client() => new(new BasicAWSCredentials(AccessKey, SecretKey), new AmazonS3Config
    {
        ServiceURL = ServiceUrl.ToString(),
        ForcePathStyle = true,
        AuthenticationRegion = "us-east-1",
        RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
        ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
    });

    /// <summary>Every object key under the prefix.</summary>
    public async Task<List<string>> KeysAsync(string prefix)
    {
        using var client = Client();
        var page = await client.ListObjectsV2Async(new Amazon.S3.Model.ListObjectsV2Request { BucketName = Bucket, Prefix = prefix });
        return [.. (page.S3Objects ?? []).Select(o => o.Key)];
    }

    public async Task DisposeAsync()
    {
        if (_process is not null)
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            await _process.WaitForExitAsync();
            _process.Dispose();
        }

        if (_dataDir is not null)
        {
            Directory.Delete(_dataDir, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class S3PeerCollection : ICollectionFixture<S3Peer>
{
    public const string Name = "S3 peer";
}
