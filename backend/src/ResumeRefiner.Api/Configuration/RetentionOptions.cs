using Microsoft.Extensions.Configuration;

namespace ResumeRefiner.Api.Configuration;

/// <summary>How long personal data is kept.</summary>
public sealed class RetentionOptions
{
    /// <summary>RETENTION_DAYS: resumes untouched this long are deleted with their files.</summary>
    public int Days { get; set; } = 30;

    /// <exception cref="InvalidConfigurationException">A value cannot be read; the message names the variable.</exception>
    internal void ReadFrom(IConfiguration configuration) => Days = configuration.Int32("RETENTION_DAYS", Days, min: 1);
}
