using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ResumeRefiner.Api.Configuration;

/// <summary>
/// Registers every area's options, read from the environment variables (and <c>.env</c>) by their documented names
/// and validated at start-up. Services take the <see cref="IOptions{TOptions}"/> of the areas they use.
/// </summary>
public static class SettingsServices
{
    public static IServiceCollection AddSettings(this IServiceCollection services, IConfiguration configuration)
    {
        AddArea<HostingOptions>(services, options => options.ReadFrom(configuration));
        AddArea<HttpOptions, HttpOptionsValidator>(services, options => options.ReadFrom(configuration));
        AddArea<WorkspaceOptions, WorkspaceOptionsValidator>(services, options => options.ReadFrom(configuration));
        AddArea<DatabaseOptions, DatabaseOptionsValidator>(services, options => options.ReadFrom(configuration));
        AddArea<StorageOptions, StorageOptionsValidator>(services, options => options.ReadFrom(configuration));
        AddArea<RetentionOptions>(services, options => options.ReadFrom(configuration));
        AddArea<ObservabilityOptions, ObservabilityOptionsValidator>(services, options => options.ReadFrom(configuration));
        AddArea<AiOptions, AiOptionsValidator>(services, options => options.ReadFrom(configuration));
        AddArea<AiJobOptions, AiJobOptionsValidator>(services, options => options.ReadFrom(configuration));
        return services;
    }

    /// <summary>An area read at start-up even if nothing asks for it yet, so an unreadable value stops the process.</summary>
    private static void AddArea<TOptions>(IServiceCollection services, Action<TOptions> read)
        where TOptions : class =>
        services.AddOptions<TOptions>().Configure(read).ValidateOnStart();

    private static void AddArea<TOptions, TValidator>(IServiceCollection services, Action<TOptions> read)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        AddArea(services, read);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TValidator>());
    }
}
