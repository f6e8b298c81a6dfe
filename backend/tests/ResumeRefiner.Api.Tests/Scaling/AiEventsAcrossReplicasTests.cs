using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using ResumeRefiner.Api.Ai;
using ResumeRefiner.Api.Tests.Ai;
using ResumeRefiner.Api.Tests.Infrastructure;
using static ResumeRefiner.Api.Tests.Ai.AiTestHost;

namespace ResumeRefiner.Api.Tests.Scaling;

/// <summary>
/// On PostgreSQL a job's events reach every replica (LISTEN/NOTIFY): replica A runs the job, replica B (ROLE=api,
/// no workers) serves the stream. The fake provider holds its stream until B's client is following, and holds the
/// rest of it until a delta has reached that client, so the deltas it gets are live, not read back afterwards.
/// </summary>
[Collection(PostgresApiCollection.Name)]
public sealed class AiEventsAcrossReplicasTests(PostgresApiFixture fixture) : IAsyncLifetime
{
    private FakeOpenAi _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeOpenAi.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task A_client_streaming_from_an_api_replica_gets_the_token_deltas_of_a_job_another_replica_runs()
    {
        var database = await fixture.Server.CreateDatabaseAsync();
        await using var runner = new ApiFactory(database, _fake.Settings());
        await using var api = new ApiFactory(database, new Dictionary<string, string?>(_fake.Settings()) { ["ROLE"] = "api" });
        using var toRunner = runner.CreateClient();
        using var toApi = api.CreateClient();
        await WaitUntilListeningAsync(runner, 1);
        await WaitUntilListeningAsync(api, 1);

        var (events, job) = await StreamJobFromAsync(toApi);

        Assert.DoesNotContain(api.Services.GetServices<IHostedService>(), s => s is AiJobWorker);
        Assert.Equal("completed", job.GetProperty("status").GetString());
        Assert.Equal("ai", job.GetProperty("result").GetProperty("source").GetString());
        AssertLiveDeltas(events);
    }

    [Fact]
    public async Task A_listening_connection_that_is_cut_is_opened_again_and_the_deltas_flow_again()
    {
        var database = await fixture.Server.CreateDatabaseAsync();
        await using var runner = new ApiFactory(database, _fake.Settings());
        await using var api = new ApiFactory(database, new Dictionary<string, string?>(_fake.Settings()) { ["ROLE"] = "api" });
        using var toRunner = runner.CreateClient();
        using var toApi = api.CreateClient();
        await WaitUntilListeningAsync(runner, 1);
        await WaitUntilListeningAsync(api, 1);

        // As a failover or an idle-connection reaper would: the server ends both replicas' listening sessions.
        Assert.Equal(2, await TerminateListenersAsync(database));
        await WaitUntilListeningAsync(runner, 2);
        await WaitUntilListeningAsync(api, 2);
        var (events, job) = await StreamJobFromAsync(toApi);

        Assert.Equal("completed", job.GetProperty("status").GetString());
        AssertLiveDeltas(events);
    }

    /// <summary>Queues a job on <paramref name="client"/>'s replica and follows its events there until <c>done</c>.</summary>
    private async Task<(List<(string Name, string Data)> Events, JsonElement Job)> StreamJobFromAsync(HttpClient client)
    {
        var following = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var deltaSeen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _fake.Then(FakeOpenAi.Step.Paced(chunk => chunk switch
        {
            0 => following.Task,
            2 => deltaSeen.Task,
            _ => Task.CompletedTask,
        }));
        var resume = await UploadSampleAsync(client);
        using var started = await StartJobAsync(client, resume.Id, new { task = "summary" });
        var jobId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        // A guard against a hang, not a measurement.
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/resumes/{resume.Id}/ai/jobs/{jobId}/events");
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, guard.Token);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(guard.Token));
        var events = new List<(string Name, string Data)>();
        string? name = null;
        while (await ReadLineAsync(reader, events, guard.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line[7..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                events.Add((name!, line[6..]));
                // The stream is subscribed before its first status event: the provider may start.
                following.TrySetResult();
                if (name == "delta")
                {
                    // Only now may the provider send the rest: this delta came while the job was still running.
                    deltaSeen.TrySetResult();
                }
            }
        }

        return (events, JsonDocument.Parse(events[^1].Data).RootElement);
    }

    private static async Task<string?> ReadLineAsync(StreamReader reader, List<(string Name, string Data)> events, CancellationToken guard)
    {
        try
        {
            return await reader.ReadLineAsync(guard);
        }
        catch (OperationCanceledException)
        {
            // The provider waits for a delta that never came, so the job never ended.
            Assert.Fail("The stream did not end; its events: " + string.Join(", ", events.Select(e => e.Name)));
            throw;
        }
    }

    private void AssertLiveDeltas(List<(string Name, string Data)> events)
    {
        Assert.Equal("status", events[0].Name);
        Assert.Equal("done", events[^1].Name);
        var firstDelta = events.FindIndex(e => e.Name == "delta");
        Assert.True(firstDelta > 0, "No delta reached the stream: " + string.Join(", ", events.Select(e => e.Name)));
        Assert.True(events.FindLastIndex(e => e.Name == "delta") < events.Count - 1);
        var streamed = string.Concat(events.Where(e => e.Name == "delta").Select(e => JsonDocument.Parse(e.Data).RootElement.GetProperty("text").GetString()));
        // Every token, in order, once: exactly what the provider sent.
        Assert.Equal(_fake.Reply(Assert.Single(_fake.Requests).Body), streamed);
    }

    private static async Task WaitUntilListeningAsync(ApiFactory host, int times)
    {
        var relay = host.Services.GetServices<IHostedService>().OfType<AiJobEventRelay>().Single();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (relay.Listens < times)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"The relay listened {relay.Listens} times, not {times}.");
            await Task.Delay(50);
        }
    }

    private static async Task<int> TerminateListenersAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity
            WHERE datname = current_database() AND query LIKE 'LISTEN %' AND pid <> pg_backend_pid()
            """, connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
