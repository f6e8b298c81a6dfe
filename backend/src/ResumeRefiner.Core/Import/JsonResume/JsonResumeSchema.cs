using System.Text.Json;
using Json.Schema;
using ResumeRefiner.Core.Model;

namespace ResumeRefiner.Core.Import.JsonResume;

/// <summary>One way a document breaks the JSON Resume schema: where (a JSON Pointer such as <c>/work/0/url</c>) and what.</summary>
public sealed record SchemaProblem(string Path, string Message);

/// <summary>
/// The official JSON Resume v1 schema (npm <c>@jsonresume/schema</c> 1.3.1, draft-07, shipped unchanged in
/// <c>schema.json</c>), with its formats enforced: <c>uri</c> on every URL, <c>email</c> on the e-mail, and the ISO 8601
/// pattern on dates. Everything the product emits as JSON Resume must pass it, and an uploaded resume.json is checked
/// against it.
/// </summary>
public static class JsonResumeSchema
{
    /// <summary>How many problems a refusal lists: enough to fix a file, not a wall of text.</summary>
    public const int MaxProblems = 20;

    private static readonly EvaluationOptions Evaluation = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    public static JsonSchema Schema { get; } = Load();

    /// <summary>The schema's problems with <paramref name="document"/>, at most <see cref="MaxProblems"/>; empty when it is valid.</summary>
    public static IReadOnlyList<SchemaProblem> Check(JsonElement document)
    {
        var result = Schema.Evaluate(document, Evaluation);
        if (result.IsValid)
        {
            return [];
        }

        return [.. (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => new SchemaProblem(Pointer(d.InstanceLocation.ToString()), e.Value)))
            .Distinct()
            .Take(MaxProblems)];
    }

    /// <summary>The problems of a resume as the product writes it (<see cref="ResumeJson"/>).</summary>
    public static IReadOnlyList<SchemaProblem> Check(Resume resume)
    {
        using var document = JsonDocument.Parse(ResumeJson.Serialize(resume));
        return Check(document.RootElement);
    }

    /// <summary>Whether <paramref name="value"/> passes the schema's <c>uri</c> format, the same check <see cref="Check(JsonElement)"/> makes.</summary>
    public static bool IsUri(string value)
    {
        using var document = JsonDocument.Parse(JsonSerializer.Serialize(value));
        return Formats.Uri.Validate(document.RootElement, out _);
    }

    private static string Pointer(string location) => location.Length == 0 ? "/" : location;

    private static JsonSchema Load()
    {
        using var stream = typeof(JsonResumeSchema).Assembly.GetManifestResourceStream("ResumeRefiner.Core.Import.JsonResume.schema.json")
            ?? throw new InvalidOperationException("The JSON Resume schema is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return JsonSchema.FromText(reader.ReadToEnd(), new BuildOptions { Dialect = Dialect.Draft07 });
    }
}
