using ResumeRefiner.Api.Configuration;
using ResumeRefiner.Api.Storage;
using ResumeRefiner.Core.Analysis;
using ResumeRefiner.Core.Analysis.Report;
using ResumeRefiner.Core.Export;
using ResumeRefiner.Core.Export.Standardization;
using ResumeRefiner.Core.Parsing;
using ResumeRefiner.Core.Proofreading;

namespace ResumeRefiner.Api.Resumes;

internal static class ResumeServices
{
    public static IServiceCollection AddResumeServices(this IServiceCollection services, StorageOptions storage)
    {
        services.AddSingleton<IResumeParser, ResumeParser>();
        if (storage.UsesS3)
        {
            services.AddSingleton(_ => S3FileStore.Create(storage));
            services.AddSingleton<IFileStore>(provider => provider.GetRequiredService<S3FileStore>());
        }
        else
        {
            services.AddSingleton<IFileStore>(new LocalFileStore(storage.UploadDir));
        }

        services.AddScoped<ResumeVersions>();
        services.AddScoped<OwnedResumes>();
        services.AddScoped<UploadPipeline>();
        var proofreader = new Proofreader();
        services.AddSingleton<IProofreader>(proofreader);
        services.AddSingleton<IResumeAnalyzer>(new ResumeAnalyzer(new ProofreaderLanguageChecker(proofreader)));
        services.AddSingleton<IResumeExporter, ResumeExporter>();
        services.AddSingleton<IResumeStandardizer>(ResumeStandardizer.Instance);
        return services;
    }
}
