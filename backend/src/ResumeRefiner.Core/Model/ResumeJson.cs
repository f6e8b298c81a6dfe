using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ResumeRefiner.Core.Model;

/// <summary>The one JSON shape of a resume, shared by the API, the CLI and the tests.</summary>
public static class ResumeJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Keep names like "José Müller" readable in files; the API escapes for HTML where it matters.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    public static string Serialize(Resume resume) => JsonSerializer.Serialize(resume, Options);

    /// <exception cref="JsonException">The text is not a JSON Resume document.</exception>
    public static Resume Deserialize(string json) =>
        JsonSerializer.Deserialize<Resume>(json, Options) ?? throw new JsonException("The document is empty (null).");
}
