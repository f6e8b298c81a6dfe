using CsCheck;
using ResumeRefiner.Core.Model;

namespace ResumeRefiner.Core.Tests.Export;

/// <summary>Resumes to export: fixed examples and a CsCheck generator of realistic ones.</summary>
internal static class ExportSamples
{
    public static Resume Zoe() => new()
    {
        Basics = new Basics
        {
            Name = "Zoë Ångström",
            Label = "Senior Software Engineer",
            Email = "zoe.angstrom@example.com",
            Phone = "+1 415-555-0142",
            Url = "https://zoe.example.com",
            Summary = "Backend engineer who makes payment systems fast and dependable.",
            Location = new Location { City = "San Francisco", Region = "CA", CountryCode = "US" },
            Profiles = [new Profile { Network = "GitHub", Username = "zoe", Url = "https://github.com/zoe" }],
        },
        Work =
        [
            new Work
            {
                Name = "Globex Corporation",
                Position = "Senior Software Engineer",
                Location = "San Francisco, CA",
                StartDate = "2021-03",
                Highlights = ["Cut checkout latency by 42% by moving pricing to a streaming cache", "Led a team of 5 engineers through a PostgreSQL migration"],
            },
            new Work
            {
                Name = "Initech Labs",
                Position = "Software Engineer",
                StartDate = "2018-06",
                EndDate = "2021-02",
                Highlights = ["Built the billing API used by 2M customers"],
            },
        ],
        Education =
        [
            new Education { Institution = "Stanford University", StudyType = "Master of Science", Area = "Computer Science", StartDate = "2016-09", EndDate = "2018-06" },
        ],
        Skills =
        [
            new Skill { Name = "Languages", Keywords = ["C#", "Python", "TypeScript"] },
            new Skill { Name = "Data", Keywords = ["PostgreSQL", "Kafka"] },
        ],
    };

    public static Resume Minh() => Zoe() with
    {
        Basics = Zoe().Basics with { Name = "Nguyễn Thị Minh", Email = "minh.nguyen@example.com" },
    };

    /// <summary>A resume long enough for several pages, with entries of varied length so page breaks land everywhere.</summary>
    public static Resume Long(int entries, int seed)
    {
        var random = new Random(seed);
        var work = Enumerable.Range(0, entries).Select(i => new Work
        {
            Name = Companies[random.Next(Companies.Length)],
            Position = Positions[random.Next(Positions.Length)],
            StartDate = $"{2000 + (i % 20)}-{1 + random.Next(12):D2}",
            EndDate = $"{2001 + (i % 20)}-{1 + random.Next(12):D2}",
            Highlights = Enumerable.Range(0, 1 + random.Next(4)).Select(_ => Highlights[random.Next(Highlights.Length)]).ToList(),
        }).ToList();
        return Zoe() with { Work = work };
    }

    /// <summary>
    /// The <paramref name="i"/>-th of a family of differently shaped resumes: from a header alone to many entries,
    /// with the optional sections switched on and off, and some very long bullets and summaries.
    /// </summary>
    public static Resume Varied(int i)
    {
        var random = new Random(1000 + i);
        string Pick(string[] from) => from[random.Next(from.Length)];
        List<string> Some(int min, int max) => Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => Pick(Highlights)).Distinct().ToList();
        var jobs = i < 24 ? i % 6 : 8 + i;
        return new Resume
        {
            Basics = new Basics
            {
                Name = $"{Pick(FirstNames)} {Pick(LastNames)}",
                Label = i % 3 == 0 ? null : Pick(Positions),
                Email = $"person{i}@example.com",
                Phone = i % 4 == 0 ? null : $"+1 312-555-{1000 + i}",
                Summary = i % 2 == 0 ? null : string.Join(' ', Some(1, 3 + i % 3)),
                Location = new Location { City = "Chicago", Region = "IL", CountryCode = "US" },
                Profiles = i % 5 == 0 ? [] : [new Profile { Network = "GitHub", Username = $"p{i}", Url = $"https://github.com/p{i}" }],
            },
            Work = Enumerable.Range(0, jobs).Select(j => new Work
            {
                Name = Pick(Companies),
                Position = Pick(Positions),
                Location = j % 2 == 0 ? "Chicago, IL" : null,
                StartDate = $"{2020 - 2 * j}-{1 + random.Next(12):D2}",
                EndDate = j == 0 ? null : $"{2021 - 2 * j}-{1 + random.Next(12):D2}",
                Summary = j % 3 == 1 ? string.Join(' ', Some(1, 2)) : null,
                Highlights = Some(0, 5),
            }).ToList(),
            Education = Enumerable.Range(0, 1 + i % 2).Select(j => new Education
            {
                Institution = Pick(Institutions),
                StudyType = Pick(Degrees),
                Area = Pick(Areas),
                StartDate = $"{2008 - 4 * j}-09",
                EndDate = $"{2012 - 4 * j}-06",
                Courses = i % 4 == 2 ? ["Algorithms", "Statistics"] : [],
            }).ToList(),
            Skills = Enumerable.Range(0, i % 4).Select(j => new Skill { Name = SkillGroups[j], Keywords = [Pick(SkillWords), Pick(SkillWords)] }).ToList(),
            Projects = i % 3 == 0 ? [new Project { Name = "Open-source parser", Description = Pick(Highlights), Highlights = Some(1, 3), Keywords = ["C#", "PDF"] }] : [],
            Certificates = i % 4 == 1 ? [new Certificate { Name = "AWS Solutions Architect", Issuer = "Amazon", Date = "2019-05" }] : [],
            Awards = i % 5 == 2 ? [new Award { Title = "Engineer of the Year", Awarder = Pick(Companies), Date = "2018" }] : [],
            Publications = i % 7 == 3 ? [new Publication { Name = "Streaming caches in practice", Publisher = "ACM Queue", ReleaseDate = "2020-02" }] : [],
            Volunteer = i % 2 == 1 ? [new Volunteer { Organization = "Code Club", Position = "Mentor", StartDate = "2015-01", Highlights = Some(1, 2) }] : [],
            Languages = i % 3 == 1 ? [new SpokenLanguage { Language = "French", Fluency = "Professional" }] : [],
            Interests = i % 4 == 3 ? [new Interest { Name = "Cycling" }] : [],
            References = i % 2 == 0 ? [new Referee { Name = "Jane Doe", Reference = "Available on request." }] : [],
        };
    }

    public static readonly string[] Companies =
    [
        "Globex Corporation", "Initech Labs", "Umbrella Health", "Acme Corp", "Stark Industries", "Wayne Enterprises",
        "Hooli Inc.", "Pied Piper Systems", "Vandelay Industries", "Soylent Foods Ltd", "Nguyễn Software Ltd", "Müller Logistik GmbH",
    ];

    public static readonly string[] Positions =
    [
        "Senior Engineer", "Product Manager", "Data Scientist", "Staff Developer", "Marketing Coordinator", "Financial Analyst",
        "Engineering Manager", "Backend Developer", "Project Manager", "Lead Designer", "Operations Director", "Sales Representative",
    ];

    public static readonly string[] Highlights =
    [
        "Cut checkout latency by 42% by moving pricing to a streaming cache",
        "Led a team of 5 engineers through a zero-downtime database migration",
        "Built the billing API used by 2 million customers every month",
        "Reduced cloud spend by $1.2M a year by right-sizing compute clusters and retiring idle services",
        "Mentored 4 junior developers, two of whom were promoted within a year",
        "Designed an onboarding flow that raised activation from 31% to 48%",
        "Automated monthly reporting, saving the finance team 20 hours per close",
        "Négocié des contrats fournisseurs pour 3 régions avec une économie de 12%",
        "Shipped a mobile app rated 4.8 stars by 50,000 users",
        "Introduced contract testing across 14 services, halving integration failures",
    ];

    private static readonly string[] FirstNames = ["Zoë", "Minh", "José", "Aisha", "Liam", "Søren", "Chloé", "Đức", "Priya", "Mateo"];

    private static readonly string[] LastNames = ["Ångström", "Nguyễn", "Müller", "Okafor", "García", "Kowalski", "Lefèvre", "Tanaka", "Brown", "Novák"];

    private static readonly string[] Institutions =
    [
        "Stanford University", "University of Toronto", "Imperial College London", "Hanoi University of Science and Technology",
        "Technische Universität München", "Georgia Institute of Technology", "Boston College",
    ];

    private static readonly string[] Degrees = ["Bachelor of Science", "Master of Science", "MBA", "PhD", "Bachelor of Arts", "BS"];

    private static readonly string[] Areas = ["Computer Science", "Economics", "Mechanical Engineering", "Mathematics", "Business Administration"];

    private static readonly string[] SkillWords =
    [
        "Python", "C#", "TypeScript", "PostgreSQL", "Kubernetes", "Terraform", "React", "Excel", "Tableau", "Figma",
        "Go", "Rust", "Kafka", "Docker", "GraphQL", "Salesforce", "SQL", "Java",
    ];

    private static readonly string[] SkillGroups = ["Languages", "Tools", "Data", "Cloud", "Design"];

    private static Gen<string> Month(int fromYear, int toYear) =>
        from y in Gen.Int[fromYear, toYear]
        from m in Gen.Int[1, 12]
        select $"{y}-{m:D2}";

    private static readonly Gen<Work> WorkGen =
        from company in Gen.OneOf(Companies)
        from position in Gen.OneOf(Positions)
        from start in Month(2005, 2015)
        from years in Gen.Int[1, 6]
        from ongoing in Gen.Int[0, 4]
        from highlights in Gen.OneOf(Highlights).List[1, 4]
        select new Work
        {
            Name = company,
            Position = position,
            StartDate = start,
            EndDate = ongoing == 0 ? null : $"{int.Parse(start[..4], System.Globalization.CultureInfo.InvariantCulture) + years}{start[4..]}",
            Highlights = highlights.Distinct().ToList(),
        };

    private static readonly Gen<Education> EducationGen =
        from institution in Gen.OneOf(Institutions)
        from degree in Gen.OneOf(Degrees)
        from area in Gen.OneOf(Areas)
        from start in Gen.Int[1995, 2015]
        from years in Gen.Int[1, 5]
        select new Education
        {
            Institution = institution,
            StudyType = degree,
            Area = area,
            StartDate = $"{start}-09",
            EndDate = $"{start + years}-06",
        };

    private static readonly Gen<Skill> SkillGen =
        from name in Gen.OneOf(SkillGroups)
        from keywords in Gen.OneOf(SkillWords).List[1, 5]
        select new Skill { Name = name, Keywords = keywords.Distinct().ToList() };

    /// <summary>Realistic resumes: Unicode names, 1–4 jobs, 1–2 degrees, 1–3 skill groups.</summary>
    public static readonly Gen<Resume> ResumeGen =
        from first in Gen.OneOf(FirstNames)
        from last in Gen.OneOf(LastNames)
        from user in Gen.Int[1, 999]
        from area in Gen.Int[201, 989]
        from line in Gen.Int[1000, 9999]
        from work in WorkGen.List[1, 4]
        from education in EducationGen.List[1, 2]
        from skills in SkillGen.List[1, 3]
        select new Resume
        {
            Basics = new Basics
            {
                Name = $"{first} {last}",
                Email = $"user{user}@example.com",
                Phone = $"+1 {area}-555-{line}",
                Location = new Location { City = "Chicago", Region = "IL", CountryCode = "US" },
            },
            Work = work.OrderByDescending(w => w.StartDate, StringComparer.Ordinal).ToList(),
            Education = education.GroupBy(e => e.Institution).Select(g => g.First()).ToList(),
            Skills = skills.GroupBy(s => s.Name).Select(g => g.First()).ToList(),
        };
}
