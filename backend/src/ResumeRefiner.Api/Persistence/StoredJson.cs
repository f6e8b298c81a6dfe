using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ResumeRefiner.Api.Persistence;

/// <summary>
/// The one JSON shape of everything kept in a JSON column (resume versions, confidence, layout facts, reports, AI
/// inputs). Entities hold typed values; only the model maps them to text, so no caller chooses serializer options.
/// </summary>
internal static class StoredJson
{
    /// <summary>
    /// Reads every row written before these columns were typed: enums as camelCase names (reports) or numbers (layout
    /// facts, which the string converter also accepts); the other stored types have no enums.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Stores the property as JSON text; the column keeps its type, so the schema does not change.</summary>
    public static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property)
    {
        ArgumentNullException.ThrowIfNull(property);
        // Compared by their JSON, so a change inside a list or a nested record is seen as a change of the column.
        return property.HasConversion(
            new ValueConverter<T, string>(value => Write(value), json => Read<T>(json)),
            new ValueComparer<T>((left, right) => Write(left) == Write(right), value => Write(value).GetHashCode(StringComparison.Ordinal), value => Read<T>(Write(value))));
    }

    private static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    private static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Names like "José Müller" stay readable to someone inspecting a row; nothing renders this text as HTML.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
