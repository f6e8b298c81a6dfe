namespace ResumeRefiner.Api.Exports;

internal static class ExportServices
{
    public static IServiceCollection AddExports(this IServiceCollection services)
    {
        services.AddScoped<ResumeExports>();
        services.AddScoped<ResumeFixes>();
        return services;
    }
}
