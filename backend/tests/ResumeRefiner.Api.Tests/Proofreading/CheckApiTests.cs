using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ResumeRefiner.Api.Tests.Infrastructure;

namespace ResumeRefiner.Api.Tests.Proofreading;

public sealed class CheckApiTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    [Fact]
    public async Task A_misspelling_is_reported_with_its_offset_and_a_suggestion()
    {
        using var client = fixture.Factory.CreateClient();
        const string text = "Managd a team of five engineers building Kubernetes services.";

        using var response = await client.PostAsJsonAsync("/api/v1/check", new { text, language = "en-US" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var issues = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("issues").EnumerateArray().ToList();
        var spelling = Assert.Single(issues, i => i.GetProperty("category").GetString() == "spelling");
        Assert.Equal(0, spelling.GetProperty("offset").GetInt32());
        Assert.Equal("Managd".Length, spelling.GetProperty("length").GetInt32());
        Assert.Contains("Managed", spelling.GetProperty("replacements").EnumerateArray().Select(r => r.GetString()));
        Assert.DoesNotContain(issues, i => text.Substring(i.GetProperty("offset").GetInt32(), i.GetProperty("length").GetInt32()) == "Kubernetes");
    }

    [Fact]
    public async Task A_switched_off_rule_and_a_personal_dictionary_word_are_not_reported()
    {
        using var client = fixture.Factory.CreateClient();
        const string text = "Built Zorblax tooling.";

        var plain = await client.PostAsJsonAsync("/api/v1/check", new { text });
        var withWord = await client.PostAsJsonAsync("/api/v1/check", new { text, personalDictionary = new[] { "Zorblax" } });

        var before = (await plain.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("issues").GetArrayLength();
        var after = (await withWord.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("issues").GetArrayLength();
        Assert.True(after <= before);
        Assert.Equal(0, after);
    }

    [Theory]
    [InlineData("{\"language\":\"en-US\"}")]
    [InlineData("{\"text\":\"hello\",\"language\":\"fr-FR\"}")]
    public async Task Missing_text_or_an_unknown_language_is_a_400_problem(string body)
    {
        using var client = fixture.Factory.CreateClient();

        using var response = await client.PostAsync(new Uri("/api/v1/check", UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await response.ReadProblemAsync();
    }

    [Fact]
    public async Task Invalid_JSON_is_a_400_problem_that_says_what_is_wrong()
    {
        using var client = fixture.Factory.CreateClient();

        using var response = await client.PostAsync(new Uri("/api/v1/check", UriKind.Relative), new StringContent("{\"text\": ", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("JSON", (await response.ReadProblemAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_text_over_the_length_cap_is_a_413_problem()
    {
        using var client = fixture.Factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/v1/check", new { text = new string('a', 100_001) });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.EndsWith("text-too-long", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Issues_say_whether_their_fix_is_safe_to_apply_with_one_click()
    {
        using var client = fixture.Factory.CreateClient();
        const string text = "Built Nostos and recieved an award.";

        using var response = await client.PostAsJsonAsync("/api/v1/check", new { text });

        var issues = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("issues").EnumerateArray().ToList();
        var typo = Assert.Single(issues, i => text.Substring(i.GetProperty("offset").GetInt32(), i.GetProperty("length").GetInt32()) == "recieved");
        Assert.True(typo.GetProperty("oneClick").GetBoolean());
        Assert.All(issues.Where(i => text.Substring(i.GetProperty("offset").GetInt32(), 1) == "N"), i => Assert.False(i.GetProperty("oneClick").GetBoolean()));
    }
}
