using Microsoft.Extensions.DependencyInjection.Extensions;
using ResumeRefiner.Api.Hosting;

namespace ResumeRefiner.Api.Analyses;

internal static class AnalysisServices
{
    public static IServiceCollection AddAnalyses(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeBudgets.Default);
        services.AddScoped<AnalysisService>();
        return services;
    }
}
