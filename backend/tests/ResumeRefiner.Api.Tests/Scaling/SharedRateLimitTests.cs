using System.Globalization;
using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using ResumeRefiner.Api.Security;
using ResumeRefiner.Api.Tests.Infrastructure;
using ResumeRefiner.Api.Workspaces;

namespace ResumeRefiner.Api.Tests.Scaling;

/// <summary>On PostgreSQL the rate limits hold across replicas: the counts live in the database.</summary>
[Collection(PostgresApiCollection.Name)]
public sealed class SharedRateLimitTests(PostgresApiFixture fixture)
{
    private static readonly WorkspaceTokens Keys = new(new byte[32]);

    [Fact]
    public async Task Requests_split_across_two_replicas_share_one_budget()
    {
        var database = await fixture.Server.CreateDatabaseAsync();
        var limit = new Dictionary<string, string?> { ["RATE_LIMIT_PER_MINUTE"] = "4" };
        using var first = new ApiFactory(database, limit);
        using var second = new ApiFactory(database, limit);
        using var toFirst = first.CreateClient();
        using var toSecond = second.CreateClient();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 6; i++)
        {
            last?.Dispose();
            last = await (i % 2 == 0 ? toFirst : toSecond).GetAsync(new Uri("/api/v1/resumes", UriKind.Relative));
            statuses.Add(last.StatusCode);
        }

        // Each replica alone would have allowed 4; together they allow 4.
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(int.Parse(last!.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture) is > 0 and <= 60);
        var problem = await last.ReadProblemAsync();
        Assert.EndsWith("rate-limited", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        last.Dispose();
        Assert.Equal(HttpStatusCode.OK, (await toSecond.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task The_upload_limit_is_shared_too_and_the_database_holds_no_client_address()
    {
        var database = await fixture.Server.CreateDatabaseAsync();
        var limit = new Dictionary<string, string?> { ["UPLOAD_RATE_LIMIT_PER_MINUTE"] = "2" };
        using var first = new ApiFactory(database, limit);
        using var second = new ApiFactory(database, limit);
        using var toFirst = first.CreateClient();
        using var toSecond = second.CreateClient();

        using var one = await toFirst.UploadAsync(Documents.Text("Person One"), "one.txt");
        using var two = await toSecond.UploadAsync(Documents.Text("Person Two"), "two.txt");
        using var three = await toFirst.UploadAsync(Documents.Text("Person Three"), "three.txt");

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], [one.StatusCode, two.StatusCode, three.StatusCode]);
        var stored = await ReadPartitionKeysAsync(database);
        Assert.Contains(stored, key => key.StartsWith("upload:", StringComparison.Ordinal));
        Assert.Contains(stored, key => key.StartsWith("ws:", StringComparison.Ordinal));
        // Keyed hashes only: neither the client's address nor its workspace token is stored.
        Assert.All(stored, key => Assert.Matches("^[a-z]+:[0-9a-f]{64}$", key));
    }

    [Fact]
    public async Task A_window_that_has_ended_starts_again_and_the_sweep_removes_ended_windows()
    {
        var database = await fixture.Server.CreateDatabaseAsync();
        using (var app = new ApiFactory(database))
        {
            _ = app.Services; // migrates the schema
        }

        await using var counters = new RateLimitCounters(database, Keys, TimeProvider.System, NullLogger<RateLimitCounters>.Instance);
        await counters.TakeAsync("ip:returning", 1, TimeSpan.FromMinutes(1), CancellationToken.None);
        await counters.TakeAsync("ip:gone", 1, TimeSpan.FromMinutes(1), CancellationToken.None);
        await ExecuteAsync(database, """UPDATE "RateLimitWindows" SET "WindowStart" = now() - interval '2 minutes', "Count" = 99 WHERE "PartitionKey" LIKE 'ip:%'""");

        var restarted = await counters.TakeAsync("ip:returning", 1, TimeSpan.FromMinutes(1), CancellationToken.None);
        await ExecuteAsync(database, """UPDATE "RateLimitWindows" SET "WindowStart" = now() - interval '2 minutes' WHERE "Count" = 99""");
        var purged = await counters.PurgeEndedAsync(TimeSpan.FromMinutes(1), CancellationToken.None);

        Assert.Equal(1, restarted.Count);
        Assert.InRange(restarted.RetryAfter, TimeSpan.FromSeconds(50), TimeSpan.FromMinutes(1));
        Assert.Equal(1, purged);
        Assert.Single(await ReadPartitionKeysAsync(database));
    }

    [Fact]
    public async Task While_the_database_is_unreachable_each_replica_still_enforces_the_limit_itself()
    {
        var unreachable = new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = ClosedPort(), Username = "postgres", Database = "none" };
        await using var counters = new RateLimitCounters(unreachable.ConnectionString, Keys, TimeProvider.System, NullLogger<RateLimitCounters>.Instance);
        using var limiter = new WindowLimiter("ip:203.0.113.7", 2, TimeSpan.FromMinutes(1), counters);

        var granted = new List<bool>();
        for (var i = 0; i < 3; i++)
        {
            using var lease = await limiter.AcquireAsync(1);
            granted.Add(lease.IsAcquired);
        }

        Assert.True(counters.CountsLocally);
        Assert.Equal([true, true, false], granted);
    }

    private static async Task<List<string>> ReadPartitionKeysAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT "PartitionKey" FROM "RateLimitWindows" """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var keys = new List<string>();
        while (await reader.ReadAsync())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    private static async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
