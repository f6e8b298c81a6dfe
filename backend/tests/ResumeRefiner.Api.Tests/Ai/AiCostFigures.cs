using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ResumeRefiner.Core.Model;
using ResumeRefiner.Testing;
using Xunit.Abstractions;
using static ResumeRefiner.Api.Tests.Ai.AiTestHost;

namespace ResumeRefiner.Api.Tests.Ai;

/// <summary>
/// Produces the figures in docs/ai.md: the real prompts for a realistic two-page resume, as the fake provider received
/// them, in tokens (~4 characters of text per token, the prompt's split by the fake's prompt cache as the API splits them)
/// and cost at the default prices, without prompt caching, with every cacheable prefix written, and with every one read.
/// Run with <c>--filter AiCostFigures --logger "console;verbosity=detailed"</c> to see them.
/// </summary>
public sealed class AiCostFigures(ITestOutputHelper output) : IAsyncLifetime
{
    private const double InputPrice = 3, OutputPrice = 15, CacheWritePrice = 3.75, CacheReadPrice = 0.30;
    private FakeAnthropic _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeAnthropic.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task Token_count_and_cost_per_resume_for_the_default_prompts()
    {
        await using var api = Start("sqlite:///{root}/test.db", _fake);
        using var client = api.CreateClient();
        var uploaded = await UploadSampleAsync(client);
        using (var put = await client.PutAsJsonAsync($"/api/v1/resumes/{uploaded.Id}", TwoPageResume(), ResumeJson.Options))
        {
            put.EnsureSuccessStatusCode();
        }

        var resume = TwoPageResume();
        var words = ResumeRefiner.Core.Ai.ResumeFields.All(resume).Sum(f => f.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        var requests = new (string Name, object Body)[]
        {
            ("rewriteBullets (5 bullets)", new { task = "rewriteBullets", targets = Enumerable.Range(0, 5).Select(i => $"work[0].highlights[{i}]").ToArray() }),
            ("tailor", new { task = "tailor", jobDescription = Posting }),
            ("summary", new { task = "summary" }),
            ("review", new { task = "review" }),
        };
        var table = new StringBuilder("""
            | task | HTTP body bytes | prompt text chars | cacheable prefix tokens | other input tokens | output tokens | no caching (USD) | prefix written (USD) | prefix read (USD) | this pass (USD) |
            | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |

            """);
        double none = 0, written = 0, read = 0, pass = 0;
        long totalPrefix = 0, totalOther = 0, totalOut = 0;
        foreach (var (name, body) in requests)
        {
            var before = _fake.Requests.Count;
            var job = await RunJobAsync(client, uploaded.Id, body);
            Assert.Equal("ai", job.GetProperty("result").GetProperty("source").GetString());
            var recorded = _fake.Requests.Skip(before).Single();
            var reply = MessagesApiWire.GoodReply(recorded.Body);
            var usage = recorded.Usage;
            // What the cache holds for this request (written now or read), and the rest of the input.
            long prefix = usage.CacheWrite + usage.CacheRead, other = usage.Input;
            // As the fake reported it: ~4 characters of reply per token.
            long outTokens = job.GetProperty("usage").GetProperty("outputTokens").GetInt32();
            double Cost(double prefixPrice) => (prefix * prefixPrice + other * InputPrice + outTokens * OutputPrice) / 1_000_000;
            var thisPass = (other * InputPrice + usage.CacheWrite * CacheWritePrice + usage.CacheRead * CacheReadPrice + outTokens * OutputPrice) / 1_000_000;
            // The app priced the call the same way.
            Assert.Equal(Math.Round(thisPass, 6), job.GetProperty("usage").GetProperty("estimatedCostUsd").GetDouble(), 6);
            totalPrefix += prefix;
            totalOther += other;
            totalOut += outTokens;
            none += Cost(InputPrice);
            written += Cost(CacheWritePrice);
            read += Cost(CacheReadPrice);
            pass += thisPass;
            table.Append(CultureInfo.InvariantCulture,
                $"| {name} | {recorded.Raw.Length:N0} | {TextLength(recorded.Body):N0} | {prefix:N0} | {other:N0} | {outTokens:N0} | {Cost(InputPrice):0.0000} | {Cost(CacheWritePrice):0.0000} | {Cost(CacheReadPrice):0.0000} | {thisPass:0.0000} |\n");
            if (name.StartsWith("rewrite", StringComparison.Ordinal))
            {
                output.WriteLine("Recorded request (rewriteBullets):\n" + JsonNode.Parse(recorded.Raw)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
                output.WriteLine("Reply:\n" + reply);
            }
        }

        table.Append(CultureInfo.InvariantCulture, $"| **all four** | | | {totalPrefix:N0} | {totalOther:N0} | {totalOut:N0} | {none:0.0000} | {written:0.0000} | {read:0.0000} | {pass:0.0000} |\n");
        output.WriteLine($"Resume: {words} words in its text fields.");
        output.WriteLine(table.ToString());
        Assert.InRange(none, 0.001, 1);
        // Reading the prefix costs a tenth of sending it; the first pass over a version writes it once and reads it three times.
        Assert.True(read < pass && pass < none && none < written, $"read {read}, this pass {pass}, none {none}, written {written}");
    }

    private static int TextLength(JsonObject body)
    {
        static int Blocks(JsonNode? node) => node switch
        {
            JsonValue v => v.GetValue<string>().Length,
            JsonArray a => a.Sum(b => b!["text"]?.GetValue<string>().Length ?? 0),
            _ => 0,
        };
        return Blocks(body["system"]) + body["messages"]!.AsArray().Sum(m => Blocks(m!["content"]));
    }

    private const string Posting = """
        Senior Backend Engineer, Payments

        We are looking for a senior backend engineer to join our payments platform team. You will design, build and run the services that move money for millions of customers.

        Requirements
        - 6+ years of experience building backend services in C# and .NET or Java
        - Strong PostgreSQL skills: schema design, query tuning, migrations
        - Experience running services on Kubernetes and AWS, with Terraform for infrastructure as code
        - Event-driven systems with Kafka or RabbitMQ
        - Observability: OpenTelemetry, Prometheus, Grafana
        - Clear written communication and mentoring of other engineers
        - Bachelor's degree in Computer Science or equivalent experience

        Nice to have
        - PCI DSS compliance experience
        - gRPC and GraphQL APIs

        We offer a competitive salary, equity, remote-first work and a learning budget. We are an equal opportunity employer.
        """;

    /// <summary>A realistic two-page resume: four roles with five or six bullets each, education, skills, projects.</summary>
    public static Resume TwoPageResume()
    {
        static Work Role(string company, string position, string start, string? end, params string[] bullets) =>
            new() { Name = company, Position = position, StartDate = start, EndDate = end, Location = "San Francisco, CA", Highlights = bullets };
        return new Resume
        {
            Basics = new Basics
            {
                Name = "Jane Q. Example",
                Label = "Senior Software Engineer",
                Email = "jane.example@example.com",
                Phone = "+1 415 555 0134",
                Url = "https://jane.example.dev",
                Summary = "Senior software engineer with ten years of experience building reliable backend systems for billing and payments. Known for untangling legacy platforms, mentoring engineers and shipping carefully. Looking for a team that values simple, well-tested services.",
                Location = new Location { City = "San Francisco", Region = "CA", CountryCode = "US" },
                Profiles = [new Profile { Network = "LinkedIn", Username = "janeqexample", Url = "https://linkedin.com/in/janeqexample" }, new Profile { Network = "GitHub", Username = "janeqexample", Url = "https://github.com/janeqexample" }],
            },
            Work =
            [
                Role("Acme Corp", "Senior Software Engineer", "2020-01", null,
                    "Responsible for the migration of the billing platform from a monolith to .NET services, cutting hosting costs by 30%",
                    "Worked on the invoicing pipeline that handles 2 million invoices a month, reducing failed runs",
                    "Helped the team move from nightly batch jobs to an event-driven design with RabbitMQ",
                    "Mentored five engineers through code reviews, pairing and a weekly design clinic",
                    "Was involved in the on-call rotation and wrote runbooks for the most common billing incidents",
                    "Introduced contract tests between the billing and accounts services, which caught breaking changes before release"),
                Role("Globex", "Software Engineer", "2016-06", "2019-12",
                    "Built the customer accounts API in C# and PostgreSQL used by the web and mobile apps",
                    "Tuned slow PostgreSQL queries on the reporting database, bringing the main dashboard under two seconds",
                    "Worked with product managers on the subscription upgrade flow and its A/B tests",
                    "Maintained the CI pipeline and moved the team's builds from Jenkins to GitHub Actions",
                    "Responsible for the data retention jobs that delete expired customer records"),
                Role("Initech", "Junior Developer", "2014-09", "2016-05",
                    "Developed internal tools for the finance team in ASP.NET MVC and SQL Server",
                    "Fixed bugs in the legacy payroll export and added automated tests around it",
                    "Wrote documentation for the deployment process used by three teams",
                    "Helped migrate file shares to cloud storage over a weekend cut-over",
                    "Answered second-line support tickets for the finance applications"),
                Role("University IT Services", "Student Developer", "2012-09", "2014-06",
                    "Built a room booking web app used by the library and two faculties",
                    "Automated the weekly export of timetable data for the student portal",
                    "Supported staff with questions about the booking and timetable tools",
                    "Wrote the first unit tests for the timetable importer"),
            ],
            Education =
            [
                new Education { Institution = "University of Somewhere", Area = "Computer Science", StudyType = "Bachelor", StartDate = "2010", EndDate = "2014", Courses = ["Distributed Systems", "Databases", "Algorithms"] },
            ],
            Skills =
            [
                new Skill { Name = "Languages", Keywords = ["C#", "TypeScript", "SQL", "Python"] },
                new Skill { Name = "Platforms", Keywords = [".NET", "ASP.NET Core", "PostgreSQL", "RabbitMQ", "Docker", "Azure"] },
                new Skill { Name = "Practices", Keywords = ["Event-driven design", "Contract testing", "Code review", "On-call"] },
            ],
            Projects =
            [
                new Project { Name = "ledger-lite", Description = "An open-source double-entry ledger library for .NET", Highlights = ["Designed the posting API and its property-based tests", "Grew it to 400 stars and 12 contributors"] },
            ],
            Languages = [new SpokenLanguage { Language = "English", Fluency = "Native" }, new SpokenLanguage { Language = "Spanish", Fluency = "Professional" }],
        };
    }
}
