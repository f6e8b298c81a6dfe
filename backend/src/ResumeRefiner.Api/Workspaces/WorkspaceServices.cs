using System.Security.Cryptography;
using System.Text;
using ResumeRefiner.Api.Configuration;

namespace ResumeRefiner.Api.Workspaces;

internal static class WorkspaceServices
{
    public static IServiceCollection AddWorkspaces(this IServiceCollection services, WorkspaceOptions workspace, HostingOptions hosting)
    {
        services.AddSingleton(new WorkspaceTokens(SHA256.HashData(Encoding.UTF8.GetBytes(workspace.EffectiveSecretKey))));
        services.AddHttpContextAccessor();
        services.AddScoped<WorkspaceAccessor>();
        services.AddScoped<CurrentWorkspace>();
        services.AddScoped<DataRetention>();
        services.AddScoped<Words.AcceptedWords>();
        services.AddScoped<Feedback.FeedbackRecorder>();
        if (hosting.RunsApi)
        {
            // The sweep deletes upload files too, so it runs where UPLOAD_DIR is: on the API replicas.
            services.AddHostedService<RetentionService>();
        }

        return services;
    }
}
