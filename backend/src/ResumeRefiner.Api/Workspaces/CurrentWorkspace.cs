namespace ResumeRefiner.Api.Workspaces;

/// <summary>
/// The caller's workspace, looked up once per request from its bearer token or cookie. Every feature asks this
/// instead of reading the request itself, so ownership is decided in one place.
/// </summary>
public sealed class CurrentWorkspace(IHttpContextAccessor http, WorkspaceAccessor workspaces)
{
    private Task<Workspace?>? _found;

    /// <summary>The caller's workspace, or null when the request carries no valid token.</summary>
    public Task<Workspace?> FindAsync(CancellationToken cancellationToken) =>
        _found ??= workspaces.FindAsync(Context, cancellationToken);

    /// <summary>The caller's workspace, creating a new one (and its cookie) when there is none.</summary>
    public async Task<Workspace> GetOrCreateAsync(CancellationToken cancellationToken)
    {
        if (await FindAsync(cancellationToken) is { } existing)
        {
            return existing;
        }

        var (workspace, token) = await workspaces.CreateAsync(cancellationToken);
        workspaces.SetCookie(Context, token);
        _found = Task.FromResult<Workspace?>(workspace);
        return workspace;
    }

    private HttpContext Context => http.HttpContext ?? throw new InvalidOperationException("The current workspace is only known while handling a request.");
}
