using Microsoft.Extensions.Configuration;

namespace ResumeRefiner.Api.Configuration;

/// <summary>Where the data lives.</summary>
public sealed class DatabaseOptions
{
    /// <summary>DATABASE_URL: sqlite:///path, postgresql://user:pass@host:port/db, or a plain connection string.</summary>
    public string Url { get; set; } = "sqlite:///./data/resume_refiner.db";

    /// <exception cref="InvalidConfigurationException">DATABASE_URL cannot be read (the validator refuses it at start-up).</exception>
    public DatabaseTarget Target => DatabaseTarget.Parse(Url);

    internal void ReadFrom(IConfiguration configuration) => Url = configuration.Text("DATABASE_URL") ?? Url;
}

/// <summary>DATABASE_URL must be one of the forms <see cref="DatabaseTarget.Parse"/> reads.</summary>
internal sealed class DatabaseOptionsValidator : SettingsValidator<DatabaseOptions>
{
    protected override IEnumerable<string> Refusals(DatabaseOptions options)
    {
        try
        {
            _ = options.Target;
            return [];
        }
        catch (InvalidConfigurationException e)
        {
            return [e.Message];
        }
    }
}
