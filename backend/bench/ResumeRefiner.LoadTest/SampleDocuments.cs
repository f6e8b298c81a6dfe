using ResumeRefiner.Core.Export;
using ResumeRefiner.Core.Model;

namespace ResumeRefiner.LoadTest;

/// <summary>
/// The files virtual users upload: varied, realistic resumes made with the app's own exporter (so each is a real
/// PDF or DOCX that goes through the whole parser), generated from a seed so runs are repeatable.
/// </summary>
internal static class SampleDocuments
{
    public sealed record Document(string FileName, string ContentType, byte[] Content);

    public const string JobDescription = """
        Senior Backend Engineer — Payments Platform

        We are looking for a senior backend engineer to build and run the services that move money for our customers.

        Requirements:
        - 5+ years building backend services in C#, Java or Go
        - Strong PostgreSQL and SQL skills, including query tuning
        - Experience with Kubernetes, Docker and Terraform in production
        - Experience designing REST APIs and event-driven systems with Kafka
        - Monitoring with Prometheus and Grafana; on-call experience

        Nice to have:
        - AWS (ECS, RDS, S3), Redis
        - Mentoring engineers and leading technical design reviews
        """;

    private static readonly string[] FirstNames = ["Ana", "Bilal", "Chen", "Dara", "Emeka", "Farah", "Gustavo", "Hana", "Ivan", "Jia", "Kofi", "Lena"];
    private static readonly string[] LastNames = ["Okafor", "Lindqvist", "Haddad", "Moreau", "Tanaka", "Silva", "Novak", "Reyes", "Kowalski", "Mensah"];
    private static readonly string[] Companies = ["Globex", "Initech", "Umbrella Health", "Stark Logistics", "Wayne Fintech", "Hooli", "Vandelay Imports", "Acme Cloud"];
    private static readonly string[] Titles = ["Software Engineer", "Senior Software Engineer", "Backend Engineer", "Platform Engineer", "Data Engineer"];
    private static readonly string[] Verbs = ["Built", "Led", "Cut", "Designed", "Migrated", "Automated", "Scaled", "Shipped"];
    private static readonly string[] Objects =
    [
        "the billing API used by {0}M customers",
        "checkout latency by {0}% with a streaming cache",
        "a PostgreSQL migration for {0} services without downtime",
        "the CI pipeline, saving {0} engineer-hours a week",
        "event ingestion on Kafka to {0}K messages per second",
        "a team of {0} engineers through a platform rewrite",
    ];

    private static readonly string[][] SkillSets =
    [
        ["C#", ".NET", "PostgreSQL", "Docker"],
        ["Go", "Kubernetes", "Terraform", "AWS"],
        ["Python", "Kafka", "Redis", "Prometheus"],
        ["Java", "Spring", "SQL", "Grafana"],
    ];

    /// <summary><paramref name="count"/> documents, about one in four a DOCX, the rest PDFs.</summary>
    public static IReadOnlyList<Document> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var documents = new List<Document>(count);
        for (var i = 0; i < count; i++)
        {
            var resume = Resume(random);
            var format = i % 4 == 3 ? ExportFormat.Docx : ExportFormat.Pdf;
            var file = ResumeExporter.Instance.Export(resume, format, ExportOptions.Default);
            documents.Add(new Document($"resume-{i}{ExportNames.Extension(format)}", file.ContentType, file.Content));
        }

        return documents;
    }

    /// <summary>
    /// The document made unique to one upload, as a user's files are (the API stores identical bytes once and skips
    /// the parse). A PDF gets a comment line after its end marker, which readers ignore; a DOCX is made afresh.
    /// </summary>
    public static Document Unique(Document template, int user, int iteration)
    {
        if (template.FileName.EndsWith(".pdf", StringComparison.Ordinal))
        {
            var marker = System.Text.Encoding.ASCII.GetBytes($"\n% load test upload {user}-{iteration}\n");
            return template with { Content = [.. template.Content, .. marker] };
        }

        var file = ResumeExporter.Instance.Export(Resume(new Random(HashCode.Combine(user, iteration))), ExportFormat.Docx, ExportOptions.Default);
        return template with { Content = file.Content };
    }

    private static readonly string[] Topics =
    [
        "observability", "payments", "search", "streaming", "databases", "compilers", "security", "mentoring", "testing", "accessibility",
        "networking", "storage", "caching", "scheduling", "billing", "analytics", "mobile", "tooling", "reliability", "automation",
    ];

    /// <summary>A phrase unique to one user's pass (up to 20^4 passes), made of words rather than digits.</summary>
    public static string Interest(int user, int iteration)
    {
        var n = (user * 7919) + iteration;
        return $"{Topics[n % 20]}, {Topics[n / 20 % 20]}, {Topics[n / 400 % 20]} and {Topics[n / 8000 % 20]} work for team {FirstNames[user % FirstNames.Length]}";
    }

    private static Resume Resume(Random random)
    {
        var first = Pick(random, FirstNames);
        var last = Pick(random, LastNames);
        var endYear = 2026;
        var work = new List<Work>();
        for (var role = 0; role < random.Next(2, 5); role++)
        {
            var startYear = endYear - random.Next(1, 4);
            work.Add(new Work
            {
                Name = Pick(random, Companies),
                Position = Pick(random, Titles),
                Location = "Remote",
                StartDate = $"{startYear}-{random.Next(1, 13):D2}",
                EndDate = role == 0 ? null : $"{endYear}-{random.Next(1, 13):D2}",
                Highlights = [.. Enumerable.Range(0, random.Next(2, 5)).Select(_ => Highlight(random))],
            });
            endYear = startYear;
        }

        return new Resume
        {
            Basics = new Basics
            {
                Name = $"{first} {last}",
                Label = Pick(random, Titles),
                Email = $"{first.ToLowerInvariant()}.{last.ToLowerInvariant()}{random.Next(100)}@example.com",
                Phone = $"+1 415-555-{random.Next(100, 200):D4}",
                Summary = "Backend engineer who builds dependable services and measures what they change.",
                Location = new Location { City = "Denver", Region = "CO", CountryCode = "US" },
            },
            Work = work,
            Education = [new Education { Institution = "University of Colorado", StudyType = "Bachelor of Science", Area = "Computer Science", StartDate = $"{endYear - 4}", EndDate = $"{endYear}" }],
            Skills = [new Skill { Name = "Technical", Keywords = Pick(random, SkillSets) }],
        };
    }

    private static string Highlight(Random random) =>
        Pick(random, Verbs) + " " + string.Format(System.Globalization.CultureInfo.InvariantCulture, Pick(random, Objects), random.Next(2, 60));

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
