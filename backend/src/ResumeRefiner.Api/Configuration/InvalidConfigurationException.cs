namespace ResumeRefiner.Api.Configuration;

/// <summary>A configuration value is wrong; each refusal names its variable and says what to set.</summary>
public sealed class InvalidConfigurationException : Exception
{
    public InvalidConfigurationException(IReadOnlyList<string> refusals) : base(string.Join('\n', refusals)) => Refusals = refusals;

    public InvalidConfigurationException(string message) : base(message) => Refusals = [message];

    public InvalidConfigurationException() => Refusals = [];

    public InvalidConfigurationException(string message, Exception inner) : base(message, inner) => Refusals = [message];

    /// <summary>Every reason the configuration was refused, one per wrong variable.</summary>
    public IReadOnlyList<string> Refusals { get; }
}
