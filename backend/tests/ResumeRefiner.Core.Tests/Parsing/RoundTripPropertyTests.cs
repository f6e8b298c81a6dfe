using System.Globalization;
using System.Text;
using CsCheck;

namespace ResumeRefiner.Core.Tests.Parsing;

/// <summary>A random resume rendered to plain text and parsed back keeps its identity and its jobs.</summary>
public class RoundTripPropertyTests
{
    private static readonly string[] FirstNames = ["Ada", "Bruno", "Chiara", "Dmitri", "Emeka", "Farah", "Goran", "Hana", "Ines", "Jonas", "Keiko", "Liam"];
    private static readonly string[] LastNames = ["Lovelace", "Silva", "Romano", "Petrov", "Okafor", "Haddad", "Novak", "Sato", "Moreau", "Berg"];
    private static readonly string[] Companies = ["Acme Corp", "Globex Inc.", "Initech LLC", "Umbrella Labs", "Stark Industries", "Wayne Enterprises", "Hooli", "Vandelay Industries"];
    private static readonly string[] Positions = ["Software Engineer", "Data Analyst", "Product Manager", "Senior Accountant", "Marketing Coordinator", "DevOps Engineer", "Research Scientist"];
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private sealed record Job(string Company, string Position, int StartYear, int StartMonth, int? EndYear, int EndMonth);

    private static readonly Gen<Job> GenJob =
        from company in Gen.OneOf(Companies)
        from position in Gen.OneOf(Positions)
        from startYear in Gen.Int[1995, 2020]
        from startMonth in Gen.Int[1, 12]
        from length in Gen.Int[0, 6]
        from ongoing in Gen.Bool
        from endMonth in Gen.Int[1, 12]
        select new Job(company, position, startYear, startMonth, ongoing ? null : startYear + length + 1, endMonth);

    private static readonly Gen<(string First, string Last, string User, Job[] Jobs, int Style)> GenResume =
        from first in Gen.OneOf(FirstNames)
        from last in Gen.OneOf(LastNames)
        from user in Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz"], 3, 10]
        from jobs in GenJob.Array[1, 4]
        from style in Gen.Int[0, 2]
        select (first, last, user, jobs, style);

    private static string Render((string First, string Last, string User, Job[] Jobs, int Style) r)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{r.First} {r.Last}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"{r.User}@example.com | +1 415 555 0{r.User.Length:D3}");
        sb.AppendLine();
        sb.AppendLine("WORK EXPERIENCE");
        foreach (var job in r.Jobs)
        {
            var start = $"{Months[job.StartMonth - 1]} {job.StartYear}";
            var end = job.EndYear is { } y ? $"{Months[job.EndMonth - 1]} {y}" : "Present";
            switch (r.Style)
            {
                case 0:
                    sb.AppendLine(CultureInfo.InvariantCulture, $"{job.Company} | {job.Position} | {start} – {end}");
                    break;
                case 1:
                    sb.AppendLine(CultureInfo.InvariantCulture, $"{job.Position}, {job.Company}");
                    sb.AppendLine(CultureInfo.InvariantCulture, $"{start} - {end}");
                    break;
                default:
                    sb.AppendLine(job.Company);
                    sb.AppendLine(CultureInfo.InvariantCulture, $"{job.Position}    {start} to {end}");
                    break;
            }

            sb.AppendLine("• Delivered the quarterly roadmap on time.");
            sb.AppendLine();
        }

        return sb.ToString();
    }

    [Fact]
    public void Plain_text_round_trip_keeps_name_email_and_jobs()
    {
        GenResume.Sample(r =>
        {
            var resume = ParseHelpers.ParseText(Render(r)).Resume;
            Assert.Equal($"{r.First} {r.Last}", resume.Basics.Name);
            Assert.Equal($"{r.User}@example.com", resume.Basics.Email);
            Assert.Equal(r.Jobs.Length, resume.Work.Count);
            for (var i = 0; i < r.Jobs.Length; i++)
            {
                var job = r.Jobs[i];
                var work = resume.Work[i];
                Assert.Equal(job.Company, work.Name);
                Assert.Equal(job.Position, work.Position);
                Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"{job.StartYear:D4}-{job.StartMonth:D2}"), work.StartDate);
                Assert.Equal(job.EndYear is { } y ? string.Create(CultureInfo.InvariantCulture, $"{y:D4}-{job.EndMonth:D2}") : null, work.EndDate);
            }
        }, iter: 300);
    }
}
