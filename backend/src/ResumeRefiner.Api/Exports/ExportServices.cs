using Microsoft.Extensions.DependencyInjection.Extensions;
using ResumeRefiner.Api.Hosting;

namespace ResumeRefiner.Api.Exports;

internal static class ExportServices
{
    public static IServiceCollection AddExports(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeBudgets.Default);
        services.AddScoped<ResumeExports>();
        services.AddScoped<ResumeFixes>();
        return services;
    }
}
