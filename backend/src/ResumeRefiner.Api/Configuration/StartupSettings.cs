using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace ResumeRefiner.Api.Configuration;

/// <summary>
/// The options the host is composed from (which services, stores, sinks and limits), read and validated before any
/// of them is used, so an unreadable or unsafe value stops the process, naming its variable, before logging, storage
/// or the database are set up. The running host registers the same areas for its services (<see cref="SettingsServices"/>).
/// </summary>
public sealed record StartupSettings(
    HostingOptions Hosting,
    HttpOptions Http,
    WorkspaceOptions Workspace,
    DatabaseOptions Database,
    StorageOptions Storage,
    ObservabilityOptions Observability,
    AiOptions Ai,
    AiJobOptions AiJobs)
{
    /// <exception cref="InvalidConfigurationException">Every refusal, each naming its variable.</exception>
    public static StartupSettings Read(IConfiguration configuration)
    {
        using var areas = new ServiceCollection().AddSettings(configuration).BuildServiceProvider();
        try
        {
            areas.GetRequiredService<IStartupValidator>().Validate();
        }
        catch (OptionsValidationException refused)
        {
            throw new InvalidConfigurationException([.. refused.Failures]);
        }
        catch (AggregateException refused)
        {
            // An area whose validator reads another area repeats that area's refusals.
            throw new InvalidConfigurationException([.. refused.InnerExceptions.OfType<OptionsValidationException>().SelectMany(e => e.Failures).Distinct()]);
        }

        return new(Area<HostingOptions>(), Area<HttpOptions>(), Area<WorkspaceOptions>(), Area<DatabaseOptions>(), Area<StorageOptions>(),
            Area<ObservabilityOptions>(), Area<AiOptions>(), Area<AiJobOptions>());

        TOptions Area<TOptions>()
            where TOptions : class => areas.GetRequiredService<IOptions<TOptions>>().Value;
    }
}
