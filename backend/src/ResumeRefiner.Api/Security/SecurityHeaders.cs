using Microsoft.Net.Http.Headers;

namespace ResumeRefiner.Api.Security;

/// <summary>Browser hardening and caching headers on every response.</summary>
internal static class SecurityHeaders
{
    // No inline script anywhere in the SPA (Vite emits module files); React sets styles through the CSSOM, which CSP allows.
    private const string AppPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; frame-src 'self' blob:";

    // The same policy for an answer the app's own pages may show in a frame (the PDF preview); no other site may.
    private const string SameOriginFramedPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'; frame-src 'self' blob:";

    // The API reference page (Scalar) ships an inline bootstrap script and styles; it holds no user data.
    private const string DocsPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    /// <summary>Everything under /api except the public client configuration.</summary>
    private static bool IsPrivateApi(PathString path) =>
        path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && !path.StartsWithSegments("/api/v1/config", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Lets the app's own pages frame this answer (an inline export, shown in the preview); every other answer may
    /// not be framed at all. Sites other than this origin still cannot frame it.
    /// </summary>
    public static void AllowFramingBySameOrigin(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.ContentSecurityPolicy = SameOriginFramedPolicy;
        response.Headers.XFrameOptions = "SAMEORIGIN";
    }

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/docs", StringComparison.OrdinalIgnoreCase) ? DocsPolicy : AppPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        var privateAnswer = IsPrivateApi(context.Request.Path);
        context.Response.OnStarting(() =>
        {
            // Set last, over any handler's choice: API answers carry the workspace token and resumes, which no
            // browser or proxy cache may keep.
            if (privateAnswer)
            {
                headers.CacheControl = "no-store";
            }

            // CORS answers an allowed Origin with Access-Control-Allow-Origin and others without, on every path; the
            // framework adds Vary only for some policies and only when an Origin was sent.
            if (!headers.Vary.Any(vary => vary is not null && vary.Contains("Origin", StringComparison.OrdinalIgnoreCase)))
            {
                headers.Append(HeaderNames.Vary, "Origin");
            }

            return Task.CompletedTask;
        });
        await next(context);
    });
}
