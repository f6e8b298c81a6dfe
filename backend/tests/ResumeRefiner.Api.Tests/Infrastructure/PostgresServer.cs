using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace ResumeRefiner.Api.Tests.Infrastructure;

/// <summary>
/// A real, throwaway PostgreSQL cluster on 127.0.0.1 in a temporary data directory (Debian's postgresql
/// package), started once per test run. TEST_POSTGRES_URL points the tests at an existing server instead.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private string? _dataDir;
    private string? _binDir;
    private int _port;
    private string? _external;

    public async Task InitializeAsync()
    {
        _external = Environment.GetEnvironmentVariable("TEST_POSTGRES_URL");
        if (!string.IsNullOrEmpty(_external))
        {
            return;
        }

        _binDir = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending().FirstOrDefault()
            : null;
        if (_binDir is null)
        {
            throw new InvalidOperationException("PostgreSQL server binaries were not found under /usr/lib/postgresql. Install them with `apt-get install -y postgresql` (the README's test command does this).");
        }

        _dataDir = Directory.CreateTempSubdirectory("rr-pg-").FullName;
        _port = FreePort();
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            // initdb refuses to run as root; the cluster belongs to the postgres user.
            await RunAsync("chown", $"postgres:postgres {_dataDir}");
        }

        await RunAsPostgresAsync(asRoot, Path.Combine(_binDir, "initdb"), $"-D {_dataDir} -U postgres --auth=trust -E UTF8 --locale=C.UTF-8");
        await StartAsync();
    }

    /// <summary>Starts the cluster again after <see cref="StopAsync"/>, on the same port with the same data.</summary>
    public Task StartAsync() => RunAsPostgresAsync(Environment.UserName == "root", Path.Combine(Binaries, "pg_ctl"),
        $"-D {DataDir} -l {DataDir}/log.txt -w start -o \"-c listen_addresses=127.0.0.1 -p {_port} -k {DataDir} -c fsync=off -c max_connections=200\"");

    /// <summary>Stops the cluster as an outage would (fast shutdown: open connections are cut); the data stays.</summary>
    public Task StopAsync() => RunAsPostgresAsync(Environment.UserName == "root", Path.Combine(Binaries, "pg_ctl"), $"-D {DataDir} -m fast -w stop");

    private string DataDir => _dataDir ?? throw new InvalidOperationException("Only a cluster this helper started can be stopped and started (not TEST_POSTGRES_URL).");

    private string Binaries => _binDir ?? throw new InvalidOperationException("Only a cluster this helper started can be stopped and started (not TEST_POSTGRES_URL).");

    /// <summary>
    /// Creates a fresh, empty database and returns its connection string; without connection pooling unless asked
    /// (many short-lived hosts share the cluster), with it to test what production does.
    /// </summary>
    public async Task<string> CreateDatabaseAsync(bool pooling = false)
    {
        var name = "rr_" + Guid.NewGuid().ToString("N")[..12];
        var admin = _external is { Length: > 0 }
            ? new NpgsqlConnectionStringBuilder(Configuration.DatabaseTargetFor(_external))
            : new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = _port, Username = "postgres", Database = "postgres" };
        admin.Database = "postgres";
        await using (var connection = new NpgsqlConnection(admin.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        admin.Database = name;
        admin.Pooling = pooling;
        return admin.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        if (_dataDir is null || _binDir is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await RunAsPostgresAsync(Environment.UserName == "root", Path.Combine(_binDir, "pg_ctl"), $"-D {_dataDir} -m immediate -w stop");
        Directory.Delete(_dataDir, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Task RunAsPostgresAsync(bool asRoot, string program, string arguments) =>
        asRoot ? RunAsync("runuser", $"-u postgres -- {program} {arguments}") : RunAsync(program, arguments);

    private static async Task RunAsync(string program, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = "/tmp",
        })!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"`{program} {arguments}` failed ({process.ExitCode}): {await stderr}{await stdout}");
        }
    }

    private static class Configuration
    {
        public static string DatabaseTargetFor(string url) => ResumeRefiner.Api.Configuration.DatabaseTarget.Parse(url).ConnectionString;
    }
}
