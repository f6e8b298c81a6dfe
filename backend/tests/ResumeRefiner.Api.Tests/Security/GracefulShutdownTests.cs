using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ResumeRefiner.Api.Tests.Infrastructure;

namespace ResumeRefiner.Api.Tests.Security;

/// <summary>A deploy stops the process while an upload is still arriving: the upload completes and is stored.</summary>
public sealed class GracefulShutdownTests
{
    [Fact]
    public async Task Stopping_the_server_finishes_an_upload_in_flight()
    {
        var uploadStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var factory = ApiFactory.Sqlite(services: s => s.AddSingleton<IStartupFilter>(new SignalUploads(uploadStarted)));
        using var client = new HttpClient { BaseAddress = factory.StartOnSocket() };

        var body = new PausedMultipart(Documents.Text(), "cv.txt");
        var upload = client.PostAsync(new Uri("/api/v1/resumes", UriKind.Relative), body);
        // Stop only once the server is working on the request: a connection whose request has not begun is idle,
        // and a stopping server may close it.
        await Task.WhenAll(body.HalfSent, uploadStarted.Task);

        // Ask the host to stop while the request body is half sent, then let the rest arrive.
        var stopping = factory.RunningHost!.StopAsync();
        await Task.Delay(200);
        body.SendRest();

        using var response = await upload;
        await stopping;
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Single(factory.StoredFiles());
    }

    /// <summary>Signals when the server starts on an upload request.</summary>
    private sealed class SignalUploads(TaskCompletionSource started) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                if (HttpMethods.IsPost(context.Request.Method) && context.Request.Path == "/api/v1/resumes")
                {
                    started.TrySetResult();
                }

                await nextMiddleware(context);
            });
            next(app);
        };
    }

    /// <summary>A multipart upload that stops half-way until told to send the rest.</summary>
    private sealed class PausedMultipart : HttpContent
    {
        private const string Boundary = "shutdown-boundary";
        private readonly byte[] _bytes;
        private readonly TaskCompletionSource _halfSent = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _rest = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public PausedMultipart(byte[] content, string fileName)
        {
            _bytes = [.. Encoding.UTF8.GetBytes($"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{fileName}\"\r\nContent-Type: text/plain\r\n\r\n"),
                .. content, .. Encoding.UTF8.GetBytes($"\r\n--{Boundary}--\r\n")];
            Headers.TryAddWithoutValidation("Content-Type", $"multipart/form-data; boundary={Boundary}");
        }

        public Task HalfSent => _halfSent.Task;

        public void SendRest() => _rest.SetResult();

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var half = _bytes.Length / 2;
            await stream.WriteAsync(_bytes.AsMemory(0, half));
            await stream.FlushAsync();
            _halfSent.SetResult();
            await _rest.Task;
            await stream.WriteAsync(_bytes.AsMemory(half));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _bytes.Length;
            return true;
        }
    }
}
