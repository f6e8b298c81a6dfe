using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ResumeRefiner.Api.Resumes;
using ResumeRefiner.Api.Tests.Infrastructure;
using ResumeRefiner.Core.Model;

namespace ResumeRefiner.Api.Tests.Resumes;

/// <summary>
/// Uploads of structured resumes: JSON Resume files (checked against the schema) and LinkedIn data exports, on both
/// database providers (unknown fields and LinkedIn's extras live in the stored JSON).
/// </summary>
public abstract class ImportUploadTests(ApiFactory factory)
{
    private ApiFactory Factory { get; } = factory;

    [Fact]
    public async Task The_JSON_export_uploaded_back_is_the_same_resume_exactly()
    {
        using var client = Factory.CreateClient();
        var first = await client.UploadOkAsync(Documents.Text(), "cv.txt");
        var export = await client.GetByteArrayAsync($"/api/v1/resumes/{first.Id}/export?format=json");

        using var upload = await client.UploadAsync(export, "resume.json", "application/json");

        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var imported = (await upload.Content.ReadFromJsonAsync<JsonObject>())!;
        var stored = await client.GetFromJsonAsync<JsonObject>($"/api/v1/resumes/{imported["id"]}");
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(export), stored!["resume"]), stored["resume"]!.ToJsonString());
        var reExport = await client.GetByteArrayAsync($"/api/v1/resumes/{imported["id"]}/export?format=json");
        Assert.Equal(Encoding.UTF8.GetString(export), Encoding.UTF8.GetString(reExport));
    }

    [Fact]
    public async Task Unknown_fields_of_an_uploaded_JSON_Resume_are_kept()
    {
        using var client = Factory.CreateClient();
        var json = """{ "basics": { "name": "Ines Brandão", "x-pronouns": "she/her" }, "work": [{ "name": "Tejo Labs", "startDate": "2021-02", "x-team": { "size": 4 } }], "meta": { "theme": "even" } }""";

        var detail = await client.UploadOkAsync(Encoding.UTF8.GetBytes(json), "resume.json");

        var stored = await client.GetFromJsonAsync<JsonObject>($"/api/v1/resumes/{detail.Id}");
        var resume = stored!["resume"]!;
        Assert.Equal("she/her", resume["basics"]!["x-pronouns"]!.GetValue<string>());
        Assert.Equal(4, resume["work"]![0]!["x-team"]!["size"]!.GetValue<int>());
        Assert.Equal("even", resume["meta"]!["theme"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_invalid_JSON_Resume_is_a_422_problem_listing_the_schema_errors_and_nothing_is_stored()
    {
        var before = await Factory.WithDbAsync(db => db.Resumes.CountAsync());
        using var client = Factory.CreateClient();
        var json = """{ "basics": { "name": "Ines", "email": "ines-at-example" }, "education": [{ "institution": "Lisboa", "endDate": "June 2019" }] }""";

        using var response = await client.UploadAsync(Encoding.UTF8.GetBytes(json), "resume.json", "application/json");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal("urn:resume-refiner:problem:invalid-import", problem.GetProperty("type").GetString());
        var paths = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()).ToList();
        Assert.Contains("/basics/email", paths);
        Assert.Contains("/education/0/endDate", paths);
        Assert.All(problem.GetProperty("errors").EnumerateArray(), e => Assert.False(string.IsNullOrEmpty(e.GetProperty("message").GetString())));
        Assert.Equal(before, await Factory.WithDbAsync(db => db.Resumes.CountAsync()));
    }

    [Fact]
    public async Task A_LinkedIn_export_ZIP_becomes_a_resume()
    {
        using var client = Factory.CreateClient();
        var zip = Zip(new()
        {
            ["Profile.csv"] = "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\nInes,Brandão,,,,Data Engineer,,,,\"Lisbon, Portugal\",,[ines.example],\n",
            ["Positions.csv"] = "Company Name,Title,Description,Location,Started On,Finished On\nTejo Labs,Data Engineer,\"• Built the lakehouse\n• Cut costs by 30%\",Lisbon,Feb 2021,\n",
            ["Email Addresses.csv"] = "Email Address,Confirmed,Primary,Updated On\nines@example.org,Yes,Yes,\n",
        });

        var detail = await client.UploadOkAsync(zip, "Basic_LinkedInDataExport.zip");

        Assert.Equal("Ines Brandão", detail.Resume.Basics.Name);
        Assert.Equal("ines@example.org", detail.Resume.Basics.Email);
        Assert.Equal("https://ines.example", detail.Resume.Basics.Url);
        var job = Assert.Single(detail.Resume.Work);
        Assert.Equal(("Tejo Labs", "Data Engineer", "2021-02"), (job.Name, job.Position, job.StartDate));
        Assert.Equal(["Built the lakehouse", "Cut costs by 30%"], job.Highlights);
    }

    [Fact]
    public async Task A_LinkedIn_ZIP_with_a_traversal_name_is_a_422_problem()
    {
        using var client = Factory.CreateClient();
        var zip = Zip(new() { ["../../Positions.csv"] = "Company Name,Title,Description,Location,Started On,Finished On\nX,Y,,,2020,\n" });

        using var response = await client.UploadAsync(zip, "export.zip");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal("urn:resume-refiner:problem:invalid-import", problem.GetProperty("type").GetString());
    }

    private static byte[] Zip(Dictionary<string, string> files)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in files)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }

        return memory.ToArray();
    }
}

public sealed class SqliteImportUploadTests(SqliteApiFixture fixture) : ImportUploadTests(fixture.Factory), IClassFixture<SqliteApiFixture>;

[Collection(PostgresApiCollection.Name)]
public sealed class PostgresImportUploadTests(PostgresApiFixture fixture) : ImportUploadTests(fixture.Factory);
