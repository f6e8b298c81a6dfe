using Microsoft.Extensions.Options;
using ResumeRefiner.Api.Configuration;

namespace ResumeRefiner.Api.Ai;

/// <summary>
/// Runs queued AI jobs on this replica (AI_WORKERS at a time). Jobs wait in the database, so they survive a restart;
/// a job this replica is running when it stops goes back to the queue, and one left by a crashed replica is taken
/// over when its lease runs out. While the database is unreachable the loops back off (1 s doubling to 30 s) and
/// carry on when it is back: an outage never stops the host.
/// </summary>
internal sealed class AiJobWorker(IServiceScopeFactory scopes, AiJobEvents events, IOptions<AiJobOptions> jobs, ILogger<AiJobWorker> log) : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, jobs.Value.Workers).Select(_ => LoopAsync(stoppingToken)));

    private async Task LoopAsync(CancellationToken stoppingToken)
    {
        var owner = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
        owner = owner[Math.Max(0, owner.Length - 64)..];
        var backoff = TimeSpan.Zero;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                Guid? claimed;
                await using (var scope = scopes.CreateAsyncScope())
                {
                    claimed = await scope.ServiceProvider.GetRequiredService<AiJobLeases>().ClaimAsync(owner, stoppingToken);
                }

                if (claimed is { } jobId)
                {
                    await RunAsync(jobId, owner, stoppingToken);
                }
                else
                {
                    await events.WaitForWorkAsync(Poll, stoppingToken);
                }

                backoff = TimeSpan.Zero;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // Whatever one job or the database does, the loop goes on; the lease lets the job be retried.
            catch (Exception e)
#pragma warning restore CA1031
            {
                // The database unreachable, a bug in one job: log, wait longer each time, go on.
                backoff = backoff == TimeSpan.Zero ? TimeSpan.FromSeconds(1) : TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
                AiLog.WorkerFailed(log, e.GetType().Name, backoff.TotalSeconds, e);
                try
                {
                    await Task.Delay(backoff, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task RunAsync(Guid jobId, string owner, CancellationToken stoppingToken)
    {
        using var job = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var renewal = RenewLeaseAsync(jobId, owner, job);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AiJobRunner>().RunAsync(jobId, owner, job.Token);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: hand the job back so another replica (or this one after a restart) runs it at once.
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AiJobLeases>().ReleaseAsync(jobId, owner, CancellationToken.None);
            AiLog.Released(log, jobId);
        }
        catch (OperationCanceledException) when (job.IsCancellationRequested)
        {
            // The lease was lost to another worker, which now owns the job.
        }
        catch (AiJobLeaseLostException)
        {
            // Found out while reporting progress: the other worker owns the job now.
        }
        finally
        {
            await job.CancelAsync();
            await renewal;
        }
    }

    private async Task RenewLeaseAsync(Guid jobId, string owner, CancellationTokenSource job)
    {
        var every = TimeSpan.FromSeconds(jobs.Value.LeaseSeconds) / 3;
        try
        {
            while (true)
            {
                await Task.Delay(every, job.Token);
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    if (!await scope.ServiceProvider.GetRequiredService<AiJobLeases>().RenewAsync(jobId, owner, job.Token))
                    {
                        await job.CancelAsync();
                        return;
                    }
                }
#pragma warning disable CA1031 // A failed renewal (database briefly away) must not end the job: the next one may work.
                catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
                {
                    AiLog.WorkerFailed(log, e.GetType().Name, every.TotalSeconds, e);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The job ended.
        }
    }
}
