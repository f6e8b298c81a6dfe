using Microsoft.Extensions.Options;
using ResumeRefiner.Api.Configuration;
using ResumeRefiner.Api.Errors;

namespace ResumeRefiner.Api.Security;

/// <summary>
/// Blocks cross-site request forgery on cookie-authenticated writes by checking the browser's own
/// provenance headers (OWASP "verify origin with standard headers"): a write whose Origin is neither this
/// site nor an allowed origin, or that the browser marks <c>Sec-Fetch-Site: cross-site</c>, is refused.
/// Bearer-token clients are not exposed to CSRF (the token is never sent automatically) and pass.
/// </summary>
internal sealed class CrossSiteRequestGuard(RequestDelegate next, IOptions<HttpOptions> http)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (IsUnsafe(context.Request.Method)
            && context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            && !context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            && IsCrossSite(context.Request))
        {
            await Problems.Create(StatusCodes.Status403Forbidden, "cross-site-request", "Cross-site request refused",
                    "This request came from another site and was refused to protect your workspace. Use Resume Refiner from its own address.")
                .ExecuteAsync(context);
            return;
        }

        await next(context);
    }

    private bool IsCrossSite(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0)
        {
            // "null" origins (sandboxed frames, some redirects) are never trusted.
            return !IsSameOrigin(origin, request) && !http.Value.AllowedOrigins.Contains(origin, StringComparer.OrdinalIgnoreCase);
        }

        return request.Headers["Sec-Fetch-Site"].ToString().Equals("cross-site", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsSameOrigin(string origin, HttpRequest request) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && uri.Scheme.Equals(request.Scheme, StringComparison.OrdinalIgnoreCase)
        && uri.Authority.Equals(request.Host.Value, StringComparison.OrdinalIgnoreCase);

    private static bool IsUnsafe(string method) =>
        !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method));
}
