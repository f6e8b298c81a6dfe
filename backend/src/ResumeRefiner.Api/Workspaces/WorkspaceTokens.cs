using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace ResumeRefiner.Api.Workspaces;

/// <summary>Makes unguessable workspace tokens and the keyed hashes stored in their place.</summary>
public sealed class WorkspaceTokens(byte[] key)
{
    /// <summary>256 random bits, URL-safe.</summary>
    public static string NewToken() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    /// <summary>
    /// HMAC-SHA256 keyed with SECRET_KEY: a leaked database alone cannot be turned back into tokens,
    /// and lookups by hash compare no secret bytes in variable time.
    /// </summary>
    public string Hash(string token) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(token)));

    /// <summary>A well-formed token is 43 base64url characters; anything else is not worth a database round trip.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
