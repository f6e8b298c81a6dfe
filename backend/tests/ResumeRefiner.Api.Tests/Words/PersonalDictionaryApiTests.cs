using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ResumeRefiner.Api.Tests.Infrastructure;

namespace ResumeRefiner.Api.Tests.Words;

/// <summary>"Add to dictionary" and "Ignore": stored with the workspace, applied to its later checks, deleted with it.</summary>
public sealed class PersonalDictionaryApiTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    private const string Text = "Reviewed the migraton plan with the team.";

    private static async Task<List<string>> FlaggedAsync(HttpClient client, string text)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/check", new { text });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("issues").EnumerateArray()
            .Select(i => text.Substring(i.GetProperty("offset").GetInt32(), i.GetProperty("length").GetInt32()))];
    }

    [Fact]
    public async Task An_added_word_is_accepted_by_later_checks_of_that_workspace_only_until_it_is_removed()
    {
        using var client = fixture.Factory.CreateClient();
        using var stranger = fixture.Factory.CreateClient();
        Assert.Contains("migraton", await FlaggedAsync(client, Text));

        using var added = await client.PostAsJsonAsync("/api/v1/dictionary", new { word = "migraton" });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);

        Assert.DoesNotContain("migraton", await FlaggedAsync(client, Text));
        Assert.Contains("migraton", await FlaggedAsync(stranger, Text));
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/dictionary");
        var entry = Assert.Single(list.GetProperty("words").EnumerateArray());
        Assert.Equal("dictionary", entry.GetProperty("kind").GetString());

        using var removed = await client.DeleteAsync("/api/v1/dictionary/migraton");
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Contains("migraton", await FlaggedAsync(client, Text));
        using var again = await client.DeleteAsync("/api/v1/dictionary/migraton");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task An_ignored_word_is_not_reported_by_the_analysis_of_the_workspaces_resumes()
    {
        using var client = fixture.Factory.CreateClient();
        var lines = Documents.SampleLines.Select(l => l.Replace("the migration", "the migraton", StringComparison.Ordinal)).ToArray();
        var resume = await client.UploadOkAsync(Documents.Text(lines), "cv.txt");

        async Task<int> SpellingFindingsAsync()
        {
            using var response = await client.PostAsJsonAsync($"/api/v1/resumes/{resume.Id}/analyses", new { jobDescription = (string?)null });
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("report").GetProperty("findings").EnumerateArray()
                .Count(f => f.GetProperty("rule").GetString() == "language-spelling");
        }

        Assert.Equal(1, await SpellingFindingsAsync());
        using var ignored = await client.PostAsJsonAsync("/api/v1/dictionary", new { word = "migraton", kind = "ignored" });
        Assert.Equal(HttpStatusCode.Created, ignored.StatusCode);
        Assert.Equal(0, await SpellingFindingsAsync());
    }

    [Fact]
    public async Task Deleting_the_workspace_deletes_its_words()
    {
        using var client = fixture.Factory.CreateClient();
        using var added = await client.PostAsJsonAsync("/api/v1/dictionary", new { word = "Dataduct" });
        var before = await fixture.Factory.WithDbAsync(db => db.DictionaryWords.CountAsync(w => w.Word == "Dataduct"));

        using var deleted = await client.DeleteAsync("/api/v1/workspace");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.True(before >= 1);
        Assert.Equal(before - 1, await fixture.Factory.WithDbAsync(db => db.DictionaryWords.CountAsync(w => w.Word == "Dataduct")));
        Assert.Empty((await client.GetFromJsonAsync<JsonElement>("/api/v1/dictionary")).GetProperty("words").EnumerateArray());
    }

    [Theory]
    [InlineData("{\"word\":\"\"}")]
    [InlineData("{\"word\":\"two words\"}")]
    [InlineData("{\"word\":\"Nostos\",\"kind\":\"forever\"}")]
    public async Task A_word_that_is_not_one_or_an_unknown_kind_is_a_400_problem(string body)
    {
        using var client = fixture.Factory.CreateClient();

        using var response = await client.PostAsync(new Uri("/api/v1/dictionary", UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await response.ReadProblemAsync();
    }
}
