using Microsoft.Playwright;
using PdfSharp.Pdf.IO;
using ResumeRefiner.Api.Tests.Infrastructure;

namespace ResumeRefiner.Api.Tests.EndToEnd;

/// <summary>A dense one-page original, exported from the browser, stays one page with all of its content.</summary>
public sealed class ExportFlowTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly string[] DenseResume =
    [
        "Jane Q. Example",
        "jane.example@example.com | +1 415 555 0134 | San Francisco, CA",
        "",
        "SUMMARY",
        "Backend engineer with ten years of payments and billing systems, from design through operations.",
        "",
        "EXPERIENCE",
        .. Role("Senior Software Engineer, Acme Corp", "Jan 2020 - Present", "billing"),
        .. Role("Software Engineer, Globex", "Mar 2016 - Dec 2019", "payments"),
        .. Role("Junior Developer, Initech", "Jun 2014 - Feb 2016", "reporting"),
        .. Role("Intern, Hooli", "Jun 2013 - Sep 2013", "search"),
        "",
        "EDUCATION",
        "University of Somewhere",
        "B.Sc. Computer Science, 2010 - 2014",
        "",
        "SKILLS",
        "C#, TypeScript, PostgreSQL, Kubernetes, Terraform, Kafka, Redis, gRPC",
    ];

    private static string[] Role(string title, string dates, string area) =>
    [
        title,
        dates,
        $"• Led the {area} platform migration to .NET 8, cutting hosting costs by 30% across four regions and two clouds",
        $"• Designed the {area} event pipeline on Kafka, handling 40,000 messages a second at peak load with no data loss",
        $"• Mentored five engineers and ran the {area} release calendar for three product teams over two years",
        $"• Cut the {area} incident rate by half with contract tests, canary releases and runbooks for every service",
        $"• Wrote the {area} service's on-call guide and trained twelve engineers to use it during their first rotation",
        $"• Moved the {area} reports from nightly batches to streaming, so finance sees figures within minutes of a sale",
        $"• Replaced the {area} hand-written SQL with typed queries, removing a class of outages caused by schema drift",
    ];

    [Fact]
    public async Task A_dense_one_page_original_exports_to_one_page_with_all_its_content()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = browser.BaseAddress.ToString(), AcceptDownloads = true, ViewportSize = new() { Width = 1366, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        var original = Documents.DensePdf(DenseResume);
        Assert.Equal(1, PdfReader.Open(new MemoryStream(original), PdfDocumentOpenMode.Import).PageCount);
        await StartPage.UploadAndOpenAsync(page, new FilePayload { Name = "dense.pdf", MimeType = "application/pdf", Buffer = original }, "Jane Q. Example");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Export" }).ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download PDF" }).ClickAsync());
        await using var content = await download.CreateReadStreamAsync();
        using var exported = new MemoryStream();
        await content.CopyToAsync(exported);
        exported.Position = 0;

        Assert.Equal(1, PdfReader.Open(exported, PdfDocumentOpenMode.Import).PageCount);
        exported.Position = 0;
        using var text = UglyToad.PdfPig.PdfDocument.Open(exported.ToArray());
        var words = string.Join(' ', text.GetPages().Select(p => p.Text));
        Assert.Contains("schema drift", words, StringComparison.Ordinal);
        Assert.Contains("Terraform", words, StringComparison.Ordinal);
        // It fits because the layout was tightened: the classic template's designed margin is 54 pt.
        var left = text.GetPage(1).Letters.Min(letter => letter.BoundingBox.Left);
        Assert.True(left < 53, $"the text starts {left:0.0} pt from the edge: nothing was tightened, so this resume does not test the fit");
    }
}
