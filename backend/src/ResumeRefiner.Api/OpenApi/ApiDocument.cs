using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using ResumeRefiner.Api.Workspaces;

namespace ResumeRefiner.Api.OpenApi;

/// <summary>
/// The OpenAPI document (/openapi/v1.json), complete enough for client generators. Each endpoint declares its
/// own name, problem responses and <see cref="WorkspaceAccess"/> where it is mapped; this adds what is true of the
/// whole API: the workspace credentials as security schemes, the problems the request pipeline answers before any
/// handler runs, tag descriptions, and the server URL without a trailing slash.
/// docs/api.md describes the result and how to generate a client from it.
/// </summary>
internal static class ApiDocument
{
    public const string TokenScheme = "workspaceToken";
    public const string CookieScheme = "workspaceCookie";

    private static readonly Dictionary<string, string> TagDescriptions = new(StringComparer.Ordinal)
    {
        ["Health"] = "Liveness of the process, for probes and load balancers.",
        ["Configuration"] = "Limits, features and data-handling facts a client shows before the first upload.",
        ["Workspace"] = "The anonymous workspace that owns resumes. Its token (or cookie) is the credential of every call that reads or changes them.",
        ["Resumes"] = "Upload, read, edit, download and delete resumes. Every change is kept as a new version.",
        ["Resume versions"] = "The history of a resume: list its versions, read one, restore one.",
        ["Analyses"] = "Offline analysis of a resume's current version, optionally against a job description.",
        ["Standardisation"] = "Offline fixes that standardise a resume, previewed and then applied as a new version.",
        ["Export"] = "The current version as PDF, DOCX, JSON Resume, Markdown or plain text.",
        ["Proofreading"] = "Offline spelling, grammar and resume-style checks of any text.",
        ["Personal dictionary"] = "Words a workspace accepts in every later check and analysis.",
        ["Feedback"] = "Whether a finding, fix or suggestion helped: rule ids and verdicts only, counted in /metrics.",
        ["AI suggestions"] = "AI jobs on a resume: queue one, follow its progress, accept or reject its suggestions; and the workspace's AI usage.",
        ["Cover letters"] = "Cover letters for a job posting: the offline draft at once, an AI draft as a later version, edits as versions, and PDF/DOCX export in a resume template.",
    };

    public static IServiceCollection AddApiDocument(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer(DescribeDocumentAsync);
            options.AddOperationTransformer(DeclareWorkspaceCredentialsAsync);
            options.AddOperationTransformer(AddPipelineProblemsAsync);
        });

    private static Task DescribeDocumentAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        // The server is the address the request came to (https behind a trusted proxy: staging's smoke checks it). The
        // framework ends it with a slash, and a client that joins it with a path ("/api/...") would send a double slash.
        foreach (var server in document.Servers ?? [])
        {
            server.Url = server.Url?.TrimEnd('/');
        }

        // Generators name the client after the title; the framework's default is the assembly name.
        document.Info.Title = "Resume Refiner API";
        document.Info.Description = "Upload a resume (PDF, DOCX, text, a JSON Resume file or a LinkedIn data export), read and edit it as JSON Resume, analyse it offline, "
            + "apply fixes and AI suggestions, and export it. Problems are RFC 9457 problem details.";

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
        document.Components.SecuritySchemes[TokenScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "The workspace token that `POST /api/v1/workspace` returns once (43 URL-safe base64 characters), sent as "
                + "`Authorization: Bearer <token>`. When both are sent, the token wins over the cookie.",
        };
        document.Components.SecuritySchemes[CookieScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = WorkspaceAccessor.CookieName,
            Description = "The HttpOnly cookie a browser receives when its workspace is created (by `POST /api/v1/workspace` or its first upload). "
                + $"Over plain http in development it is named `{WorkspaceAccessor.InsecureCookieName}`, as browsers keep `__Host-` cookies only from https. "
                + "A write sent with the cookie from another site is refused with 403.",
        };

        foreach (var tag in document.Tags ?? Enumerable.Empty<OpenApiTag>())
        {
            if (tag.Name is { } name && TagDescriptions.TryGetValue(name, out var description))
            {
                tag.Description = description;
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Either credential identifies the workspace; an operation that also works without one says so with an empty
    /// requirement. A route that declares no <see cref="WorkspaceAccess"/> gets no security at all, which redocly's
    /// security-defined rule (and so the OpenAPI test) refuses: every route has to say.
    /// </summary>
    private static Task DeclareWorkspaceCredentialsAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var declared = context.Description.ActionDescriptor.EndpointMetadata.OfType<WorkspaceAccess>().Select(access => (WorkspaceAccess?)access).LastOrDefault();
        operation.Security = declared switch
        {
            WorkspaceAccess.Required => [Credential(TokenScheme, context.Document), Credential(CookieScheme, context.Document)],
            WorkspaceAccess.Optional => [Credential(TokenScheme, context.Document), Credential(CookieScheme, context.Document), new OpenApiSecurityRequirement()],
            WorkspaceAccess.None => [],
            _ => null,
        };
        return Task.CompletedTask;
    }

    private static OpenApiSecurityRequirement Credential(string scheme, OpenApiDocument? document) =>
        new() { [new OpenApiSecuritySchemeReference(scheme, document)] = [] };

    /// <summary>
    /// Answers of the middleware in front of every /api handler (Hosting/HostingExtensions.UseHostingPipeline): the
    /// per-client rate limit (Security/ClientRateLimits) and, on writes, the cross-site guard (Security/CrossSiteRequestGuard).
    /// An endpoint that lists the same status for a reason of its own keeps its entry.
    /// </summary>
    private static Task AddPipelineProblemsAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var route = "/" + (context.Description.RelativePath ?? string.Empty).TrimStart('/');
        if (!route.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
        {
            return Task.CompletedTask;
        }

        // The component the endpoints' own ProducesProblem entries point to.
        var problem = new OpenApiSchemaReference(nameof(ProblemDetails), context.Document);
        operation.Responses ??= [];
        operation.Responses.TryAdd(StatusCodes.Status429TooManyRequests.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ProblemResponse("Too many requests from this address or workspace in the last minute; `Retry-After` says how many seconds to wait.", problem));
        if (context.Description.HttpMethod is { } method && !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
        {
            operation.Responses.TryAdd(StatusCodes.Status403Forbidden.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ProblemResponse("A write with the workspace cookie that came from another site (cross-site request forgery guard).", problem));
        }

        return Task.CompletedTask;
    }

    private static OpenApiResponse ProblemResponse(string description, IOpenApiSchema problem) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
        {
            ["application/problem+json"] = new() { Schema = problem },
        },
    };
}
