using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace ResumeRefiner.Api.Ai;

/// <summary>
/// Streams a job as server-sent events: a <c>status</c> event now and at each change, <c>delta</c> events while the
/// provider streams (on this replica, or on another one through <see cref="AiJobEventRelay"/> on PostgreSQL), and
/// <c>done</c> with the final job. The row is also polled once a second, so a missed event only delays a change.
/// </summary>
internal sealed class AiJobStream(AiJobQueue jobs, AiJobEvents events, IOptions<JsonOptions> json, TimeProvider clock)
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    private JsonSerializerOptions Json => json.Value.SerializerOptions;

    /// <summary>Follows the job until it finishes or the client leaves; false (nothing written) when the caller has no such job.</summary>
    public async Task<bool> FollowAsync(Guid resumeId, Guid jobId, HttpResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (await jobs.FindAsync(resumeId, jobId, cancellationToken) is null)
        {
            return false;
        }

        using var subscription = events.Follow(jobId);
        response.ContentType = "text/event-stream";
        // Tell nginx not to buffer the stream.
        response.Headers["X-Accel-Buffering"] = "no";
        AiJobView? last = null;
        var lastWrite = clock.GetTimestamp();
        while (!cancellationToken.IsCancellationRequested)
        {
            if (await jobs.FindAsync(resumeId, jobId, cancellationToken) is not { } job)
            {
                break;
            }

            var view = AiJobView.From(job);
            if (last is null || view.Status != last.Status || view.Stage != last.Stage || view.Progress != last.Progress || view.Result?.Source != last.Result?.Source)
            {
                await WriteEventAsync(response, "status", JsonSerializer.Serialize(view, Json), cancellationToken);
                lastWrite = clock.GetTimestamp();
                last = view;
            }

            if (AiJobStatus.IsFinished(view.Status))
            {
                await WriteEventAsync(response, "done", JsonSerializer.Serialize(view, Json), cancellationToken);
                break;
            }

            if (await RelayDeltasAsync(subscription, response, cancellationToken))
            {
                lastWrite = clock.GetTimestamp();
            }

            if (clock.GetElapsedTime(lastWrite) > KeepAlive)
            {
                await response.WriteAsync(": keep-alive\n\n", cancellationToken);
                await response.Body.FlushAsync(cancellationToken);
                lastWrite = clock.GetTimestamp();
            }
        }

        return true;
    }

    /// <summary>
    /// Writes streamed text as it arrives until the job's row changes or the poll interval passes; true when it wrote any.
    /// </summary>
    private async Task<bool> RelayDeltasAsync(AiJobEvents.Subscription subscription, HttpResponse response, CancellationToken cancellationToken)
    {
        var wrote = false;
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(PollInterval);
        try
        {
            while (await subscription.Reader.WaitToReadAsync(wait.Token))
            {
                var changed = false;
                while (subscription.Reader.TryRead(out var e))
                {
                    if (e.Kind == AiJobEvent.Delta)
                    {
                        await WriteEventAsync(response, "delta", JsonSerializer.Serialize(new { text = e.Text }, Json), cancellationToken);
                        wrote = true;
                    }
                    else
                    {
                        changed = true;
                    }
                }

                if (changed)
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Poll the row once a second: an event can be missed (a relay reconnecting, a full queue).
        }

        return wrote;
    }

    private static async Task WriteEventAsync(HttpResponse response, string name, string data, CancellationToken cancellationToken)
    {
        await response.WriteAsync($"event: {name}\ndata: {data}\n\n", cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }
}
