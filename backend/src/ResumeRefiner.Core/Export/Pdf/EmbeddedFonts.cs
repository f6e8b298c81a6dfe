using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace ResumeRefiner.Core.Export.Pdf;

/// <summary>
/// Serves the vendored Liberation fonts to PDFsharp. Linux has no platform font resolver, and the machine's fonts
/// must not decide how an exported resume looks. PDFsharp allows the global resolver to be set only before first
/// use, so it is installed once per process; a resolver someone else installed first is kept as the fallback for
/// families that are not ours.
/// </summary>
internal sealed class EmbeddedFonts : IFontResolver
{
    public const string Sans = "Liberation Sans";
    public const string Serif = "Liberation Serif";

    private static readonly Lock Gate = new();
    private static readonly ConcurrentDictionary<string, byte[]> Faces = new(StringComparer.Ordinal);
    private static bool installed;

    private readonly IFontResolver? fallback;

    private EmbeddedFonts(IFontResolver? fallback) => this.fallback = fallback;

    public static void EnsureInstalled()
    {
        if (Volatile.Read(ref installed))
        {
            return;
        }

        lock (Gate)
        {
            if (installed)
            {
                return;
            }

            var current = GlobalFontSettings.FontResolver;
            if (current is not EmbeddedFonts)
            {
                GlobalFontSettings.FontResolver = new EmbeddedFonts(current);
            }

            Volatile.Write(ref installed, true);
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        var face = familyName switch
        {
            Sans => bold ? "LiberationSans-Bold" : "LiberationSans-Regular",
            Serif => bold ? "LiberationSerif-Bold" : "LiberationSerif-Regular",
            _ => null,
        };

        // No italic faces are vendored: ask PDFsharp to slant the upright face instead.
        return face is null ? fallback?.ResolveTypeface(familyName, bold, italic) : new FontResolverInfo(face, false, italic);
    }

    public byte[]? GetFont(string faceName) =>
        faceName.StartsWith("Liberation", StringComparison.Ordinal) ? Faces.GetOrAdd(faceName, Load) : fallback?.GetFont(faceName);

    private static byte[] Load(string faceName)
    {
        using var stream = typeof(EmbeddedFonts).Assembly.GetManifestResourceStream($"ResumeRefiner.Fonts.{faceName}.ttf")
            ?? throw new InvalidOperationException($"The font {faceName} is missing from the assembly's resources.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
