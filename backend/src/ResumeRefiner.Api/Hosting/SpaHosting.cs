using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;
using ResumeRefiner.Api.Errors;

namespace ResumeRefiner.Api.Hosting;

/// <summary>Serves the built single-page app from SPA_DIR, with client-side routes falling back to index.html.</summary>
internal static class SpaHosting
{
    /// <summary>The precompressed siblings the frontend build writes (frontend/vite.config.ts), best first.</summary>
    private static readonly (string Encoding, string Suffix)[] Precompressed = [("br", ".br"), ("gzip", ".gz")];

    /// <summary>A worker-role process has no API: say so instead of a bare 404.</summary>
    public static WebApplication MapWorkerOnlyNotice(this WebApplication app)
    {
        app.Map("/{**path}", () => Problems.Create(StatusCodes.Status404NotFound, "not-found", "Not found",
                "This process runs AI jobs only (ROLE=worker) and serves /health, /health/ready and /metrics. The API is on the api replicas."))
            .ExcludeFromDescription();
        return app;
    }

    public static WebApplication UseSpa(this WebApplication app, string spaDir)
    {
        // Unknown API paths are API 404s, never the SPA's HTML.
        app.Map("/api/{**path}", () => Problems.Create(StatusCodes.Status404NotFound, "not-found", "Not found", "This API path does not exist. See /docs for the API."))
            .ExcludeFromDescription();

        var root = Path.GetFullPath(spaDir);
        if (!File.Exists(Path.Combine(root, "index.html")))
        {
            return app;
        }

        var files = new PhysicalFileProvider(root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.Use((context, next) =>
        {
            ChoosePrecompressed(context, files);
            return next(context);
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            ContentTypeProvider = new PrecompressedContentTypes(),
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.Headers;
                // Vite fingerprints assets, so they never change; index.html must always be revalidated.
                headers.CacheControl = context.File.Name.Equals("index.html", StringComparison.Ordinal)
                    ? "no-cache"
                    : context.Context.Request.Path.StartsWithSegments("/assets", StringComparison.Ordinal) ? "public, max-age=31536000, immutable" : "public, max-age=3600";
                if (Precompressed.FirstOrDefault(p => context.File.Name.EndsWith(p.Suffix, StringComparison.Ordinal)) is { Encoding: { } encoding })
                {
                    headers.ContentEncoding = encoding;
                }

                if (context.Context.Request.Path.StartsWithSegments("/assets", StringComparison.Ordinal))
                {
                    // A cache must not hand the brotli copy to a browser that asked without brotli.
                    headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
                }
            },
        });
        app.MapFallbackToFile("index.html", new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "no-cache",
        });
        return app;
    }

    /// <summary>
    /// Points a request for a built asset at its precompressed copy when the browser accepts that encoding: the
    /// copy was compressed once at build time at the highest level, so no request pays for compressing it.
    /// </summary>
    private static void ChoosePrecompressed(HttpContext context, PhysicalFileProvider files)
    {
        var path = context.Request.Path;
        if (!(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            || !path.StartsWithSegments("/assets", StringComparison.Ordinal))
        {
            return;
        }

        var accepted = context.Request.GetTypedHeaders().AcceptEncoding;
        foreach (var (encoding, suffix) in Precompressed)
        {
            if (accepted.Any(a => a.Value.Equals(encoding, StringComparison.OrdinalIgnoreCase) && a.Quality is not 0.0)
                && files.GetFileInfo(path.Value + suffix).Exists)
            {
                context.Request.Path = new PathString(path.Value + suffix);
                return;
            }
        }
    }

    /// <summary>The media type of a precompressed copy is that of the file it compresses (app.js.br is JavaScript).</summary>
    private sealed class PrecompressedContentTypes : IContentTypeProvider
    {
        private readonly FileExtensionContentTypeProvider _types = new();

        public bool TryGetContentType(string subpath, out string contentType)
        {
            var original = Precompressed.FirstOrDefault(p => subpath.EndsWith(p.Suffix, StringComparison.Ordinal)) is { Suffix: { } suffix }
                ? subpath[..^suffix.Length]
                : subpath;
            return _types.TryGetContentType(original, out contentType!);
        }
    }
}
