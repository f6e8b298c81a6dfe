using Microsoft.Extensions.Options;

namespace ResumeRefiner.Api.Configuration;

/// <summary>Refuses an area's options at start-up; each refusal names the variable to fix and says what to set.</summary>
internal abstract class SettingsValidator<TOptions> : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var refusals = Refusals(options).ToList();
        return refusals.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(refusals);
    }

    protected abstract IEnumerable<string> Refusals(TOptions options);

    /// <summary>The refusal of a set URL that is not absolute http(s); null when it is fine or unset.</summary>
    protected static string? UnlessHttpUrl(string name, string? url) =>
        url is null || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            ? null
            : $"{name} must be an absolute http(s) URL (got '{url}').";
}
