using ResumeRefiner.Api.Configuration;
using ResumeRefiner.Api.Storage;
using ResumeRefiner.Core.Analysis;
using ResumeRefiner.Core.Analysis.Report;
using ResumeRefiner.Core.Export;
using ResumeRefiner.Core.Export.Standardisation;
using ResumeRefiner.Core.Parsing;

namespace ResumeRefiner.Api.Resumes;

internal static class ResumeServices
{
    public static IServiceCollection AddResumeServices(this IServiceCollection services, AppSettings settings)
    {
        services.AddSingleton<IResumeParser, ResumeParser>();
        services.AddSingleton<IFileStore>(new LocalFileStore(settings.UploadDir));
        services.AddScoped<ResumeVersions>();
        services.AddSingleton<IResumeAnalyzer>(new ResumeAnalyzer());
        services.AddSingleton<IResumeExporter, ResumeExporter>();
        services.AddSingleton<IResumeStandardiser>(ResumeStandardiser.Instance);
        return services;
    }
}
