using nietras.SeparatedValues;

namespace ResumeRefiner.Core.Import.LinkedIn;

/// <summary>The files of a LinkedIn data export that hold resume content, told apart by their header row.</summary>
public enum LinkedInFile
{
    Profile,
    Positions,
    Education,
    Skills,
    Certifications,
    Languages,
    Projects,
    EmailAddresses,
    PhoneNumbers,
    Honors,
    Publications,
    Volunteering,
}

/// <summary>One CSV file of the export: its kind and its rows, each a map from column name (any case) to value.</summary>
public sealed record LinkedInTable(LinkedInFile File, IReadOnlyList<IReadOnlyDictionary<string, string>> Rows);

/// <summary>
/// Reads one CSV file of a LinkedIn export with Sep (RFC 4180: quoted fields with commas, doubled quotes and
/// line breaks). The header row decides what the file is, not its name, so renamed or re-cased files still count.
/// Some files open with a "Notes:" preamble (a quoted paragraph and a blank line) before the header; rows before
/// the first recognised header are skipped.
/// </summary>
/// <remarks>
/// Column names as LinkedIn writes them, checked against public open-source importers of the export (found by code
/// search, December 2026), e.g. Profile.csv "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,
/// Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers"; Positions.csv "Company Name,Title,
/// Description,Location,Started On,Finished On"; Education.csv "School Name,Start Date,End Date,Notes,Degree Name,
/// Activities"; Certifications.csv "Name,Url,Authority,Started On,Finished On,License Number"; Projects.csv "Title,
/// Description,Url,Started On,Finished On"; Languages.csv "Name,Proficiency"; Skills.csv "Name"; Email Addresses.csv
/// "Email Address,Confirmed,Primary,Updated On"; PhoneNumbers.csv "Extension,Number,Type"; Honors.csv "Title,
/// Description,Issued On"; Publications.csv "Name,Published On,Description,Publisher,Url"; Volunteering.csv
/// "Company Name,Role,Cause,Started On,Finished On,Description". docs/import.md lists them.
/// </remarks>
public static class LinkedInCsv
{
    /// <summary>Bytes of one CSV file: LinkedIn's resume files are a few kilobytes; messages and connections are not read.</summary>
    public const int MaxFileBytes = 2 * 1024 * 1024;

    /// <summary>Rows read from one file; more than any profile holds (LinkedIn itself caps skills at 100).</summary>
    public const int MaxRows = 1_000;

    /// <summary>Lines looked at for the header: the "Notes:" preamble is a few lines long.</summary>
    private const int MaxPreambleRows = 20;

    /// <summary>What a header row makes the file, or null for a file the resume does not need.</summary>
    public static LinkedInFile? Identify(IReadOnlyList<string> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var columns = new HashSet<string>(header.Select(h => h.Trim().TrimStart('\uFEFF')), StringComparer.OrdinalIgnoreCase);
        bool Has(params string[] names) => names.All(columns.Contains);
        return columns switch
        {
            _ when Has("First Name", "Last Name", "Headline") => LinkedInFile.Profile,
            _ when Has("Company Name", "Title", "Started On") => LinkedInFile.Positions,
            _ when Has("Company Name", "Role") => LinkedInFile.Volunteering,
            _ when Has("School Name") => LinkedInFile.Education,
            _ when Has("Name", "Authority") => LinkedInFile.Certifications,
            _ when Has("Name", "Proficiency") => LinkedInFile.Languages,
            _ when Has("Name", "Published On") => LinkedInFile.Publications,
            _ when Has("Title", "Issued On") => LinkedInFile.Honors,
            _ when Has("Title", "Url", "Started On") => LinkedInFile.Projects,
            _ when Has("Email Address", "Primary") && !Has("First Name") => LinkedInFile.EmailAddresses,
            _ when Has("Number", "Type") => LinkedInFile.PhoneNumbers,
            _ when columns.Count == 1 && Has("Name") => LinkedInFile.Skills,
            _ => null,
        };
    }

    /// <summary>The file's kind and rows; null when no header in its first lines is one the resume needs.</summary>
    /// <exception cref="ImportRefusedException">The file is larger than <see cref="MaxFileBytes"/>.</exception>
    public static LinkedInTable? Read(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var text = new StreamReader(new CappedStream(content, MaxFileBytes), detectEncodingFromByteOrderMarks: true);
        using var reader = Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).From(text);
        LinkedInFile? file = null;
        string[] header = [];
        var rows = new List<IReadOnlyDictionary<string, string>>();
        var seen = 0;
        foreach (var row in reader)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var record = new string[row.ColCount];
            for (var i = 0; i < record.Length; i++)
            {
                record[i] = row[i].ToString();
            }

            if (record.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (file is null)
            {
                if (++seen > MaxPreambleRows)
                {
                    return null;
                }

                file = Identify(record);
                header = [.. record.Select(h => h.Trim().TrimStart('\uFEFF'))];
                continue;
            }

            if (rows.Count >= MaxRows)
            {
                throw new ImportRefusedException($"A LinkedIn export file holds more than {MaxRows:N0} rows; no profile is that long, so it was not read.");
            }

            var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < Math.Min(header.Length, record.Length); i++)
            {
                values.TryAdd(header[i], record[i]);
            }

            rows.Add(values);
        }

        return file is { } kind ? new LinkedInTable(kind, rows) : null;
    }

    /// <summary>Counts what is read and refuses past the cap, whatever length the archive declared.</summary>
    private sealed class CappedStream(Stream inner, long cap) : Stream
    {
        private long total;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => total; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            total += read;
            if (total > cap)
            {
                throw new ImportRefusedException($"A LinkedIn export file is larger than {cap / 1024 / 1024} MB; the files a resume needs are a few kilobytes, so it was not read.");
            }

            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
