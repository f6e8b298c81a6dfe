using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ResumeRefiner.Api.Tests.Observability;

/// <summary>
/// A stand-in for Sentry's ingest on 127.0.0.1 (a real Kestrel server, fed by the real Sentry SDK through a DSN that
/// points here): it accepts envelopes on POST /api/{project}/envelope/ and hands out the events in them.
/// </summary>
public sealed class FakeSentry : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<ReceivedEvent> _events = Channel.CreateUnbounded<ReceivedEvent>();
    private readonly ConcurrentQueue<ReceivedEvent> _received = new();

    private FakeSentry(WebApplication app) => _app = app;

    /// <summary>A DSN for this server: any key, project 42.</summary>
    public string Dsn { get; private set; } = string.Empty;

    public static async Task<FakeSentry> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeSentry(app);
        app.MapPost("/api/{project}/envelope/", fake.ReceiveAsync);
        await app.StartAsync();
        var address = new Uri(app.Urls.First());
        fake.Dsn = $"http://fakepublickey@{address.Authority}/42";
        return fake;
    }

    /// <summary>Every event received so far (after SentrySdk.FlushAsync: every event the app sent).</summary>
    public IReadOnlyCollection<ReceivedEvent> Received => [.. _received];

    /// <summary>Waits for the next event that matches, skipping others.</summary>
    public async Task<ReceivedEvent> WaitForEventAsync(Func<ReceivedEvent, bool> match, TimeSpan deadline)
    {
        using var timeout = new CancellationTokenSource(deadline);
        try
        {
            await foreach (var received in _events.Reader.ReadAllAsync(timeout.Token))
            {
                if (match(received))
                {
                    return received;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Falls through to the failure below.
        }

        throw new TimeoutException($"No matching Sentry event arrived within {deadline.TotalSeconds} s.");
    }

    public async ValueTask DisposeAsync()
    {
        using (var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2)))
        {
            await _app.StopAsync(stop.Token);
        }

        await _app.DisposeAsync();
    }

    // An envelope is newline-separated JSON: its header, then per item a header and a payload.
    private async Task ReceiveAsync(HttpContext context)
    {
        var body = context.Request.Headers.ContentEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase)
            ? new GZipStream(context.Request.Body, CompressionMode.Decompress)
            : context.Request.Body;
        string envelope;
        using (var reader = new StreamReader(body, Encoding.UTF8))
        {
            envelope = await reader.ReadToEndAsync(context.RequestAborted);
        }

        var lines = envelope.Split('\n');
        for (var i = 1; i + 1 < lines.Length; i += 2)
        {
            if (JsonNode.Parse(lines[i])?["type"]?.GetValue<string>() == "event")
            {
                var received = new ReceivedEvent(JsonNode.Parse(lines[i + 1])!.AsObject(), envelope);
                _received.Enqueue(received);
                await _events.Writer.WriteAsync(received);
            }
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        await context.Response.WriteAsJsonAsync(new { id = Guid.NewGuid().ToString("N") });
    }
}

/// <summary>One event as Sentry would store it, and the whole envelope it came in (to prove what was not sent).</summary>
public sealed record ReceivedEvent(JsonObject Event, string Envelope)
{
    public string? Logger => Event["logger"]?.GetValue<string>();

    public IEnumerable<string> ExceptionTypes =>
        Event["exception"]?["values"]?.AsArray().Select(e => e?["type"]?.GetValue<string>() ?? string.Empty) ?? [];
}
