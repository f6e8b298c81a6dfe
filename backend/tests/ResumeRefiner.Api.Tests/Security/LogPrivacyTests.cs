using System.Net.Http.Json;
using ResumeRefiner.Api.Tests.Infrastructure;

namespace ResumeRefiner.Api.Tests.Security;

public sealed class LogPrivacyTests
{
    [Fact]
    public async Task A_full_upload_edit_and_delete_logs_no_resume_text_email_or_phone()
    {
        var root = Directory.CreateTempSubdirectory("rr-logs-").FullName;
        var logFile = Path.Combine(root, "app.log");
        using (var factory = ApiFactory.Sqlite(new Dictionary<string, string?> { ["LOG_FILE"] = logFile, ["LOG_LEVEL"] = "Verbose" }))
        {
            using var client = factory.CreateClient();
            foreach (var (content, name) in new[] { (Documents.Pdf(), "Jane Q. Example CV.pdf"), (Documents.Docx(), "cv.docx"), (Documents.Text(), "cv.txt") })
            {
                var created = await client.UploadOkAsync(content, name);
                (await client.GetAsync($"/api/v1/resumes/{created.Id}")).Dispose();
                (await client.PostAsJsonAsync($"/api/v1/resumes/{created.Id}/analyses", new { jobDescription = "Billing platform engineer at Acme, Somewhere" })).Dispose();
                (await client.GetAsync($"/api/v1/resumes/{created.Id}/export?format=md")).Dispose();
                (await client.DeleteAsync($"/api/v1/resumes/{created.Id}")).Dispose();
            }

            (await client.UploadAsync(Documents.CorruptPdf(), "broken.pdf")).Dispose();
        }

        var logs = string.Concat(Directory.GetFiles(root, "app*.log").Select(File.ReadAllText));
        Assert.Contains("Upload accepted", logs, StringComparison.Ordinal);
        // The events operations rely on carry structured properties (route template, trace id, timings).
        foreach (var property in new[] { "\"ParseMs\":", "\"RouteTemplate\":\"/api/v1/resumes/{id:guid}\"", "\"TraceId\":", "\"StatusCode\":201", "\"Format\":\"markdown\"", "\"WithJob\":true" })
        {
            Assert.Contains(property, logs, StringComparison.Ordinal);
        }

        Assert.Contains("Upload refused", logs, StringComparison.Ordinal);
        foreach (var secret in new[] { "Jane", "jane.example@example.com", "555 0134", "5550134", "Acme", "billing platform", "Somewhere" })
        {
            Assert.DoesNotContain(secret, logs, StringComparison.OrdinalIgnoreCase);
        }

        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public async Task Logs_name_the_route_template_never_a_path_with_ids()
    {
        var root = Directory.CreateTempSubdirectory("rr-logs-").FullName;
        var logFile = Path.Combine(root, "app.log");
        Guid id;
        using (var factory = ApiFactory.Sqlite(new Dictionary<string, string?> { ["LOG_FILE"] = logFile, ["LOG_LEVEL"] = "Verbose" }))
        {
            using var client = factory.CreateClient();
            id = (await client.UploadOkAsync(Documents.Text(), "cv.txt")).Id;
            (await client.GetAsync($"/api/v1/resumes/{id}")).Dispose();
            (await client.GetAsync($"/api/v1/resumes/{id}/versions/9")).Dispose();
            (await client.DeleteAsync($"/api/v1/resumes/{id}")).Dispose();
        }

        var logs = string.Concat(Directory.GetFiles(root, "app*.log").Select(File.ReadAllText));
        Assert.Contains("\"RouteTemplate\":\"/api/v1/resumes/{id:guid}/versions/{number:int}\"", logs, StringComparison.Ordinal);
        Assert.DoesNotContain("RequestPath", logs, StringComparison.Ordinal);
        // The id itself may be a property of an event (ResumeId); it is the path that must not be logged.
        Assert.DoesNotContain($"/api/v1/resumes/{id}", logs, StringComparison.OrdinalIgnoreCase);
        Directory.Delete(root, recursive: true);
    }
}
