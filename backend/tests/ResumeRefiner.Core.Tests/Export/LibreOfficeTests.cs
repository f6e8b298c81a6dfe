using System.Diagnostics;
using ResumeRefiner.Core.Export;

namespace ResumeRefiner.Core.Tests.Export;

/// <summary>A second, independent consumer of our DOCX: LibreOffice must open it and render the text.</summary>
public class LibreOfficeTests
{
    [Theory]
    [InlineData(ResumeTemplate.Classic)]
    [InlineData(ResumeTemplate.Modern)]
    [InlineData(ResumeTemplate.Compact)]
    public async Task LibreOffice_converts_the_DOCX_to_a_PDF_with_the_name(ResumeTemplate template)
    {
        var office = FindOnPath("libreoffice") ?? FindOnPath("soffice");
        Assert.True(office is not null,
            "LibreOffice is not installed: install the Debian package 'libreoffice-writer-nogui' (apt-get install -y --no-install-recommends libreoffice-writer-nogui).");

        var dir = Directory.CreateTempSubdirectory("export-lo-");
        var profile = Path.Combine(Path.GetTempPath(), "lo-" + Guid.NewGuid().ToString("N"));
        try
        {
            var docx = Path.Combine(dir.FullName, "resume.docx");
            File.WriteAllBytes(docx, ResumeExporter.Instance.Export(ExportSamples.Minh(), ExportFormat.Docx, new ExportOptions { Template = template }).Content);
            var start = new ProcessStartInfo(office!)
            {
                ArgumentList = { "--headless", $"-env:UserInstallation=file://{profile}", "--convert-to", "pdf", "--outdir", dir.FullName, docx },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
            await process.WaitForExitAsync(timeout.Token);
            var pdf = Path.Combine(dir.FullName, "resume.pdf");
            Assert.True(File.Exists(pdf), $"LibreOffice wrote no PDF (exit {process.ExitCode}): {await stderr}");
            var text = PdfLines.Text(File.ReadAllBytes(pdf));
            Assert.Contains("Nguyễn Thị Minh", text, StringComparison.Ordinal);
            Assert.Contains("Globex Corporation", text, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(true);
            if (Directory.Exists(profile))
            {
                Directory.Delete(profile, true);
            }
        }
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
