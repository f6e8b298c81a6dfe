using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using ResumeRefiner.Api.Errors;
using ResumeRefiner.Api.Resumes;
using ResumeRefiner.Api.Tests.Infrastructure;

namespace ResumeRefiner.Api.Tests.Resumes;

/// <summary>Uploads meeting a full disk, on a real size-limited file system.</summary>
public sealed class DiskFullTests
{
    [Fact]
    public async Task An_upload_onto_a_full_disk_answers_507_leaves_no_file_or_row_and_works_again_once_there_is_room()
    {
        using var factory = ApiFactory.Sqlite();
        using var disk = SmallDisk.Mount(factory.UploadDir, "1m");
        var full = disk.Fill("filler.bin");
        Assert.True(DiskFull.Is(full), $"Not recognised as a full disk: {full.GetType().Name} {full.HResult} {full.Message}");
        using var client = factory.CreateClient();

        using var response = await client.UploadAsync(Documents.Text(), "cv.txt");

        Assert.Equal(HttpStatusCode.InsufficientStorage, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.EndsWith("insufficient-storage", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.Contains("nothing was saved", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        // Nothing half-written: no partial or temporary file next to the filler, no resume row.
        Assert.Equal([Path.Combine(factory.UploadDir, "filler.bin")], factory.StoredFiles());
        Assert.Equal(0, await factory.WithDbAsync(db => db.Resumes.CountAsync()));

        File.Delete(Path.Combine(factory.UploadDir, "filler.bin"));
        using var again = await client.UploadAsync(Documents.Text(), "cv.txt");
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Single(factory.StoredFiles());
    }

    [Fact]
    public async Task A_disk_that_fills_while_an_upload_streams_in_leaves_no_partial_file()
    {
        var folder = Directory.CreateTempSubdirectory("rr-incoming-").FullName;
        try
        {
            using (SmallDisk.Mount(folder, "64k"))
            {
                var context = new DefaultHttpContext();
                const string boundary = "full-disk";
                var body = new MemoryStream();
                body.Write(Encoding.UTF8.GetBytes($"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cv.txt\"\r\nContent-Type: text/plain\r\n\r\n"));
                body.Write(Encoding.UTF8.GetBytes(new string('x', 256 * 1024)));
                body.Write(Encoding.UTF8.GetBytes($"\r\n--{boundary}--\r\n"));
                body.Position = 0;
                context.Request.Body = body;
                context.Request.ContentType = $"multipart/form-data; boundary={boundary}";

                var error = await Assert.ThrowsAnyAsync<IOException>(() => UploadReceiver.ReceiveAsync(context.Request, 1024 * 1024, CancellationToken.None, folder));

                Assert.True(DiskFull.Is(error), $"Not recognised as a full disk: {error.GetType().Name} {error.HResult} {error.Message}");
                Assert.Empty(Directory.GetFiles(folder, "*", SearchOption.AllDirectories));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
