using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace ResumeRefiner.Api.Configuration;

/// <summary>
/// Reads one variable by its environment-variable name. Every reader treats a blank value as unset (so
/// <c>VAR=</c> in a compose file means the default) and names the variable when a value cannot be read.
/// </summary>
internal static class ConfigurationValues
{
    public static string? Text(this IConfiguration configuration, string name)
    {
        var value = configuration[name];
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>A comma- or semicolon-separated list.</summary>
    public static IReadOnlyList<string>? List(this IConfiguration configuration, string name) =>
        configuration.Text(name)?.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <exception cref="InvalidConfigurationException">Not a yes or no.</exception>
    public static bool Flag(this IConfiguration configuration, string name, bool fallback) => configuration.Text(name)?.ToLowerInvariant() switch
    {
        null => fallback,
        "true" or "1" or "yes" or "on" => true,
        "false" or "0" or "no" or "off" => false,
        var other => throw new InvalidConfigurationException($"{name} must be true or false (got '{other}')."),
    };

    /// <exception cref="InvalidConfigurationException">Not a whole number of at least <paramref name="min"/>.</exception>
    public static long Int64(this IConfiguration configuration, string name, long fallback, long min)
    {
        var text = configuration.Text(name);
        if (text is null)
        {
            return fallback;
        }

        if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min)
        {
            throw new InvalidConfigurationException($"{name} must be a whole number of at least {min} (got '{text}').");
        }

        return value;
    }

    /// <exception cref="InvalidConfigurationException">Not a whole number of at least <paramref name="min"/> that fits an int.</exception>
    public static int Int32(this IConfiguration configuration, string name, int fallback, int min) =>
        (int)configuration.Int64(name, fallback, min);

    /// <exception cref="InvalidConfigurationException">Not a price of 0 or more.</exception>
    public static double Price(this IConfiguration configuration, string name, double fallback)
    {
        var text = configuration.Text(name);
        if (text is null)
        {
            return fallback;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < 0)
        {
            throw new InvalidConfigurationException($"{name} must be a price in USD per million tokens, 0 or more (got '{text}').");
        }

        return value;
    }

    /// <summary>One of a mode's names, in any case; numbers are not names.</summary>
    /// <param name="requirement">What the variable must be, starting with its name: "STORAGE must be local or s3".</param>
    /// <exception cref="InvalidConfigurationException">Not one of the names.</exception>
    public static TMode Mode<TMode>(this IConfiguration configuration, string name, TMode fallback, string requirement)
        where TMode : struct, Enum
    {
        var text = configuration.Text(name);
        if (text is null)
        {
            return fallback;
        }

        var mode = Enum.GetNames<TMode>().FirstOrDefault(known => known.Equals(text, StringComparison.OrdinalIgnoreCase));
        return mode is null
            ? throw new InvalidConfigurationException($"{requirement} (got '{text}').")
            : Enum.Parse<TMode>(mode);
    }
}
