using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ResumeRefiner.Core.Ai;
using ResumeRefiner.Core.Model;
using static ResumeRefiner.Api.Tests.Ai.AiTestHost;

namespace ResumeRefiner.Api.Tests.Ai;

/// <summary>
/// What Claude receives (structured output and prompt-cache breakpoints) and how cached tokens are counted and priced,
/// through the real SDK against the fake Messages API.
/// </summary>
public sealed class AiStructuredCacheTests : IAsyncLifetime
{
    private const double InputPrice = 3, OutputPrice = 15, CacheWritePrice = 4, CacheReadPrice = 0.5;
    private FakeAnthropic _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeAnthropic.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task Every_request_carries_its_task_schema_and_cache_breakpoints_and_cached_tokens_are_priced_apart()
    {
        await using var api = Start("sqlite:///{root}/test.db", _fake, new Dictionary<string, string?>
        {
            ["AI_PRICE_CACHE_WRITE_PER_MTOK"] = "4",
            ["AI_PRICE_CACHE_READ_PER_MTOK"] = "0.5",
        });
        using var client = api.CreateClient();
        var resume = await UploadSampleAsync(client);
        using (var put = await client.PutAsJsonAsync($"/api/v1/resumes/{resume.Id}", AiCostFigures.TwoPageResume(), ResumeJson.Options))
        {
            put.EnsureSuccessStatusCode();
        }

        var tasks = new (AiTask Task, object Body)[]
        {
            (AiTask.RewriteBullets, new { task = "rewriteBullets", targets = new[] { "work[0].highlights[0]", "work[1].highlights[1]" } }),
            (AiTask.Tailor, new { task = "tailor", jobDescription = "Senior backend engineer: C#, PostgreSQL, Kubernetes, Kafka." }),
            (AiTask.Summary, new { task = "summary" }),
            (AiTask.Review, new { task = "review" }),
        };
        var jobs = new List<JsonElement>();
        foreach (var (_, body) in tasks)
        {
            jobs.Add(await RunJobAsync(client, resume.Id, body));
        }

        var requests = _fake.Requests.ToList();
        Assert.Equal(tasks.Length, requests.Count);
        for (var i = 0; i < tasks.Length; i++)
        {
            var body = requests[i].Body;
            // The task's schema as the structured-output format (the SDK moves keywords such as maxLength into descriptions).
            var format = body["output_config"]!["format"]!;
            Assert.Equal("json_schema", format["type"]!.GetValue<string>());
            AssertSameShape(JsonNode.Parse(ReplySchema.For(tasks[i].Task))!, format["schema"]!);
            // The stable prefix first, each part ending in a breakpoint: system prompt (rules and schema), resume data; the task last.
            var system = Assert.Single(body["system"]!.AsArray())!;
            Assert.Equal(PromptBuilder.System, system["text"]!.GetValue<string>());
            Assert.Equal("ephemeral", system["cache_control"]!["type"]!.GetValue<string>());
            var content = Assert.Single(body["messages"]!.AsArray())!["content"]!.AsArray();
            Assert.Equal(2, content.Count);
            Assert.StartsWith("<resume_data>", content[0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Equal("ephemeral", content[0]!["cache_control"]!["type"]!.GetValue<string>());
            Assert.StartsWith("Task: ", content[1]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Null(content[1]!["cache_control"]);
            Assert.Equal("structured", jobs[i].GetProperty("usage").GetProperty("replyMode").GetString());
        }

        // One resume data block for the four tasks: the first call writes the prefix, the other three read it.
        Assert.Single(requests.Select(r => r.Body["messages"]![0]!["content"]![0]!["text"]!.GetValue<string>()).Distinct());
        Assert.True(requests[0].Usage.CacheWrite > 1000, requests[0].Usage.ToString());
        Assert.Equal(0, requests[0].Usage.CacheRead);
        Assert.All(requests.Skip(1), r => Assert.Equal((0, requests[0].Usage.CacheWrite), (r.Usage.CacheWrite, r.Usage.CacheRead)));

        long all = 0;
        var readTotal = 0;
        double costTotal = 0;
        for (var i = 0; i < tasks.Length; i++)
        {
            var usage = jobs[i].GetProperty("usage");
            var (input, output) = (usage.GetProperty("inputTokens").GetInt32(), usage.GetProperty("outputTokens").GetInt32());
            var (write, read) = (usage.GetProperty("cacheWriteTokens").GetInt32(), usage.GetProperty("cacheReadTokens").GetInt32());
            // The provider's split, as reported: full-price input apart from the cached tokens.
            Assert.Equal((requests[i].Usage.Input, requests[i].Usage.CacheWrite, requests[i].Usage.CacheRead), (input, write, read));
            var expected = Math.Round((input * InputPrice + output * OutputPrice + write * CacheWritePrice + read * CacheReadPrice) / 1_000_000, 6);
            Assert.Equal(expected, usage.GetProperty("estimatedCostUsd").GetDouble(), 6);
            all += input + output + write + read;
            readTotal += read;
            costTotal += expected;
        }

        var report = await client.GetFromJsonAsync<JsonElement>("/api/v1/ai/usage");
        var total = report.GetProperty("total");
        Assert.Equal(readTotal, total.GetProperty("cacheReadTokens").GetInt64());
        Assert.Equal(requests[0].Usage.CacheWrite, total.GetProperty("cacheWriteTokens").GetInt64());
        Assert.Equal(Math.Round(costTotal, 6), total.GetProperty("estimatedCostUsd").GetDouble(), 6);
        // The budget counts every token the model read or wrote, cached or not.
        Assert.Equal(all, report.GetProperty("tokensUsedToday").GetInt64());
    }

    /// <summary>The same properties, required lists and closed objects, all the way down.</summary>
    private static void AssertSameShape(JsonNode expected, JsonNode sent)
    {
        Assert.Equal(expected["type"]?.ToJsonString(), sent["type"]?.ToJsonString());
        Assert.Equal(expected["required"]?.ToJsonString(), sent["required"]?.ToJsonString());
        Assert.Equal(expected["additionalProperties"]?.ToJsonString(), sent["additionalProperties"]?.ToJsonString());
        if (expected["properties"] is JsonObject properties)
        {
            Assert.Equal(properties.Select(p => p.Key), sent["properties"]!.AsObject().Select(p => p.Key));
            foreach (var (name, property) in properties)
            {
                AssertSameShape(property!, sent["properties"]![name]!);
            }
        }

        if (expected["items"] is { } items)
        {
            AssertSameShape(items, sent["items"]!);
        }
    }
}
