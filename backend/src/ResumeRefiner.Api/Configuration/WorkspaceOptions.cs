using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace ResumeRefiner.Api.Configuration;

/// <summary>The key behind workspace tokens.</summary>
public sealed class WorkspaceOptions
{
    public const int MinimumSecretKeyLength = 32;

    /// <summary>SECRET_KEY: keys the hashing of workspace tokens. Required (32+ chars) in production.</summary>
    public string? SecretKey { get; set; }

    /// <summary>The key for token hashing; development gets a fixed, clearly non-secret one.</summary>
    public string EffectiveSecretKey => string.IsNullOrWhiteSpace(SecretKey) ? "development-only-secret-key-not-for-production" : SecretKey;

    internal void ReadFrom(IConfiguration configuration) => SecretKey = configuration.Text("SECRET_KEY");
}

/// <summary>Production refuses the development key and short keys.</summary>
internal sealed class WorkspaceOptionsValidator(IOptions<HostingOptions> hosting) : SettingsValidator<WorkspaceOptions>
{
    protected override IEnumerable<string> Refusals(WorkspaceOptions options)
    {
        if (!hosting.Value.IsProduction)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(options.SecretKey))
        {
            yield return "SECRET_KEY is required in production: set it to a random string of at least 32 characters (e.g. `openssl rand -base64 48`).";
        }
        else if (options.SecretKey.Length < WorkspaceOptions.MinimumSecretKeyLength)
        {
            yield return $"SECRET_KEY is too short ({options.SecretKey.Length} characters): production needs at least {WorkspaceOptions.MinimumSecretKeyLength}.";
        }
    }
}
