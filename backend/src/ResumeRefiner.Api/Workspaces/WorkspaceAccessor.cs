using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ResumeRefiner.Api.Configuration;
using ResumeRefiner.Api.Persistence;

namespace ResumeRefiner.Api.Workspaces;

/// <summary>
/// Finds a request's workspace from <c>Authorization: Bearer &lt;token&gt;</c> (API clients) or the
/// HttpOnly workspace cookie (the browser), and creates workspaces. Features ask <see cref="CurrentWorkspace"/>.
/// </summary>
public sealed class WorkspaceAccessor(AppDb db, WorkspaceTokens tokens, IOptions<HostingOptions> hosting, TimeProvider clock)
{
    /// <summary>
    /// The cookie's name wherever it is Secure (production, or any https request). Browsers accept a <c>__Host-</c>
    /// cookie only from https, with Path=/ and no Domain, so no sibling subdomain or plain-http page can plant a
    /// workspace in a visitor's browser.
    /// </summary>
    public const string CookieName = "__Host-rr_workspace";

    /// <summary>The name over plain http in development, where browsers refuse <c>__Host-</c> cookies (they must be Secure).</summary>
    public const string InsecureCookieName = "rr_workspace";

    /// <summary>The caller's workspace, or null when the request carries no valid token.</summary>
    public async Task<Workspace?> FindAsync(HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var token = ReadToken(context.Request, hosting.Value.IsProduction);
        if (!WorkspaceTokens.IsWellFormed(token))
        {
            return null;
        }

        var hash = tokens.Hash(token!);
        return await db.Workspaces.AsNoTracking().SingleOrDefaultAsync(w => w.TokenHash == hash, cancellationToken);
    }

    /// <summary>Creates a workspace and returns its token, which is shown to the caller once and never stored.</summary>
    public async Task<(Workspace Workspace, string Token)> CreateAsync(CancellationToken cancellationToken)
    {
        var token = WorkspaceTokens.NewToken();
        var workspace = new Workspace { Id = Guid.NewGuid(), TokenHash = tokens.Hash(token), CreatedAt = clock.GetUtcNow().UtcDateTime };
        db.Workspaces.Add(workspace);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(workspace).State = EntityState.Detached;
        return (workspace, token);
    }

    public void SetCookie(HttpContext context, string token)
    {
        ArgumentNullException.ThrowIfNull(context);
        var secure = IsSecure(context.Request, hosting.Value.IsProduction);
        context.Response.Cookies.Append(secure ? CookieName : InsecureCookieName, token, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = secure,
            Path = "/",
            MaxAge = TimeSpan.FromDays(365),
            IsEssential = true,
        });
    }

    public void DeleteCookie(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var secure = IsSecure(context.Request, hosting.Value.IsProduction);
        context.Response.Cookies.Delete(secure ? CookieName : InsecureCookieName, new CookieOptions { Path = "/", Secure = secure });
    }

    /// <summary>Whether the request sends <c>Authorization: Bearer</c>, which then wins over any cookie.</summary>
    public static bool SendsBearer(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The bearer token, else the cookie of the name this request's scheme uses; the unprefixed name is not read where
    /// the cookie is Secure, as anyone able to set a cookie for the host could have planted it.
    /// </summary>
    public static string? ReadToken(HttpRequest request, bool production)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (SendsBearer(request))
        {
            return request.Headers.Authorization.ToString()["Bearer ".Length..].Trim();
        }

        return request.Cookies.TryGetValue(IsSecure(request, production) ? CookieName : InsecureCookieName, out var cookie) ? cookie : null;
    }

    private static bool IsSecure(HttpRequest request, bool production) => production || request.IsHttps;
}
