using System.Text.RegularExpressions;

namespace ResumeRefiner.Api.Storage;

/// <summary>Keys are "&lt;workspace guid&gt;/&lt;resume guid&gt;", made by the service; stores refuse anything else.</summary>
internal static partial class StorageKey
{
    public static bool IsValid(string key) => Pattern().IsMatch(key);

    /// <exception cref="ArgumentException">The key is not one the service makes.</exception>
    public static void Check(string key)
    {
        if (!IsValid(key))
        {
            throw new ArgumentException("Invalid storage key.", nameof(key));
        }
    }

    [GeneratedRegex("^[a-f0-9]{32}/[a-f0-9]{32}$")]
    private static partial Regex Pattern();
}
