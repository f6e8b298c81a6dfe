using System.Net;
using System.Text;
using ResumeRefiner.Api.Tests.Infrastructure;

namespace ResumeRefiner.Api.Tests.Security;

/// <summary>A deploy stops the process while an upload is still arriving: the upload completes and is stored.</summary>
public sealed class GracefulShutdownTests
{
    [Fact]
    public async Task Stopping_the_server_finishes_an_upload_in_flight()
    {
        await using var factory = ApiFactory.Sqlite();
        using var client = new HttpClient { BaseAddress = factory.StartOnSocket() };

        var body = new PausedMultipart(Documents.Text(), "cv.txt");
        var upload = client.PostAsync(new Uri("/api/v1/resumes", UriKind.Relative), body);
        await body.HalfSent;

        // Ask the host to stop while the request body is half sent, then let the rest arrive.
        var stopping = factory.RunningHost!.StopAsync();
        await Task.Delay(200);
        body.SendRest();

        using var response = await upload;
        await stopping;
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Single(factory.StoredFiles());
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
