using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace ResumeRefiner.Api.Resumes;

/// <summary>A file received from a multipart upload into a private temporary file, deleted on dispose.</summary>
public sealed class ReceivedFile : IAsyncDisposable
{
    public ReceivedFile(string path, string fileName, long length, string sha256)
    {
        TemporaryPath = path;
        FileName = fileName;
        Length = length;
        Sha256 = sha256;
    }

    public string TemporaryPath { get; }

    public string FileName { get; }

    public long Length { get; }

    public string Sha256 { get; }

    public FileStream OpenRead() => new(TemporaryPath, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

    public ValueTask DisposeAsync()
    {
        File.Delete(TemporaryPath);
        return ValueTask.CompletedTask;
    }
}

public enum ReceiveFailure
{
    NotMultipart,
    MissingFile,
    EmptyFile,
    TooLarge,
}

/// <summary>
/// Streams the <c>file</c> field of a multipart request to a temporary file, counting bytes as they arrive,
/// so an oversized upload is refused at the limit rather than after buffering it all.
/// </summary>
public static class UploadReceiver
{
    public const string FieldName = "file";
    private const long MultipartOverhead = 64 * 1024;

    /// <param name="incomingFolder">Where the temporary file goes; the system's temporary folder by default.</param>
    /// <exception cref="IOException">Also when the disk is full; the partial temporary file is removed first.</exception>
    public static async Task<(ReceivedFile? File, ReceiveFailure? Failure)> ReceiveAsync(
        HttpRequest request, long maxFileSize, CancellationToken cancellationToken, string? incomingFolder = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        // Kestrel stops reading past this, whatever Content-Length claims (or chunked encoding hides).
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxFileSize + MultipartOverhead;
        }

        if (request.ContentLength > maxFileSize + MultipartOverhead)
        {
            return (null, ReceiveFailure.TooLarge);
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(contentType.Boundary).Value is not { Length: > 0 } boundary)
        {
            return (null, ReceiveFailure.NotMultipart);
        }

        var reader = new MultipartReader(boundary, request.Body);
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase)
                || !string.Equals(HeaderUtilities.RemoveQuotes(disposition.Name).Value, FieldName, StringComparison.Ordinal))
            {
                continue;
            }

            var fileName = SafeDisplayName(HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value);
            return await CopyToTemporaryAsync(section.Body, fileName, maxFileSize, incomingFolder ?? Path.Combine(Path.GetTempPath(), "resume-refiner-incoming"), cancellationToken);
        }

        return (null, ReceiveFailure.MissingFile);
    }

    private static async Task<(ReceivedFile?, ReceiveFailure?)> CopyToTemporaryAsync(Stream body, string fileName, long maxFileSize, string folder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, Guid.NewGuid().ToString("N"));
        var complete = false;
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long total = 0;
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    total += read;
                    if (total > maxFileSize)
                    {
                        return (null, ReceiveFailure.TooLarge);
                    }

                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }

            if (total == 0)
            {
                return (null, ReceiveFailure.EmptyFile);
            }

            complete = true;
            return (new ReceivedFile(path, fileName, total, Convert.ToHexStringLower(hash.GetHashAndReset())), null);
        }
        finally
        {
            if (!complete)
            {
                File.Delete(path);
            }
        }
    }

    /// <summary>Keeps the user's file name for display only: no folders, no control characters, bounded length.</summary>
    public static string SafeDisplayName(string? raw)
    {
        var name = Path.GetFileName((raw ?? string.Empty).Replace('\\', '/'));
        name = new string([.. name.Where(c => !char.IsControl(c) && !IsBidiControl(c))]).Trim();
        if (name.Length == 0)
        {
            name = "resume";
        }

        return name.Length <= 200 ? name : name[..200];
    }

    // Direction overrides and isolates make "cv\u202Efdp.exe" display as "cvexe.pdf"; a file name needs none of them.
    private static bool IsBidiControl(char c) => c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
