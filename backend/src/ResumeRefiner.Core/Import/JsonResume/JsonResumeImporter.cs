using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ResumeRefiner.Core.Model;
using ResumeRefiner.Core.Parsing;

namespace ResumeRefiner.Core.Import.JsonResume;

/// <summary>
/// Reads an uploaded JSON Resume: it must pass the official schema (<see cref="JsonResumeSchema"/>) and
/// <see cref="ResumeLimits"/>, and is then kept exactly as it came, unknown fields included, so this product's own
/// JSON export uploaded back is the same resume.
/// </summary>
public static partial class JsonResumeImporter
{
    /// <summary>
    /// Twice the text a resume may hold (<see cref="ResumeLimits.MaxTotalCharacters"/>) leaves room for JSON's
    /// names and quotes; fields the model does not know are counted here, the only bound they have.
    /// </summary>
    public const int MaxBytes = 2 * ResumeLimits.MaxTotalCharacters;

    private static readonly JsonDocumentOptions Parsing = new() { MaxDepth = 32 };

    /// <summary>
    /// Whether the start of a text file is a JSON Resume: an object that opens with, or soon names, one of its
    /// sections. A <c>.json</c> name is enough for an object, so a broken resume.json is told what is wrong
    /// rather than read as prose.
    /// </summary>
    public static bool LooksLikeJsonResume(string head, string? fileName)
    {
        ArgumentNullException.ThrowIfNull(head);
        var text = head.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (!text.StartsWith('{'))
        {
            return false;
        }

        return Path.GetExtension(fileName ?? string.Empty).Equals(".json", StringComparison.OrdinalIgnoreCase)
            || SectionName().IsMatch(text);
    }

    /// <exception cref="ImportRefusedException">Not JSON, not valid against the schema, or over a limit.</exception>
    public static ParsedResume Read(Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var bytes = ReadCapped(content);
        cancellationToken.ThrowIfCancellationRequested();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, Parsing);
        }
        catch (JsonException e)
        {
            // The reader's message names the line and byte, never the text around it.
            throw new ImportRefusedException("The file is not valid JSON. Fix it (or export it again) and upload it again.",
                [new SchemaProblem("/", e.Message)]);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ImportRefusedException("A JSON Resume is a JSON object with basics, work, education… at its top.",
                    [new SchemaProblem("/", $"Value is {document.RootElement.ValueKind.ToString().ToLowerInvariant()} but should be object")]);
            }

            var problems = JsonResumeSchema.Check(document.RootElement);
            if (problems.Count > 0)
            {
                throw new ImportRefusedException("The file does not match the JSON Resume schema (jsonresume.org/schema). Fix the fields listed and upload it again.", problems);
            }

            cancellationToken.ThrowIfCancellationRequested();
            Resume resume;
            try
            {
                resume = document.RootElement.Deserialize<Resume>(ResumeJson.Options) ?? new Resume();
            }
            catch (JsonException e)
            {
                throw new ImportRefusedException("The file does not match the JSON Resume schema (jsonresume.org/schema). Fix the fields listed and upload it again.",
                    [new SchemaProblem(e.Path is { } path ? "/" + path.TrimStart('$', '.').Replace('.', '/') : "/", "Value has the wrong type")]);
            }

            if (ResumeLimits.Check(resume) is { } violation)
            {
                throw new ImportRefusedException(violation.Message,
                    [new SchemaProblem(violation.Path is { } p ? "/" + p.Replace('.', '/').Replace("[", "/", StringComparison.Ordinal).Replace("]", string.Empty, StringComparison.Ordinal) : "/", violation.Message)]);
            }

            return new ParsedResume(resume, []);
        }
    }

    private static byte[] ReadCapped(Stream content)
    {
        if (content.CanSeek)
        {
            content.Position = 0;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                throw new ImportRefusedException($"A JSON Resume file may be at most {MaxBytes / 1000:N0} kB; this one is larger than any resume needs.");
            }

            buffer.Write(chunk, 0, read);
        }

        var bytes = buffer.ToArray();
        // JSON text is UTF-8; a byte-order mark in front is tolerated as editors write it.
        return bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? bytes[3..] : bytes;
    }

    [GeneratedRegex("\"(?:\\$schema|basics|work|education|skills|projects|volunteer|certificates|awards|publications|languages|interests|references|meta)\"\\s*:")]
    private static partial Regex SectionName();
}
