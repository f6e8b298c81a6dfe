using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ResumeRefiner.Api.Tests.Ai;
using ResumeRefiner.Core.Model;
using Xunit.Abstractions;
using static ResumeRefiner.Api.Tests.Ai.AiTestHost;

namespace ResumeRefiner.Api.Tests.CoverLetters;

/// <summary>
/// The figure in docs/ai.md: one cover-letter request (system prompt with schema, resume, posting) for the two-page
/// resume of <see cref="AiCostFigures"/>, as the fake received it, at ~4 characters per token and the default price.
/// Run with <c>--filter CoverLetterCostFigures --logger "console;verbosity=detailed"</c>.
/// </summary>
public sealed class CoverLetterCostFigures(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Posting = """
        Senior Backend Engineer — Payments

        We are a growing fintech company looking for a Senior Backend Engineer to join our payments platform team.
        You will design and build the services that move money for our customers, working closely with product and
        infrastructure teams.

        Requirements:
        - 5+ years of professional software development
        - Strong experience with C# and .NET
        - PostgreSQL and SQL performance tuning
        - Building and operating REST APIs
        - Experience with AWS or another cloud platform
        - Docker and Kubernetes

        Nice to have:
        - Kafka or another message broker
        - Terraform
        - Experience in payments or billing

        We offer a hybrid work model, a learning budget and a friendly team.
        """;

    private FakeAnthropic _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeAnthropic.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task Token_count_and_cost_of_one_cover_letter()
    {
        // A reply of a real letter's length (about 330 words).
        var sentence = "At {{NAME}}'s last role the billing platform moved to .NET with the team, and the work was planned, tested and shipped in steps.";
        var body = string.Join(' ', Enumerable.Repeat(sentence, 14));
        var letter = new JsonObject { ["paragraphs"] = new JsonArray("Dear [Hiring manager],", body, "Sincerely,\n{{NAME}}") }.ToJsonString();
        _fake.Reply = _ => letter;
        await using var api = Start("sqlite:///{root}/test.db", _fake);
        using var client = api.CreateClient();
        var uploaded = await UploadSampleAsync(client);
        using (var put = await client.PutAsJsonAsync($"/api/v1/resumes/{uploaded.Id}", AiCostFigures.TwoPageResume(), ResumeJson.Options))
        {
            put.EnsureSuccessStatusCode();
        }

        using var drafted = await client.PostAsJsonAsync($"/api/v1/resumes/{uploaded.Id}/cover-letters", new { jobDescription = Posting, company = "Initech" });
        var jobId = (await drafted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("aiDraft").GetProperty("jobId").GetGuid();
        await WaitAsync(client, uploaded.Id, jobId);

        var recorded = Assert.Single(_fake.Requests);
        var system = recorded.Body["system"]!.AsArray().Sum(b => b!["text"]!.GetValue<string>().Length);
        var messages = recorded.Body["messages"]!.AsArray().Sum(m => m!["content"]!.AsArray().Sum(b => b!["text"]?.GetValue<string>().Length ?? 0));
        var inTokens = (int)Math.Ceiling((system + messages) / 4.0);
        var outTokens = (int)Math.Ceiling(letter.Length / 4.0);
        var cost = (inTokens * 3.0 + outTokens * 15.0) / 1_000_000;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"cover letter: HTTP body {recorded.Raw.Length:N0} bytes; system {system:N0} + user {messages:N0} chars = {inTokens:N0} input tokens; reply {letter.Length:N0} chars = {outTokens:N0} output tokens; {cost:0.0000} USD"));
        Assert.InRange(cost, 0.001, 1);
    }
}
