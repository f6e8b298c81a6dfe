namespace ResumeRefiner.Api.Analyses;

internal static class AnalysisServices
{
    public static IServiceCollection AddAnalyses(this IServiceCollection services)
    {
        services.AddScoped<AnalysisService>();
        return services;
    }
}
