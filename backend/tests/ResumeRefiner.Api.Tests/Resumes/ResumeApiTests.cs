using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResumeRefiner.Api.Resumes;
using ResumeRefiner.Api.Tests.Infrastructure;
using ResumeRefiner.Api.Workspaces;
using ResumeRefiner.Core.Model;

namespace ResumeRefiner.Api.Tests.Resumes;

/// <summary>The resume API's behaviour, run once on SQLite and once on PostgreSQL.</summary>
public abstract class ResumeApiTests(ApiFactory factory)
{
    protected ApiFactory Factory { get; } = factory;

    /// <summary>A browser-like client with its own cookie jar, hence its own workspace.</summary>
    protected HttpClient NewVisitor() => Factory.CreateClient();

    [Theory]
    [InlineData("pdf")]
    [InlineData("docx")]
    [InlineData("txt")]
    [InlineData("md")]
    public async Task Upload_parses_the_document_and_returns_201_with_the_resume(string extension)
    {
        var content = extension switch
        {
            "pdf" => Documents.Pdf(),
            "docx" => Documents.Docx(),
            _ => Documents.Text(),
        };
        using var client = NewVisitor();

        using var response = await client.UploadAsync(content, $"Jane CV.{extension}");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var detail = (await response.Content.ReadFromJsonAsync<ResumeDetail>(ResumeJson.Options))!;
        Assert.Equal($"/api/v1/resumes/{detail.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal($"Jane CV.{extension}", detail.FileName);
        Assert.Equal(1, detail.Version);
        Assert.Equal("Jane Q. Example", detail.Resume.Basics.Name);
        Assert.Equal("jane.example@example.com", detail.Resume.Basics.Email);
        Assert.Contains(detail.Resume.Work, w => w.Position == "Senior Software Engineer" && w.StartDate == "2020-01" && w.EndDate is null);
    }

    [Fact]
    public async Task First_upload_sets_an_HttpOnly_workspace_cookie_and_the_list_shows_the_resume()
    {
        using var client = NewVisitor();
        using var upload = await client.UploadAsync(Documents.Text(), "cv.txt");

        var cookie = Assert.Single(upload.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith(WorkspaceAccessor.InsecureCookieName + "=", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);

        var list = await client.GetFromJsonAsync<ResumeList>("/api/v1/resumes");
        var item = Assert.Single(list!.Items);
        Assert.Equal("cv.txt", item.FileName);
        Assert.Equal("Jane Q. Example", item.Name);
    }

    [Fact]
    public async Task Another_workspace_gets_404_for_every_resume_endpoint_and_changes_nothing()
    {
        using var owner = NewVisitor();
        var created = await owner.UploadOkAsync(Documents.Text(), "cv.txt");
        using var stranger = NewVisitor();
        await stranger.UploadOkAsync(Documents.Text("Someone Else"), "mine.txt");
        var path = $"/api/v1/resumes/{created.Id}";

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(path + "/file")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PutAsJsonAsync(path, new Resume { Basics = new Basics { Name = "Hijacked" } }, ResumeJson.Options)).StatusCode);
        using var delete = await stranger.DeleteAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        await delete.ReadProblemAsync();
        Assert.DoesNotContain((await stranger.GetFromJsonAsync<ResumeList>("/api/v1/resumes"))!.Items, i => i.Id == created.Id);

        var unchanged = await owner.GetFromJsonAsync<ResumeDetail>(path, ResumeJson.Options);
        Assert.Equal(1, unchanged!.Version);
        Assert.Equal("Jane Q. Example", unchanged.Resume.Basics.Name);
    }

    [Fact]
    public async Task A_request_without_any_workspace_sees_an_empty_list_and_404s()
    {
        using var owner = NewVisitor();
        var created = await owner.UploadOkAsync(Documents.Text(), "cv.txt");
        using var anonymous = NewVisitor();

        Assert.Empty((await anonymous.GetFromJsonAsync<ResumeList>("/api/v1/resumes"))!.Items);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/resumes/{created.Id}")).StatusCode);
    }

    [Fact]
    public async Task Api_clients_use_a_bearer_token_from_the_workspace_endpoint()
    {
        using var client = Factory.CreateClient(new() { HandleCookies = false });
        using var created = await client.PostAsync(new Uri("/api/v1/workspace", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var token = (await created.Content.ReadFromJsonAsync<WorkspaceCreated>())!.Token;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var detail = await client.UploadOkAsync(Documents.Text(), "cv.txt");
        Assert.Single((await client.GetFromJsonAsync<ResumeList>("/api/v1/resumes"))!.Items, i => i.Id == detail.Id);

        var hashes = await Factory.WithDbAsync(db => db.Workspaces.Select(w => w.TokenHash).ToListAsync());
        Assert.DoesNotContain(token, hashes);
    }

    [Fact]
    public async Task Put_saves_a_new_version_and_get_returns_it()
    {
        using var client = NewVisitor();
        var created = await client.UploadOkAsync(Documents.Text(), "cv.txt");
        var edited = created.Resume with { Basics = created.Resume.Basics with { Name = "Jane Edited", Label = "Staff Engineer" } };

        using var put = await client.PutAsJsonAsync($"/api/v1/resumes/{created.Id}", edited, ResumeJson.Options);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(2, (await put.Content.ReadFromJsonAsync<ResumeDetail>(ResumeJson.Options))!.Version);

        var current = await client.GetFromJsonAsync<ResumeDetail>($"/api/v1/resumes/{created.Id}", ResumeJson.Options);
        Assert.Equal(2, current!.Version);
        Assert.Equal("Jane Edited", current.Resume.Basics.Name);
        Assert.Equal("Staff Engineer", current.Resume.Basics.Label);
        Assert.Equal(2, await Factory.WithDbAsync(db => db.ResumeVersions.CountAsync(v => v.ResumeId == created.Id)));
    }

    [Fact]
    public async Task Restoring_an_earlier_version_undoes_an_edit_as_a_new_version()
    {
        using var client = NewVisitor();
        var created = await client.UploadOkAsync(Documents.Text(), "cv.txt");
        var path = $"/api/v1/resumes/{created.Id}";
        (await client.PutAsJsonAsync(path, created.Resume with { Basics = created.Resume.Basics with { Name = "Typo Nmae" } }, ResumeJson.Options)).Dispose();

        using var restore = await client.PostAsync(new Uri(path + "/versions/1/restore", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, restore.StatusCode);
        var restored = (await restore.Content.ReadFromJsonAsync<ResumeDetail>(ResumeJson.Options))!;
        Assert.Equal(3, restored.Version);
        Assert.Equal("Jane Q. Example", restored.Resume.Basics.Name);
        var history = (await client.GetFromJsonAsync<VersionList>(path + "/versions"))!;
        Assert.Equal(3, history.Current);
        Assert.Equal(["restore", "edit", "upload"], history.Items.Select(v => v.Source));
        var second = await client.GetFromJsonAsync<ResumeDetail>(path + "/versions/2", ResumeJson.Options);
        Assert.Equal("Typo Nmae", second!.Resume.Basics.Name);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path + "/versions/9")).StatusCode);
    }

    [Fact]
    public async Task Another_workspace_gets_404_on_the_version_history()
    {
        using var owner = NewVisitor();
        var created = await owner.UploadOkAsync(Documents.Text(), "cv.txt");
        using var stranger = NewVisitor();
        await stranger.UploadOkAsync(Documents.Text("Someone Else"), "mine.txt");
        var path = $"/api/v1/resumes/{created.Id}/versions";

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(path + "/1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync(new Uri(path + "/1/restore", UriKind.Relative), null)).StatusCode);
        Assert.Equal(1, (await owner.GetFromJsonAsync<VersionList>(path))!.Current);
    }

    [Fact]
    public async Task Put_with_a_body_that_is_not_a_resume_is_a_400_problem()
    {
        using var client = NewVisitor();
        var created = await client.UploadOkAsync(Documents.Text(), "cv.txt");

        using var put = await client.PutAsync(new Uri($"/api/v1/resumes/{created.Id}", UriKind.Relative),
            new StringContent("{\"basics\": 42", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
    }

    [Fact]
    public async Task A_second_upload_of_the_same_file_answers_200_with_the_edited_resume_and_says_it_is_a_duplicate()
    {
        using var client = NewVisitor();
        var first = await client.UploadOkAsync(Documents.Text(), "cv.txt");
        (await client.PutAsJsonAsync($"/api/v1/resumes/{first.Id}", first.Resume with { Basics = first.Resume.Basics with { Label = "Staff Engineer" } }, ResumeJson.Options)).Dispose();

        using var again = await client.UploadAsync(Documents.Text(), "cv.txt");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var body = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(first.Id, body.GetProperty("id").GetGuid());
        Assert.Equal(2, body.GetProperty("version").GetInt32());
        Assert.Equal("Staff Engineer", body.GetProperty("resume").GetProperty("basics").GetProperty("label").GetString());
        var duplicateOf = body.GetProperty("duplicateOf");
        Assert.Equal(first.Id, duplicateOf.GetProperty("id").GetGuid());
        Assert.Equal(2, duplicateOf.GetProperty("version").GetInt32());
        Assert.True(duplicateOf.GetProperty("edited").GetBoolean());
        Assert.Equal(first.CreatedAt, duplicateOf.GetProperty("uploadedAt").GetDateTime(), TimeSpan.FromMilliseconds(1));
        AssertUtc(duplicateOf, "uploadedAt");
        // A fresh upload and any other read of the resume carry no duplicateOf.
        Assert.False((await client.GetFromJsonAsync<JsonElement>($"/api/v1/resumes/{first.Id}")).TryGetProperty("duplicateOf", out _));
    }

    [Fact]
    public async Task Asked_to_parse_a_known_file_afresh_the_upload_creates_a_new_resume_beside_the_edited_one()
    {
        using var client = NewVisitor();
        var first = await client.UploadOkAsync(Documents.Text(), "cv.txt");
        (await client.PutAsJsonAsync($"/api/v1/resumes/{first.Id}", first.Resume with { Basics = first.Resume.Basics with { Label = "Staff Engineer" } }, ResumeJson.Options)).Dispose();

        using var fresh = await client.UploadAsync(Documents.Text(), "cv.txt", query: "duplicate=new");

        Assert.Equal(HttpStatusCode.Created, fresh.StatusCode);
        var body = await fresh.Content.ReadFromJsonAsync<JsonElement>();
        var freshId = body.GetProperty("id").GetGuid();
        Assert.NotEqual(first.Id, freshId);
        Assert.Equal(1, body.GetProperty("version").GetInt32());
        Assert.False(body.TryGetProperty("duplicateOf", out _));
        Assert.NotEqual("Staff Engineer", body.Deserialize<ResumeDetail>(ResumeJson.Options)!.Resume.Basics.Label);
        var list = await client.GetFromJsonAsync<ResumeList>("/api/v1/resumes");
        Assert.Equal(2, list!.Items.Count);
        Assert.Equal(2, (await client.GetFromJsonAsync<ResumeDetail>($"/api/v1/resumes/{first.Id}", ResumeJson.Options))!.Version);

        // A plain re-upload now finds the copy worked on last: the fresh one.
        using var again = await client.UploadAsync(Documents.Text(), "cv.txt");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var duplicateOf = (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("duplicateOf");
        Assert.Equal(freshId, duplicateOf.GetProperty("id").GetGuid());
        Assert.False(duplicateOf.GetProperty("edited").GetBoolean());
    }

    [Fact]
    public async Task An_unknown_duplicate_choice_is_a_400_problem()
    {
        using var client = NewVisitor();

        using var response = await client.UploadAsync(Documents.Text(), "cv.txt", query: "duplicate=sometimes");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await response.ReadProblemAsync();
    }

    [Fact]
    public async Task The_original_file_downloads_byte_for_byte()
    {
        using var client = NewVisitor();
        var original = Documents.Pdf();
        var created = await client.UploadOkAsync(original, "Jane CV.pdf");

        using var response = await client.GetAsync($"/api/v1/resumes/{created.Id}/file");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(original, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Delete_removes_the_row_the_versions_and_the_file()
    {
        using var client = NewVisitor();
        var created = await client.UploadOkAsync(Documents.Text(), "cv.txt");
        var filesBefore = Factory.StoredFiles().Length;

        using var delete = await client.DeleteAsync($"/api/v1/resumes/{created.Id}");

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/resumes/{created.Id}")).StatusCode);
        Assert.Equal(filesBefore - 1, Factory.StoredFiles().Length);
        Assert.Equal(0, await Factory.WithDbAsync(db => db.ResumeVersions.CountAsync(v => v.ResumeId == created.Id)));
    }

    public static TheoryData<string, string, int, string> BadUploads => new()
    {
        { "exe-renamed-pdf", "cv.pdf", 415, "unsupported-file-type" },
        { "legacy-doc", "cv.doc", 415, "unsupported-file-type" },
        { "zip-not-docx", "cv.docx", 415, "unsupported-file-type" },
        { "empty", "cv.pdf", 400, "invalid-request" },
        { "corrupt-pdf", "cv.pdf", 422, "unreadable-document" },
        { "corrupt-docx", "cv.docx", 422, "unreadable-document" },
        { "encrypted-pdf", "cv.pdf", 422, "unreadable-document.encrypted" },
        { "encrypted-docx", "cv.docx", 422, "unreadable-document.encrypted" },
        { "too-large", "cv.txt", 413, "file-too-large" },
    };

    [Theory]
    [MemberData(nameof(BadUploads))]
    public async Task Bad_uploads_get_a_problem_and_nothing_is_stored(string kind, string fileName, int status, string problemType)
    {
        var content = kind switch
        {
            "exe-renamed-pdf" => Documents.Executable(),
            "legacy-doc" => LegacyDoc(),
            "zip-not-docx" => ZipWithoutWordDocument(),
            "empty" => [],
            "corrupt-pdf" => Documents.CorruptPdf(),
            "corrupt-docx" => Documents.CorruptDocx(),
            "encrypted-pdf" => EncryptedDocuments.Pdf(),
            "encrypted-docx" => Documents.EncryptedDocx(),
            "too-large" => System.Text.Encoding.UTF8.GetBytes(new string('a', (int)Factory.MaxFileSize + 1)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        var resumesBefore = await Factory.WithDbAsync(db => db.Resumes.CountAsync());
        var filesBefore = Factory.StoredFiles().Length;
        using var client = NewVisitor();

        using var response = await client.UploadAsync(content, fileName, "application/pdf");

        Assert.Equal(status, (int)response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.StartsWith("urn:resume-refiner:problem:" + problemType, problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.Equal(resumesBefore, await Factory.WithDbAsync(db => db.Resumes.CountAsync()));
        Assert.Equal(filesBefore, Factory.StoredFiles().Length);
        Assert.False(response.Headers.Contains("Set-Cookie"), "a refused upload must not create a workspace");
    }

    [Fact]
    public async Task A_request_without_the_file_field_is_a_400_problem()
    {
        using var client = NewVisitor();
        using var form = new MultipartFormDataContent { { new StringContent("hello"), "notes" } };

        using var response = await client.PostAsync(new Uri("/api/v1/resumes", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'file'", (await response.ReadProblemAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stored_file_gone_from_the_store_is_a_404_problem_not_a_500()
    {
        using var client = NewVisitor();
        var resume = await client.UploadOkAsync(Documents.Text(), "cv.txt");
        using (var scope = Factory.Services.CreateScope())
        {
            var key = await scope.ServiceProvider.GetRequiredService<ResumeRefiner.Api.Persistence.AppDb>().Resumes
                .Where(r => r.Id == resume.Id).Select(r => r.StorageKey).SingleAsync();
            await scope.ServiceProvider.GetRequiredService<ResumeRefiner.Api.Storage.IFileStore>().DeleteAsync(key);
        }

        using var response = await client.GetAsync($"/api/v1/resumes/{resume.Id}/file");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no longer", (await response.ReadProblemAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_not_multipart_is_a_400_problem()
    {
        using var client = NewVisitor();

        using var response = await client.PostAsync(new Uri("/api/v1/resumes", UriKind.Relative), new StringContent("Jane Doe"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await response.ReadProblemAsync();
    }

    [Fact]
    public async Task Unknown_resume_ids_and_api_paths_are_404_problems()
    {
        using var client = NewVisitor();
        await client.UploadOkAsync(Documents.Text(), "cv.txt");

        using var missing = await client.GetAsync($"/api/v1/resumes/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        await missing.ReadProblemAsync();

        using var unknownPath = await client.GetAsync("/api/v1/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, unknownPath.StatusCode);
        await unknownPath.ReadProblemAsync();
    }

    [Fact]
    public async Task Every_time_the_API_reads_back_from_the_database_is_UTC_with_a_Z()
    {
        using var client = NewVisitor();
        var resume = await client.UploadOkAsync(Documents.Text(), "cv.txt");
        using (await client.PostAsJsonAsync($"/api/v1/resumes/{resume.Id}/analyses", new { jobDescription = (string?)null }))
        {
        }

        using (await client.PostAsJsonAsync("/api/v1/dictionary", new { word = "Kubernetes" }))
        {
        }

        // Read back, not the upload answer: the times come from the database, which is where SQLite drops the zone.
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/resumes");
        AssertUtc(list.GetProperty("items")[0], "createdAt", "updatedAt");
        AssertUtc(await client.GetFromJsonAsync<JsonElement>($"/api/v1/resumes/{resume.Id}"), "createdAt", "updatedAt");
        var versions = await client.GetFromJsonAsync<JsonElement>($"/api/v1/resumes/{resume.Id}/versions");
        AssertUtc(versions.GetProperty("items")[0], "createdAt");
        var analyses = await client.GetFromJsonAsync<JsonElement>($"/api/v1/resumes/{resume.Id}/analyses");
        var analysis = analyses.GetProperty("items")[0];
        AssertUtc(analysis, "createdAt");
        AssertUtc(await client.GetFromJsonAsync<JsonElement>($"/api/v1/resumes/{resume.Id}/analyses/{analysis.GetProperty("id").GetGuid()}"), "createdAt");
        var words = await client.GetFromJsonAsync<JsonElement>("/api/v1/dictionary");
        AssertUtc(words.GetProperty("words")[0], "createdAt");
    }

    /// <summary>Each named time is ISO 8601 in UTC: it ends in Z, so a browser in any zone reads the same instant.</summary>
    internal static void AssertUtc(JsonElement item, params string[] names)
    {
        foreach (var name in names)
        {
            var text = item.GetProperty(name).GetString();
            Assert.True(text is not null && text.EndsWith('Z'), $"{name} is {text}, not UTC with a Z");
        }
    }

    private static byte[] LegacyDoc()
    {
        var bytes = new byte[4096];
        byte[] magic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        magic.CopyTo(bytes, 0);
        System.Text.Encoding.Unicode.GetBytes("WordDocument").CopyTo(bytes, 1024);
        return bytes;
    }

    private static byte[] ZipWithoutWordDocument()
    {
        using var memory = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(memory, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("photo.txt").Open());
            writer.Write("not a document");
        }

        return memory.ToArray();
    }
}

public sealed class SqliteResumeApiTests(SqliteApiFixture fixture) : ResumeApiTests(fixture.Factory), IClassFixture<SqliteApiFixture>;

[Collection(PostgresApiCollection.Name)]
public sealed class PostgresResumeApiTests(PostgresApiFixture fixture) : ResumeApiTests(fixture.Factory);
