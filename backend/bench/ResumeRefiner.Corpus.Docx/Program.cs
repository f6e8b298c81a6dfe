using System.Text.Json;
using System.Text.Json.Serialization;
using ResumeRefiner.Corpus.Docx;
using ResumeRefiner.Corpus.Docx.Layouts;

// resume-refiner-corpus-docx: writes the generated corpus's Word documents. Input is a jobs.json array of
// { resume, layout, options: { document, ... }, out } prepared by tools/corpus/lib/docx-writer.mjs.
if (args is not [var jobsPath])
{
    await Console.Error.WriteLineAsync($"usage: resume-refiner-corpus-docx jobs.json\nlayouts: {string.Join(", ", ResumeLayouts.All.Select(l => l.Name))}");
    return 2;
}

var json = new JsonSerializerOptions(JsonSerializerDefaults.Web)
{
    // A misspelt option or model field fails loudly instead of silently changing the document.
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
};

List<CorpusJob> jobs;
try
{
    await using var input = File.OpenRead(jobsPath);
    jobs = await JsonSerializer.DeserializeAsync<List<CorpusJob>>(input, json) ?? [];
}
catch (Exception e) when (e is JsonException or IOException)
{
    await Console.Error.WriteLineAsync($"{jobsPath}: {e.Message}");
    return 1;
}

var failed = 0;
foreach (var (job, index) in jobs.Select((j, i) => (j, i)))
{
    try
    {
        var layout = ResumeLayouts.Find(job.Layout);
        using var document = WordDocument.Create(job.Out, job.Options, layout.Page(job.Options));
        layout.Write(document);
    }
    catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException or UriFormatException)
    {
        failed++;
        File.Delete(job.Out); // no half-written document left to pass for a good one
        await Console.Error.WriteLineAsync($"job {index} ({job.Layout} → {job.Out}): {e.Message}");
    }
}

Console.WriteLine($"wrote {jobs.Count - failed} of {jobs.Count} documents");
return failed == 0 ? 0 : 1;
