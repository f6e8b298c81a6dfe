using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using ResumeRefiner.Api.Errors;

namespace ResumeRefiner.Api.Hosting;

/// <summary>
/// The JSON bodies the API reads (an edited resume, a text to check, a job description…), bounded before anything
/// binds them: larger than <see cref="MaxBytes"/> is a 413 whether the length was announced or the body arrived
/// chunked, and a body that is not JSON is a 415. Uploads (multipart) have their own limit, MAX_FILE_SIZE.
/// </summary>
internal static class JsonBodies
{
    /// <summary>
    /// A resume with all the text <see cref="Core.Model.ResumeLimits"/> allows (300,000 characters) is about 320 KB of
    /// JSON in a Latin script and about 920 KB in one of three bytes a character, so the resume's limits, not this
    /// one, decide what an edit may hold.
    /// </summary>
    public const long MaxBytes = 1024 * 1024;

    /// <summary>
    /// Marks an endpoint whose body is JSON: the body is limited and typed here, and documented with its 413 and 415.
    /// </summary>
    /// <param name="what">The body as the person sending it knows it, for the 413's detail ("The resume JSON").</param>
    public static RouteHandlerBuilder AcceptsJsonBody(this RouteHandlerBuilder endpoint, string what)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return endpoint
            .WithMetadata(new JsonBodyMetadata(what))
            // Routing matches the framework's "application/json only" metadata against Content-Type; a mismatch then
            // falls through to the catch-all /api 404. Accepting any type in routing lets the check below answer 415.
            .WithMetadata(new AcceptsAnyContentType())
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
    }

    public static IApplicationBuilder UseJsonBodyLimits(this IApplicationBuilder app) => app.UseMiddleware<JsonBodyGuard>();

    /// <summary>The endpoint reads a JSON body described as <paramref name="What"/>.</summary>
    internal sealed record JsonBodyMetadata(string What);

    private sealed class AcceptsAnyContentType : IAcceptsMetadata
    {
        public IReadOnlyList<string> ContentTypes => [];

        public Type? RequestType => null;

        public bool IsOptional => true;
    }

    /// <summary>
    /// Reads the body of a JSON endpoint into memory, counting (at most <see cref="MaxBytes"/>, so the copy is cheap),
    /// before the endpoint binds it; the server's own limit is lowered to match, so it stops reading too.
    /// </summary>
    [SuppressMessage("Performance", "CA1812", Justification = "Created by UseMiddleware.")]
    private sealed class JsonBodyGuard(RequestDelegate next)
    {
        public async Task InvokeAsync(HttpContext context)
        {
            var request = context.Request;
            if (context.GetEndpoint()?.Metadata.GetMetadata<JsonBodyMetadata>() is not { } body
                || context.Features.Get<IHttpRequestBodyDetectionFeature>() is { CanHaveBody: false }
                || request.ContentLength == 0)
            {
                await next(context);
                return;
            }

            if (request.ContentLength > MaxBytes)
            {
                await TooLarge(context, body);
                return;
            }

            if (!request.HasJsonContentType())
            {
                await Problems.UnsupportedBody(body.What).ExecuteAsync(context);
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = MaxBytes;
            }

            var buffered = new MemoryStream();
            context.Response.RegisterForDispose(buffered);
            try
            {
                var chunk = new byte[16 * 1024];
                int read;
                while ((read = await request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
                {
                    if (buffered.Length + read > MaxBytes)
                    {
                        await TooLarge(context, body);
                        return;
                    }

                    buffered.Write(chunk, 0, read);
                }
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                await TooLarge(context, body);
                return;
            }

            buffered.Position = 0;
            request.Body = buffered;
            await next(context);
        }

        private static Task TooLarge(HttpContext context, JsonBodyMetadata body) =>
            Problems.BodyTooLarge(body.What, MaxBytes).ExecuteAsync(context);
    }
}
