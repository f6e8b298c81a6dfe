using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using ResumeRefiner.Api.Errors;
using ResumeRefiner.Core.Parsing;

namespace ResumeRefiner.Api.Resumes;

/// <summary>
/// An upload's answer as a progress stream, for a client that asks for <c>application/x-ndjson</c>: nothing changes
/// until OCR starts; then the answer becomes a 200 stream of JSON lines, <c>{"progress":{"pagesRead":1,"pages":2}}</c>
/// after each page, and one last line with the status and body the answer would have had (<see cref="UploadStreamLine"/>).
/// Everything lives in this request: any replica can answer any upload.
/// </summary>
internal sealed class UploadProgressStream : IProgress<OcrProgress>
{
    public const string MediaType = "application/x-ndjson";

    // Only the newest report matters: a page read while the previous line is still being written replaces it.
    private readonly Channel<OcrProgress> reports = Channel.CreateBounded<OcrProgress>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    private readonly HttpResponse response;
    private readonly JsonSerializerOptions json;
    private readonly ProblemDetailsOptions problems;

    private UploadProgressStream(HttpResponse response, JsonSerializerOptions json, ProblemDetailsOptions problems) =>
        (this.response, this.json, this.problems) = (response, json, problems);

    /// <summary>Whether the stream began, so the answer must end in it rather than as an ordinary response.</summary>
    public bool Started => response.HasStarted;

    /// <summary>A stream for this request when its <c>Accept</c> names <see cref="MediaType"/>; otherwise null (the answer as ever).</summary>
    public static UploadProgressStream? For(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var accepted = context.Request.GetTypedHeaders().Accept;
        if (!accepted.Any(a => a.MediaType.Equals(MediaType, StringComparison.OrdinalIgnoreCase) && a.Quality is not 0))
        {
            return null;
        }

        var services = context.RequestServices;
        return new UploadProgressStream(context.Response,
            services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions,
            services.GetRequiredService<IOptions<ProblemDetailsOptions>>().Value);
    }

    /// <summary>Called by OCR, from its worker threads.</summary>
    public void Report(OcrProgress value) => reports.Writer.TryWrite(value);

    /// <summary>
    /// Runs <paramref name="work"/> (parsing, which blocks) on a worker thread and writes a line for each report while
    /// it runs. The first report starts the stream, after <paramref name="beforeStart"/> (the last chance to set a
    /// header, such as a new workspace's cookie). Returns once the work has ended, even when writing failed.
    /// </summary>
    public async Task<T> RelayWhileAsync<T>(Func<T> work, Func<Task> beforeStart, CancellationToken cancellationToken)
    {
        var running = Task.Run(() =>
        {
            try
            {
                return work();
            }
            finally
            {
                reports.Writer.TryComplete();
            }
        }, CancellationToken.None);
        try
        {
            await foreach (var report in reports.Reader.ReadAllAsync(cancellationToken))
            {
                if (!response.HasStarted)
                {
                    await beforeStart();
                    response.StatusCode = StatusCodes.Status200OK;
                    response.ContentType = MediaType;
                    response.Headers.CacheControl = "no-store";
                    // Tell nginx not to buffer the stream.
                    response.Headers["X-Accel-Buffering"] = "no";
                }

                await WriteLineAsync(new UploadStreamLine(Progress: report), cancellationToken);
            }
        }
        finally
        {
            // The client left or a write failed: the work stops at its cancellation token (the request's) or runs
            // out its time limit, and only then is its input let go.
            await ((Task)running).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        return await running;
    }

    /// <summary>The last line: the status and body (resume or problem details) the answer would have had.</summary>
    public Task FinishAsync(IResult answer, CancellationToken cancellationToken) => answer switch
    {
        Created<ResumeDetail> created => WriteLineAsync(new UploadStreamLine(Status: created.StatusCode, Resume: created.Value), cancellationToken),
        Ok<ResumeDetail> ok => WriteLineAsync(new UploadStreamLine(Status: ok.StatusCode, Resume: ok.Value), cancellationToken),
        ProblemHttpResult problem => FailAsync(problem.ProblemDetails, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer.GetType().Name, "An upload answers with a resume or a problem."),
    };

    /// <summary>The last line for a failure after the stream began: the problem the exception handler would have answered.</summary>
    public Task FailAsync(Exception exception, CancellationToken cancellationToken) =>
        FailAsync(OutageHandler.Describe(exception) ?? new ProblemDetails
        {
            Status = StatusCodes.Status500InternalServerError,
            Type = "https://tools.ietf.org/html/rfc9110#section-15.6.1",
            Title = "An error occurred while processing your request.",
        }, cancellationToken);

    /// <summary>The last line for a problem, with the same extensions (<c>traceId</c>) as a problem response.</summary>
    private Task FailAsync(ProblemDetails problem, CancellationToken cancellationToken)
    {
        problems.CustomizeProblemDetails?.Invoke(new ProblemDetailsContext { HttpContext = response.HttpContext, ProblemDetails = problem });
        return WriteLineAsync(new UploadStreamLine(Status: problem.Status, Problem: problem), cancellationToken);
    }

    private async Task WriteLineAsync(UploadStreamLine line, CancellationToken cancellationToken)
    {
        await response.WriteAsync(JsonSerializer.Serialize(line, json) + "\n", cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }
}
