using Microsoft.AspNetCore.DataProtection;
using ResumeRefiner.Api.Persistence;

namespace ResumeRefiner.Api.Security;

/// <summary>
/// ASP.NET Data Protection (antiforgery tokens, authentication cookies, anything an <c>IDataProtector</c>
/// protects) keeps its key ring in the database, so a payload protected by one replica is read by every other one
/// and survives restarts. Without this each container would make its own key ring in memory.
/// </summary>
internal static class SharedKeyRing
{
    /// <summary>Fixed: by default the name comes from the content root, which may differ between hosts.</summary>
    public const string ApplicationName = "resume-refiner";

    public static IServiceCollection AddSharedKeyRing(this IServiceCollection services)
    {
        services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<AppDb>();
        return services;
    }
}
