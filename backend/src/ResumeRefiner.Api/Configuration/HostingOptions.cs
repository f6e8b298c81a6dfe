using Microsoft.Extensions.Configuration;

namespace ResumeRefiner.Api.Configuration;

/// <summary>What kind of deployment this is (ENVIRONMENT); production refuses unsafe settings.</summary>
public enum DeploymentEnvironment
{
    Development,
    Test,
    Production,
}

/// <summary>What one process does (ROLE): serve the API, run AI jobs, or both.</summary>
public enum ProcessRole
{
    All,
    Api,
    Worker,
}

/// <summary>The process itself: which deployment, which role, which port and which web app it serves.</summary>
public sealed class HostingOptions
{
    /// <summary>ENVIRONMENT: development (default), test or production.</summary>
    public DeploymentEnvironment Environment { get; set; } = DeploymentEnvironment.Development;

    /// <summary>ROLE (or --role): all (API and AI worker), api (no worker) or worker (AI jobs only; HTTP serves health and metrics).</summary>
    public ProcessRole Role { get; set; } = ProcessRole.All;

    /// <summary>PORT: the HTTP port when no ASPNETCORE_URLS is given (platforms such as Render set it).</summary>
    public int Port { get; set; } = 8080;

    /// <summary>SPA_DIR: the built frontend served at /; missing means API only.</summary>
    public string SpaDir { get; set; } = "./frontend/dist";

    public bool IsProduction => Environment == DeploymentEnvironment.Production;

    /// <summary>The ENVIRONMENT value, as traces and error reports name the deployment.</summary>
    public string EnvironmentName => Environment.ToString().ToLowerInvariant();

    /// <summary>Whether this process serves the API (and the web app).</summary>
    public bool RunsApi => Role is ProcessRole.All or ProcessRole.Api;

    /// <summary>Whether this process runs AI jobs.</summary>
    public bool RunsWorker => Role is ProcessRole.All or ProcessRole.Worker;

    /// <summary>
    /// The framework's hosting environment (Development, Test, Production) that ENVIRONMENT names, so the two agree:
    /// left alone, the framework reads only ASPNETCORE_ENVIRONMENT or DOTNET_ENVIRONMENT and calls every other
    /// process Production. Null when one of those is set (it wins) or ENVIRONMENT is not valid (the settings refuse it).
    /// </summary>
    internal static string? HostEnvironmentName(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (!string.IsNullOrEmpty(configuration["ASPNETCORE_ENVIRONMENT"]) || !string.IsNullOrEmpty(configuration["DOTNET_ENVIRONMENT"]))
        {
            return null;
        }

        var named = configuration["ENVIRONMENT"];
        if (string.IsNullOrWhiteSpace(named))
        {
            return nameof(DeploymentEnvironment.Development);
        }

        return Enum.GetNames<DeploymentEnvironment>().FirstOrDefault(name => name.Equals(named.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    /// <exception cref="InvalidConfigurationException">A value cannot be read; the message names the variable.</exception>
    internal void ReadFrom(IConfiguration configuration)
    {
        Environment = configuration.Mode("ENVIRONMENT", Environment, "ENVIRONMENT must be development, test or production");
        // The command line's --role and the environment's ROLE are the same key (configuration keys ignore case).
        Role = configuration.Mode("ROLE", Role, "ROLE (or --role) must be all, api or worker");
        Port = configuration.Int32("PORT", Port, min: 1);
        SpaDir = configuration.Text("SPA_DIR") ?? SpaDir;
    }
}
