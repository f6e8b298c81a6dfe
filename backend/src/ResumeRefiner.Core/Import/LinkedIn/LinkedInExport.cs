using System.IO.Compression;
using ResumeRefiner.Core.Model;
using ResumeRefiner.Core.Parsing;

namespace ResumeRefiner.Core.Import.LinkedIn;

/// <summary>
/// LinkedIn's "Get a copy of your data" export, as its ZIP or as one of its CSV files, read into JSON Resume
/// (<see cref="LinkedInMapper"/>). The ZIP has passed <see cref="DocumentSniffer"/>'s archive limits (entries, declared
/// size, compression ratio) before this runs; here each CSV is read through a byte cap whatever it declares, and a
/// name that climbs out of the archive ("../", a rooted path) refuses the whole file. Nothing is written to disk.
/// </summary>
public static class LinkedInExport
{
    /// <summary>CSV files read from one archive; an export holds a few dozen.</summary>
    private const int MaxCsvFiles = 200;

    /// <summary>Whether a ZIP's entry names look like a LinkedIn export: a CSV named like one of its resume files.</summary>
    public static bool LooksLikeExport(IEnumerable<string> entryNames)
    {
        ArgumentNullException.ThrowIfNull(entryNames);
        return entryNames.Any(n => KnownNames.Contains(FileName(n)));
    }

    /// <summary>Whether the start of a <c>.csv</c> file is one of the export's resume files (its header, after any "Notes:" preamble).</summary>
    public static bool LooksLikeCsv(byte[] head, string? fileName)
    {
        ArgumentNullException.ThrowIfNull(head);
        if (!Path.GetExtension(fileName ?? string.Empty).Equals(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        try
        {
            using var stream = new MemoryStream(head, writable: false);
            return LinkedInCsv.Read(stream, CancellationToken.None) is not null;
        }
        catch (ImportRefusedException)
        {
            return true;
        }
    }

    /// <exception cref="ImportRefusedException">An unsafe entry name, a file over its caps, or nothing of a profile in it.</exception>
    public static ParsedResume Read(Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.CanSeek)
        {
            content.Position = 0;
        }

        List<LinkedInTable> tables;
        try
        {
            tables = IsZip(content) ? ReadZip(content, cancellationToken) : ReadCsv(content, cancellationToken);
        }
        catch (InvalidDataException e)
        {
            throw new UnreadableDocumentException(UnreadableReason.Corrupt, "The ZIP file is damaged. Download your LinkedIn export again and upload it again.", e);
        }

        if (tables.Count == 0)
        {
            throw new ImportRefusedException("No profile, positions, education or skills were found in this LinkedIn export. Upload the whole ZIP LinkedIn sent, or its Profile.csv or Positions.csv.");
        }

        var resume = LinkedInMapper.Map(tables);
        if (ResumeLimits.Check(resume) is { } violation)
        {
            throw new ImportRefusedException(violation.Message);
        }

        return new ParsedResume(resume, LinkedInMapper.Confidence(resume));
    }

    private static List<LinkedInTable> ReadZip(Stream content, CancellationToken cancellationToken)
    {
        using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
        var tables = new List<LinkedInTable>();
        var csvFiles = 0;
        foreach (var entry in zip.Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!IsSafeName(entry.FullName))
            {
                throw new ImportRefusedException("The ZIP holds a file whose name points outside the archive, which no LinkedIn export does, so it was not read.");
            }

            if (!entry.FullName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (++csvFiles > MaxCsvFiles)
            {
                throw new ImportRefusedException($"The ZIP holds more than {MaxCsvFiles} CSV files; a LinkedIn export holds a few dozen, so it was not read.");
            }

            // Messages, connections and the like can be large and hold nothing for a resume: skip them unread.
            if (entry.Length > LinkedInCsv.MaxFileBytes && !KnownNames.Contains(FileName(entry.FullName)))
            {
                continue;
            }

            using var stream = entry.Open();
            if (LinkedInCsv.Read(stream, cancellationToken) is { } table)
            {
                tables.Add(table);
            }
        }

        return tables;
    }

    private static List<LinkedInTable> ReadCsv(Stream content, CancellationToken cancellationToken) =>
        LinkedInCsv.Read(content, cancellationToken) is { } table ? [table] : [];

    private static bool IsZip(Stream content)
    {
        Span<byte> magic = stackalloc byte[4];
        var read = content.Read(magic);
        content.Position = 0;
        return read == 4 && magic.SequenceEqual((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]);
    }

    /// <summary>A relative name without "..": the same rule an extractor needs, kept even though nothing is extracted.</summary>
    internal static bool IsSafeName(string name)
    {
        var normalized = name.Replace('\\', '/');
        return !normalized.StartsWith('/')
            && !(normalized.Length >= 2 && normalized[1] == ':')
            && !normalized.Split('/').Any(part => part == "..")
            && !normalized.Any(char.IsControl);
    }

    private static string FileName(string entryName) => Path.GetFileName(entryName.Replace('\\', '/'));

    private static readonly HashSet<string> KnownNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Profile.csv", "Positions.csv", "Education.csv", "Skills.csv", "Certifications.csv", "Languages.csv", "Projects.csv",
        "Email Addresses.csv", "PhoneNumbers.csv", "Honors.csv", "Publications.csv", "Volunteering.csv",
    };
}
