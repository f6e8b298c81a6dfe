using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using ResumeRefiner.Api.Ai;
using ResumeRefiner.Api.CoverLetters;
using ResumeRefiner.Api.Tests.Ai;
using ResumeRefiner.Api.Tests.Infrastructure;
using Xunit.Abstractions;
using static ResumeRefiner.Api.Tests.Ai.AiTestHost;

namespace ResumeRefiner.Api.Tests.CoverLetters;

/// <summary>Cover letters end to end: offline with AI off, AI against the fake provider, versions, caps, export, deletion.</summary>
public abstract class CoverLetterApiTests(ITestOutputHelper output) : IAsyncLifetime
{
    public const string Posting = """
        Backend Engineer

        Requirements:
        - C# and .NET
        - PostgreSQL
        - TypeScript
        - Kubernetes
        """;

    protected FakeAnthropic Fake { get; private set; } = null!;

    public async Task InitializeAsync() => Fake = await FakeAnthropic.StartAsync();

    public async Task DisposeAsync() => await Fake.DisposeAsync();

    protected abstract Task<string> NewDatabaseAsync();

    [Fact]
    public async Task With_ai_off_the_offline_letter_appears_and_edits_are_versions_within_the_caps()
    {
        await using var api = new ApiFactory(await NewDatabaseAsync());
        using var client = api.CreateClient();
        var resume = await UploadSampleAsync(client);
        var path = $"/api/v1/resumes/{resume.Id}/cover-letters";

        using var drafted = await client.PostAsJsonAsync(path, new { jobDescription = Posting, company = "Initech" });
        Assert.Equal(HttpStatusCode.Created, drafted.StatusCode);
        var letter = await drafted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("offline", letter.GetProperty("source").GetString());
        Assert.Equal(1, letter.GetProperty("version").GetInt32());
        Assert.Equal(ResumeCoverLetters.AiOffNotice, letter.GetProperty("notice").GetString());
        Assert.False(letter.TryGetProperty("aiDraft", out _));
        var text = letter.GetProperty("text").GetString()!;
        Assert.Contains("the Backend Engineer position at Initech", text, StringComparison.Ordinal);
        Assert.Contains("Dear [Hiring manager],", text, StringComparison.Ordinal);
        Assert.Contains("“Responsible for the migration of the billing platform to .NET", text, StringComparison.Ordinal);
        var letterPath = $"{path}/{letter.GetProperty("id").GetGuid()}";
        Assert.Equal(letterPath, drafted.Headers.Location!.OriginalString);

        using (var edited = await client.PutAsJsonAsync(letterPath, new { text = text + "\n\nP.S. Edited.", baseVersion = 1 }))
        {
            Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
            var body = await edited.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(2, body.GetProperty("currentVersion").GetInt32());
            Assert.Equal("edit", body.GetProperty("source").GetString());
        }

        // The same text again (an autosave with nothing new) makes no version.
        using (var same = await client.PutAsJsonAsync(letterPath, new { text = text + "\n\nP.S. Edited." }))
        {
            Assert.Equal(2, (await same.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("currentVersion").GetInt32());
        }

        using (var stale = await client.PutAsJsonAsync(letterPath, new { text = "Older edit", baseVersion = 1 }))
        {
            Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        }

        using (var tooLong = await client.PutAsJsonAsync(letterPath, new { text = new string('a', CoverLetter.MaxTextLength + 1) }))
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLong.StatusCode);
            Assert.EndsWith("cover-letter-too-large", (await tooLong.ReadProblemAsync()).GetProperty("type").GetString(), StringComparison.Ordinal);
        }

        using (var empty = await client.PutAsJsonAsync(letterPath, new { text = "  " }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        }

        var versions = await client.GetFromJsonAsync<JsonElement>($"{letterPath}/versions");
        Assert.Equal(2, versions.GetProperty("current").GetInt32());
        Assert.Equal(["edit", "offline"], versions.GetProperty("items").EnumerateArray().Select(v => v.GetProperty("source").GetString()));
        var first = await client.GetFromJsonAsync<JsonElement>($"{letterPath}?version=1");
        Assert.Equal(text, first.GetProperty("text").GetString());
        var list = await client.GetFromJsonAsync<JsonElement>(path);
        Assert.Equal("Initech", Assert.Single(list.GetProperty("items").EnumerateArray()).GetProperty("company").GetString());

        using (var deleted = await client.DeleteAsync(letterPath))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        using var gone = await client.GetAsync(letterPath);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task Bad_requests_are_problem_details()
    {
        await using var api = new ApiFactory(await NewDatabaseAsync());
        using var client = api.CreateClient();
        var resume = await UploadSampleAsync(client);
        var path = $"/api/v1/resumes/{resume.Id}/cover-letters";

        using var none = await client.PostAsJsonAsync(path, new { company = "Initech" });
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Contains("jobDescription", (await none.ReadProblemAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var tooLong = await client.PostAsJsonAsync(path, new { jobDescription = new string('x', 50_001) });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        using var longCompany = await client.PostAsJsonAsync(path, new { jobDescription = Posting, company = new string('x', 201) });
        Assert.Equal(HttpStatusCode.BadRequest, longCompany.StatusCode);
        using var noAnalysis = await client.PostAsJsonAsync(path, new { analysisId = Guid.NewGuid() });
        Assert.Equal(HttpStatusCode.NotFound, noAnalysis.StatusCode);
        using var noResume = await client.PostAsJsonAsync($"/api/v1/resumes/{Guid.NewGuid()}/cover-letters", new { jobDescription = Posting });
        Assert.Equal(HttpStatusCode.NotFound, noResume.StatusCode);
    }

    [Fact]
    public async Task The_letter_exports_as_a_clean_pdf_and_a_docx_under_the_real_header_and_goes_with_the_workspace()
    {
        await using var api = new ApiFactory(await NewDatabaseAsync());
        using var client = api.CreateClient();
        var resume = await UploadSampleAsync(client);
        var path = $"/api/v1/resumes/{resume.Id}/cover-letters";
        using var drafted = await client.PostAsJsonAsync(path, new { jobDescription = Posting, company = "Initech" });
        var letterPath = $"{path}/{(await drafted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid()}";

        using var pdf = await client.GetAsync($"{letterPath}/export?format=pdf&template=modern&paper=a4");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Jane-Q-Example-Cover-Letter.pdf", pdf.Content.Headers.ContentDisposition!.FileNameStar ?? pdf.Content.Headers.ContentDisposition.FileName);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        var (exit, check) = Qpdf(bytes);
        Assert.True(exit == 0 && !check.Contains("WARNING", StringComparison.OrdinalIgnoreCase), check);
        using (var document = UglyToad.PdfPig.PdfDocument.Open(bytes))
        {
            var words = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
            Assert.Contains("jane.example@example.com", words, StringComparison.Ordinal);
            Assert.Contains("Initech", words, StringComparison.Ordinal);
        }

        using var docx = await client.GetAsync($"{letterPath}/export?format=docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using (var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false))
        {
            var paragraphs = word.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();
            Assert.Equal("Jane Q. Example", paragraphs[0]);
            Assert.Contains("Dear [Hiring manager],", paragraphs);
        }

        using var json = await client.GetAsync($"{letterPath}/export?format=json");
        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);

        using var deleted = await client.DeleteAsync("/api/v1/workspace");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(0, await api.WithDbAsync(db => db.CoverLetters.CountAsync()));
        Assert.Equal(0, await api.WithDbAsync(db => db.CoverLetterVersions.CountAsync()));
    }

    [Fact]
    public async Task The_ai_letter_becomes_a_new_version_and_its_request_carries_no_contact_details()
    {
        Fake.Reply = _ => new JsonObject
        {
            ["paragraphs"] = new JsonArray(
                "Dear [Hiring manager],",
                "I am applying for the Backend Engineer role at Initech.",
                "At Acme Corp I moved the billing platform to .NET, cutting costs by 30%, and I work daily in C#, TypeScript and PostgreSQL.",
                "Sincerely,\n{{NAME}}"),
        }.ToJsonString();
        await using var api = Start(await NewDatabaseAsync(), Fake);
        using var client = api.CreateClient();
        var resume = await UploadSampleAsync(client);
        var path = $"/api/v1/resumes/{resume.Id}/cover-letters";

        using var drafted = await client.PostAsJsonAsync(path, new { jobDescription = Posting + "\nApply to jane.example@example.com", company = "Initech" });
        var letter = await drafted.Content.ReadFromJsonAsync<JsonElement>();
        // The offline draft is there at once; the AI's comes later.
        Assert.Equal("offline", letter.GetProperty("source").GetString());
        Assert.Equal(ResumeCoverLetters.AiDraftingNotice, letter.GetProperty("notice").GetString());
        var jobId = letter.GetProperty("aiDraft").GetProperty("jobId").GetGuid();
        var job = await WaitAsync(client, resume.Id, jobId);
        Assert.Equal("completed", job.GetProperty("status").GetString());
        Assert.Equal("coverLetter", job.GetProperty("task").GetString());

        var current = await client.GetFromJsonAsync<JsonElement>($"{path}/{letter.GetProperty("id").GetGuid()}");
        Assert.Equal(2, current.GetProperty("currentVersion").GetInt32());
        Assert.Equal("ai", current.GetProperty("source").GetString());
        Assert.Equal("completed", current.GetProperty("aiDraft").GetProperty("status").GetString());
        Assert.EndsWith("Sincerely,\nJane Q. Example", current.GetProperty("text").GetString(), StringComparison.Ordinal);

        var request = Assert.Single(Fake.Requests);
        foreach (var detail in ContactDetails)
        {
            Assert.DoesNotContain(detail, request.Raw, StringComparison.Ordinal);
        }

        Assert.Contains("Acme Corp", request.Raw, StringComparison.Ordinal);
        var system = request.Body["system"]!.ToJsonString();
        Assert.Contains("paragraphs", system, StringComparison.Ordinal);
        // The figure for docs/ai.md: one cover-letter request (system, schema, resume, posting).
        output.WriteLine($"cover-letter request: {request.Raw.Length} characters, ~{request.Raw.Length / 4} tokens; usage {job.GetProperty("usage")}");
    }

    [Fact]
    public async Task An_ai_letter_with_invented_facts_is_refused_and_the_offline_draft_stays()
    {
        Fake.Reply = _ => new JsonObject
        {
            ["paragraphs"] = new JsonArray("Dear [Hiring manager],", "At Hooli I ran Kubernetes clusters for 12 years.", "Sincerely,\n{{NAME}}"),
        }.ToJsonString();
        await using var api = Start(await NewDatabaseAsync(), Fake);
        using var client = api.CreateClient();
        var resume = await UploadSampleAsync(client);
        var path = $"/api/v1/resumes/{resume.Id}/cover-letters";

        using var drafted = await client.PostAsJsonAsync(path, new { jobDescription = Posting.Replace("Kubernetes", "Containers", StringComparison.Ordinal) });
        var letter = await drafted.Content.ReadFromJsonAsync<JsonElement>();
        var job = await WaitAsync(client, resume.Id, letter.GetProperty("aiDraft").GetProperty("jobId").GetGuid());

        // The reply was generated against the schema (structured output), so asking again would most likely pay for the
        // same letter: one call, and the job ends on the offline draft with a notice saying so.
        Assert.Equal("completed", job.GetProperty("status").GetString());
        Assert.Equal(AiJobRunner.UnusableLetterNotice, job.GetProperty("result").GetProperty("notice").GetString());
        Assert.Single(Fake.Requests);
        var current = await client.GetFromJsonAsync<JsonElement>($"{path}/{letter.GetProperty("id").GetGuid()}");
        Assert.Equal(1, current.GetProperty("currentVersion").GetInt32());
        Assert.Equal("offline", current.GetProperty("source").GetString());
        Assert.DoesNotContain("Hooli", current.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_general_ai_endpoint_does_not_take_cover_letter_jobs()
    {
        await using var api = Start(await NewDatabaseAsync(), Fake);
        using var client = api.CreateClient();
        var resume = await UploadSampleAsync(client);
        using var response = await StartJobAsync(client, resume.Id, new { task = "coverLetter", jobDescription = Posting });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static (int ExitCode, string Output) Qpdf(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"letter-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("qpdf", ["--check", file]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, stdout + stderr.GetAwaiter().GetResult());
        }
        finally
        {
            File.Delete(file);
        }
    }
}

public sealed class SqliteCoverLetterApiTests(ITestOutputHelper output) : CoverLetterApiTests(output)
{
    protected override Task<string> NewDatabaseAsync() =>
        Task.FromResult("sqlite:///" + Path.Combine(Directory.CreateTempSubdirectory("rr-letters-").FullName, "letters.db"));
}

[Collection(PostgresApiCollection.Name)]
public sealed class PostgresCoverLetterApiTests(PostgresApiFixture fixture, ITestOutputHelper output) : CoverLetterApiTests(output)
{
    protected override Task<string> NewDatabaseAsync() => fixture.Server.CreateDatabaseAsync();
}
