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
    public const string CookieName = "rr_workspace";

    /// <summary>The caller's workspace, or null when the request carries no valid token.</summary>
    public async Task<Workspace?> FindAsync(HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var token = ReadToken(context.Request);
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
        context.Response.Cookies.Append(CookieName, token, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = hosting.Value.IsProduction || context.Request.IsHttps,
            Path = "/",
            MaxAge = TimeSpan.FromDays(365),
            IsEssential = true,
        });
    }

    private static string? ReadToken(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return authorization["Bearer ".Length..].Trim();
        }

        return request.Cookies.TryGetValue(CookieName, out var cookie) ? cookie : null;
    }
}
