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
                (await client.DeleteAsync($"/api/v1/resumes/{created.Id}")).Dispose();
            }

            (await client.UploadAsync(Documents.CorruptPdf(), "broken.pdf")).Dispose();
        }

        var logs = string.Concat(Directory.GetFiles(root, "app*.log").Select(File.ReadAllText));
        Assert.Contains("Upload accepted", logs, StringComparison.Ordinal);
        foreach (var secret in new[] { "Jane", "jane.example@example.com", "555 0134", "5550134", "Acme", "billing platform", "Somewhere" })
        {
            Assert.DoesNotContain(secret, logs, StringComparison.OrdinalIgnoreCase);
        }

        Directory.Delete(root, recursive: true);
    }
}
