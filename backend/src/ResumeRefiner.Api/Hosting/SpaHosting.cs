using Microsoft.Extensions.FileProviders;
using ResumeRefiner.Api.Errors;

namespace ResumeRefiner.Api.Hosting;

/// <summary>Serves the built single-page app from SPA_DIR, with client-side routes falling back to index.html.</summary>
internal static class SpaHosting
{
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
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = context =>
            {
                // Vite fingerprints assets, so they never change; index.html must always be revalidated.
                context.Context.Response.Headers.CacheControl = context.File.Name.Equals("index.html", StringComparison.Ordinal)
                    ? "no-cache"
                    : context.Context.Request.Path.StartsWithSegments("/assets", StringComparison.Ordinal) ? "public, max-age=31536000, immutable" : "public, max-age=3600";
            },
        });
        app.MapFallbackToFile("index.html", new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "no-cache",
        });
        return app;
    }
}
