using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ResumeRefiner.Api.Persistence;

namespace ResumeRefiner.Api.Tests.Infrastructure;

/// <summary>The real application with its own database and upload folder, so tests never share state.</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    private readonly Action<IServiceCollection>? _services;

    public ApiFactory(string databaseUrl, IDictionary<string, string?>? overrides = null, Action<IServiceCollection>? services = null)
    {
        _services = services;
        Root = Directory.CreateTempSubdirectory("rr-api-").FullName;
        UploadDir = Path.Combine(Root, "uploads");
        _settings = new()
        {
            ["ENVIRONMENT"] = "test",
            ["DATABASE_URL"] = databaseUrl.Replace("{root}", Root, StringComparison.Ordinal),
            ["UPLOAD_DIR"] = UploadDir,
            ["MAX_FILE_SIZE"] = (1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RATE_LIMIT_PER_MINUTE"] = "10000",
            ["UPLOAD_RATE_LIMIT_PER_MINUTE"] = "10000",
            ["LOG_LEVEL"] = "Warning",
            ["SPA_DIR"] = Path.Combine(Root, "no-spa"),
            // As deployed: the test server's callers have no address, so the token is how tests read operations data.
            ["METRICS_TOKEN"] = MetricsToken,
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    /// <summary>The METRICS_TOKEN of every host unless a test overrides it; send it with <see cref="HttpExtensions.GetOperationsAsync"/>.</summary>
    public const string MetricsToken = "test-metrics-token-0123456789abcdef";

    public static ApiFactory Sqlite(IDictionary<string, string?>? overrides = null, Action<IServiceCollection>? services = null) =>
        new("sqlite:///{root}/test.db", overrides, services);

    public string Root { get; }

    public string UploadDir { get; }

    public long MaxFileSize => long.Parse(_settings["MAX_FILE_SIZE"]!, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Files in the store (temporary files included), to prove a failed request left nothing behind.</summary>
    public string[] StoredFiles() => Directory.Exists(UploadDir) ? Directory.GetFiles(UploadDir, "*", SearchOption.AllDirectories) : [];

    public async Task<T> WithDbAsync<T>(Func<AppDb, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDb>());
    }

    /// <summary>
    /// Serves on a real loopback socket instead of the in-memory test server (for a browser, forwarded headers
    /// or a shutdown in flight) and returns its address.
    /// </summary>
    public Uri StartOnSocket()
    {
        UseKestrel(0);
        StartServer();
        return new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    /// <summary>The running host, for tests that stop it as a deployment would.</summary>
    public IHost? RunningHost { get; private set; }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        RunningHost = base.CreateHost(builder);
        return RunningHost;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a just-finished request; the OS temp cleaner takes it.
            }
        }
    }
}
