using Microsoft.Extensions.DependencyInjection;
using ResumeRefiner.Api.Resumes;
using ResumeRefiner.Api.Tests.Infrastructure;
using ResumeRefiner.Core.Analysis.Ats;
using ResumeRefiner.Core.Model;
using ResumeRefiner.Core.Parsing;

namespace ResumeRefiner.Api.Tests.Resumes;

/// <summary>The upload's steps on their own: reading a document (type check, parse, time limit) and building its row.</summary>
public sealed class UploadPipelineTests
{
    [Fact]
    public void Content_that_is_no_document_is_refused_before_it_is_parsed()
    {
        var parser = new ScriptedParser(() => throw new InvalidOperationException("The parser must not be called."));

        var (document, refusal) = Read(parser, Documents.Executable(), "cv.pdf");

        Assert.Null(document);
        Assert.Equal(SniffRejection.UnsupportedType, Assert.IsType<UploadResult.WrongType>(refusal).Rejection);
    }

    [Fact]
    public void A_document_the_parser_cannot_read_is_refused_with_its_reason()
    {
        var parser = new ScriptedParser(() => throw new UnreadableDocumentException(UnreadableReason.NoTextLayer, "Scanned, no text."));

        var (document, refusal) = Read(parser, Documents.Text(), "cv.txt");

        Assert.Null(document);
        Assert.Equal(new UploadResult.Unreadable("Scanned, no text.", "notextlayer"), refusal);
    }

    [Fact]
    public void A_parse_stopped_by_its_time_limit_is_refused_as_a_timeout()
    {
        // The request is still live, so a cancellation can only be the parse time limit.
        var parser = new ScriptedParser(() => throw new OperationCanceledException());

        var (document, refusal) = Read(parser, Documents.Text(), "cv.txt");

        Assert.Null(document);
        Assert.Equal("timeout", Assert.IsType<UploadResult.Unreadable>(refusal).Reason);
    }

    [Fact]
    public void A_readable_document_comes_back_parsed_and_inspected()
    {
        var parsed = new ParsedResume(new Resume { Basics = new Basics { Name = "Ada Lovelace" } }, [new FieldConfidence("basics.name", 0.9, "first line")]);

        var (document, refusal) = Read(new ScriptedParser(() => parsed), Documents.Text(), "cv.md");

        Assert.Null(refusal);
        Assert.Equal(DocumentKind.Markdown, document!.Kind);
        Assert.Same(parsed, document.Parsed);
        Assert.Equal(DocumentKind.Markdown, document.Inspected.Facts.Kind);
    }

    [Fact]
    public async Task The_row_holds_the_file_and_its_first_version_under_the_workspace()
    {
        var workspaceId = Guid.NewGuid();
        var now = new DateTime(2026, 12, 7, 9, 30, 0, DateTimeKind.Utc);
        var resume = new Resume { Basics = new Basics { Name = new string('a', 250) } };
        var document = new UploadedDocument(DocumentKind.Markdown, new ParsedResume(resume, []), new InspectedDocument(new DocumentFacts { PageCount = 1 }, "text"), TimeSpan.FromMilliseconds(12));
        await using var received = new ReceivedFile(Path.GetTempFileName(), "cv.md", 42, "ab12");

        var row = UploadPipeline.BuildRow(workspaceId, received, document, now);

        Assert.Equal($"{workspaceId:N}/{row.Id:N}", row.StorageKey);
        Assert.Equal(("cv.md", "markdown", 42L, "ab12"), (row.FileName, row.FileKind, row.FileSize, row.Sha256));
        Assert.Equal(StoredResume.MaxDisplayNameLength, row.DisplayName!.Length);
        Assert.Equal((1, now, now), (row.CurrentVersion, row.CreatedAt, row.UpdatedAt));
        Assert.Equal(1, row.Facts!.PageCount);
        var version = Assert.Single(row.Versions);
        Assert.Equal((row.Id, 1, VersionSource.Upload, now), (version.ResumeId, version.Number, version.Source, version.CreatedAt));
        Assert.Same(resume, version.Document);
    }

    private static (UploadedDocument?, UploadResult?) Read(IResumeParser parser, byte[] content, string fileName)
    {
        using var factory = ApiFactory.Sqlite(services: s => s.AddSingleton(parser));
        using var scope = factory.Services.CreateScope();
        using var stream = new MemoryStream(content);
        return scope.ServiceProvider.GetRequiredService<UploadPipeline>().Read(stream, fileName, progress: null, CancellationToken.None);
    }

    private sealed class ScriptedParser(Func<ParsedResume> parse) : IResumeParser
    {
        public ParsedResume Parse(Stream content, DocumentKind kind, CancellationToken cancellationToken = default) => parse();

        public ParsedResume Parse(Stream content, DocumentKind kind, IProgress<OcrProgress>? progress, CancellationToken cancellationToken) => parse();
    }
}
