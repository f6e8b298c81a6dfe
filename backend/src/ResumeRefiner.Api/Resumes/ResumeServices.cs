using ResumeRefiner.Api.Configuration;
using ResumeRefiner.Api.Storage;
using ResumeRefiner.Core.Analysis;
using ResumeRefiner.Core.Analysis.Report;
using ResumeRefiner.Core.Export;
using ResumeRefiner.Core.Export.Standardization;
using ResumeRefiner.Core.Parsing;
using ResumeRefiner.Core.Parsing.Ocr;
using ResumeRefiner.Core.Proofreading;

namespace ResumeRefiner.Api.Resumes;

internal static class ResumeServices
{
    public static IServiceCollection AddResumeServices(this IServiceCollection services, StorageOptions storage)
    {
        // TESSERACT_PATH and PDFTOPPM_PATH name the OCR tools when they are not on the path; without them, scans are
        // refused with a sentence naming what to install.
        services.AddSingleton<IResumeParser>(provider =>
        {
            var configuration = provider.GetRequiredService<IConfiguration>();
            var defaults = new OcrOptions();
            return new ResumeParser(defaults with
            {
                TesseractPath = configuration["TESSERACT_PATH"] ?? defaults.TesseractPath,
                PdftoppmPath = configuration["PDFTOPPM_PATH"] ?? defaults.PdftoppmPath,
            });
        });
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
