using System.IO.Compression;
using System.Text;
using ResumeRefiner.Core.Import;
using ResumeRefiner.Core.Import.JsonResume;
using ResumeRefiner.Core.Parsing;

namespace ResumeRefiner.Core.Tests.Import;

/// <summary>
/// LinkedIn "Get a copy of your data" exports of invented people, written here with the column names LinkedIn uses
/// (see LinkedInCsv's remarks): a full ZIP, a partial one, quoted multi-line descriptions, odd dates, renamed
/// files, hostile archives.
/// </summary>
public class LinkedInExportTests
{
    private const string Profile = """
        First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers
        Tomasz,Wierzbicki,,,,"Platform Engineer | Kubernetes, Go","I keep payment systems running.

        Second paragraph, with ""quotes"".",Software Development,80-001,"Gdańsk, Pomorskie, Poland",[twierzb],"[PORTFOLIO:https://tomasz.example],[OTHER:github.com/twierzb]",
        """;

    private const string Positions = """
        Company Name,Title,Description,Location,Started On,Finished On
        Amberpay,Senior Platform Engineer,"Owns the Kubernetes platform.
        • Cut deploy time from 40 to 6 minutes
        • Moved 120 services to Argo CD, with zero downtime",Gdańsk,Mar 2021,
        "Nordic Freight, Ltd.",Site Reliability Engineer,- Ran on-call for 30 services,Remote,Jan 2018,Feb 2021
        Kaszuby Soft,Intern,Wrote tests • Fixed bugs • Reviewed code,Gdynia,2017,2017
        Odd Dates Co,Consultant,Short gig.,,Summer 2016,Autumn 2016
        """;

    private const string Education = """
        School Name,Start Date,End Date,Notes,Degree Name,Activities
        Gdańsk University of Technology,2013,2017,Thesis on consensus protocols,Bachelor of Science - BS Computer Science,Robotics club
        """;

    private const string Skills = "Name\nKubernetes\nGo\nkubernetes\nTerraform\n";

    private const string Certifications = """
        Name,Url,Authority,Started On,Finished On,License Number
        Certified Kubernetes Administrator,https://www.credly.com/badges/00000000,The Linux Foundation,Jun 2022,Jun 2025,LF-000001
        """;

    private const string Languages = "Name,Proficiency\nPolish,Native or bilingual proficiency\nEnglish,Full professional proficiency\n";

    private const string Projects = "Title,Description,Url,Started On,Finished On\nledgerctl,A double-entry ledger CLI in Go.,github.com/twierzb/ledgerctl,Jan 2020,Mar 2020\n";

    private const string Emails = "Email Address,Confirmed,Primary,Updated On\nold@example.org,Yes,No,\ntomasz@example.org,Yes,Yes,\n";

    private const string Phones = "Extension,Number,Type\n,+48 555 010 999,Mobile\n";

    private const string Honors = "Title,Description,Issued On\nDean's List,Top 5% of the year,Jun 2016\n";

    private const string Publications = "Name,Published On,Description,Publisher,Url\nRaft in practice,Oct 2019,A field report.,Kaszuby Tech Blog,https://blog.example/raft\n";

    private const string Volunteering = "Company Name,Role,Cause,Started On,Finished On,Description\nCoderDojo Gdańsk,Mentor,Education,Sep 2019,,Saturday coding club for kids\n";

    // Connections.csv opens with LinkedIn's "Notes:" preamble; it holds nothing for a resume and must not disturb anything.
    private const string Connections = "Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\nAnna,Nowak,https://www.linkedin.com/in/anna,,Acme,CTO,08 Dec 2023\n";

    [Fact]
    public void A_full_export_maps_every_file_to_JSON_Resume()
    {
        var zip = Zip(new()
        {
            ["Profile.csv"] = Profile,
            ["Positions.csv"] = Positions,
            ["Education.csv"] = Education,
            ["Skills.csv"] = Skills,
            ["Certifications.csv"] = Certifications,
            ["Languages.csv"] = Languages,
            ["Projects.csv"] = Projects,
            ["Email Addresses.csv"] = Emails,
            ["PhoneNumbers.csv"] = Phones,
            ["Honors.csv"] = Honors,
            ["Publications.csv"] = Publications,
            ["Volunteering.csv"] = Volunteering,
            ["Connections.csv"] = Connections,
            ["messages.csv"] = "CONVERSATION ID,FROM,CONTENT\n1,Anna,hello\n",
        });

        var resume = Import(zip, "Basic_LinkedInDataExport_12-07-2026.zip").Resume;

        var b = resume.Basics;
        Assert.Equal("Tomasz Wierzbicki", b.Name);
        Assert.Equal("Platform Engineer | Kubernetes, Go", b.Label);
        Assert.Equal("I keep payment systems running.\n\nSecond paragraph, with \"quotes\".", b.Summary);
        Assert.Equal("tomasz@example.org", b.Email);
        Assert.Equal("+48 555 010 999", b.Phone);
        Assert.Equal("https://tomasz.example", b.Url);
        Assert.Equal(("Gdańsk", "Pomorskie", "80-001"), (b.Location!.City, b.Location.Region, b.Location.PostalCode));
        Assert.Contains(b.Profiles, p => p is { Network: "GitHub", Url: "https://github.com/twierzb", Username: "twierzb" });
        Assert.Contains(b.Profiles, p => p is { Network: "Twitter", Username: "twierzb" });

        Assert.Equal(4, resume.Work.Count);
        var current = resume.Work[0];
        Assert.Equal(("Amberpay", "Senior Platform Engineer", "Gdańsk", "2021-03", null), (current.Name, current.Position, current.Location, current.StartDate, current.EndDate));
        Assert.Equal("Owns the Kubernetes platform.", current.Summary);
        Assert.Equal(["Cut deploy time from 40 to 6 minutes", "Moved 120 services to Argo CD, with zero downtime"], current.Highlights);
        Assert.Equal(("Nordic Freight, Ltd.", "2018-01", "2021-02"), (resume.Work[1].Name, resume.Work[1].StartDate, resume.Work[1].EndDate));
        Assert.Equal(["Wrote tests", "Fixed bugs", "Reviewed code"], resume.Work[2].Highlights);
        Assert.Equal(("2017", "2017"), (resume.Work[2].StartDate, resume.Work[2].EndDate));

        var school = Assert.Single(resume.Education);
        Assert.Equal(("Gdańsk University of Technology", "2013", "2017"), (school.Institution, school.StartDate, school.EndDate));
        Assert.Contains("Bachelor", school.StudyType, StringComparison.Ordinal);
        Assert.Contains("Robotics club", school.OtherFields!["summary"].GetString(), StringComparison.Ordinal);

        Assert.Equal(["Kubernetes", "Go", "Terraform"], Assert.Single(resume.Skills).Keywords);
        var certificate = Assert.Single(resume.Certificates);
        Assert.Equal(("Certified Kubernetes Administrator", "The Linux Foundation", "2022-06"), (certificate.Name, certificate.Issuer, certificate.Date));
        Assert.Equal(["Polish", "English"], resume.Languages.Select(l => l.Language));
        Assert.Equal("Native or bilingual proficiency", resume.Languages[0].Fluency);
        Assert.Equal("https://github.com/twierzb/ledgerctl", Assert.Single(resume.Projects).Url);
        Assert.Equal(("Dean's List", "2016-06"), (Assert.Single(resume.Awards).Title, resume.Awards[0].Date));
        Assert.Equal(("Raft in practice", "2019-10", "Kaszuby Tech Blog"), (Assert.Single(resume.Publications).Name, resume.Publications[0].ReleaseDate, resume.Publications[0].Publisher));
        Assert.Equal(("CoderDojo Gdańsk", "Mentor", "2019-09"), (Assert.Single(resume.Volunteer).Organization, resume.Volunteer[0].Position, resume.Volunteer[0].StartDate));

        Assert.Empty(JsonResumeSchema.Check(resume));
    }

    [Fact]
    public void Dates_no_ISO_form_can_say_stay_as_written()
    {
        var resume = Import(Zip(new() { ["Positions.csv"] = Positions })).Resume;

        var odd = resume.Work[3];
        Assert.Equal("2016", odd.StartDate);
        Assert.NotNull(odd.DatesAsWritten);
        Assert.Empty(JsonResumeSchema.Check(resume));
    }

    [Fact]
    public void A_partial_export_with_renamed_and_recased_files_is_read_by_its_headers()
    {
        var zip = Zip(new()
        {
            ["Basic_LinkedInDataExport/PROFILE.CSV"] = Profile,
            ["Basic_LinkedInDataExport/positions (1).csv"] = Positions,
        });

        var resume = Import(zip).Resume;

        Assert.Equal("Tomasz Wierzbicki", resume.Basics.Name);
        Assert.Equal(4, resume.Work.Count);
        Assert.Empty(resume.Education);
        Assert.Empty(resume.Skills);
    }

    [Fact]
    public void One_CSV_file_of_the_export_is_an_upload_of_its_own()
    {
        var bytes = Encoding.UTF8.GetBytes("\uFEFF" + Positions);

        var resume = Import(bytes, "Positions.csv").Resume;

        Assert.Equal(4, resume.Work.Count);
        Assert.Equal("Amberpay", resume.Work[0].Name);
    }

    [Fact]
    public void A_CSV_with_LinkedIns_notes_preamble_is_read_from_its_header()
    {
        var skills = "Notes:\n\"Skills you added to your profile,\nover two lines.\"\n\nName\nKubernetes\nGo\n";

        var resume = Import(Encoding.UTF8.GetBytes(skills), "Skills.csv").Resume;

        Assert.Equal(["Kubernetes", "Go"], Assert.Single(resume.Skills).Keywords);
    }

    [Theory]
    [InlineData("../Profile.csv")]
    [InlineData("Basic/../../Profile.csv")]
    [InlineData("/etc/Profile.csv")]
    [InlineData("C:/Users/Profile.csv")]
    [InlineData("..\\Profile.csv")]
    public void An_entry_name_that_climbs_out_of_the_archive_refuses_the_whole_file(string name)
    {
        var zip = Zip(new() { ["Positions.csv"] = Positions, [name] = Profile });

        var refused = Assert.Throws<ImportRefusedException>(() => Import(zip));

        Assert.Contains("outside the archive", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_CSV_is_refused_at_its_byte_cap_whatever_it_declares()
    {
        // Text that does not compress, so the archive passes the sniffer's ratio check and only the byte cap stops it.
        var random = new Random(23);
        var row = () => $"Acme,Engineer,\"{Convert.ToBase64String(Enumerable.Range(0, 3_000).Select(_ => (byte)random.Next(256)).ToArray())}\",Remote,Jan 2020,Feb 2020\n";
        var huge = "Company Name,Title,Description,Location,Started On,Finished On\n" + string.Concat(Enumerable.Range(0, (LinkedInCsvLimit / 4_000) + 10).Select(_ => row()));

        var refused = Assert.Throws<ImportRefusedException>(() => Import(Zip(new() { ["Positions.csv"] = huge })));

        Assert.Contains("larger than", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_CSV_with_more_rows_than_any_profile_is_refused()
    {
        var rows = string.Concat(Enumerable.Range(0, 1_500).Select(i => $"Skill {i}\n"));

        var refused = Assert.Throws<ImportRefusedException>(() => Import(Encoding.UTF8.GetBytes("Name\n" + rows), "Skills.csv"));

        Assert.Contains("rows", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_bomb_is_refused_by_the_sniffer_before_any_entry_is_read()
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = zip.CreateEntry("Positions.csv", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 300; i++)
            {
                writer.Write(zeros);
            }
        }

        memory.Position = 0;
        Assert.Equal(SniffRejection.ArchiveLimits, DocumentSniffer.Sniff(memory, "export.zip").Rejection);
    }

    [Fact]
    public void An_archive_with_nothing_of_a_profile_is_refused_with_what_to_upload()
    {
        var zip = Zip(new() { ["Connections.csv"] = Connections, ["Profile.csv"] = "Something,Else\n1,2\n" });

        var refused = Assert.Throws<ImportRefusedException>(() => Import(zip));

        Assert.Contains("Profile.csv", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plain_text_resume_that_starts_with_Name_is_still_text()
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes("Name\nTomasz Wierzbicki\nExperience\n"));

        Assert.Equal(DocumentKind.Text, DocumentSniffer.Sniff(content, "cv.txt").Kind);
    }

    private const int LinkedInCsvLimit = ResumeRefiner.Core.Import.LinkedIn.LinkedInCsv.MaxFileBytes;

    private static ParsedResume Import(byte[] bytes, string name = "export.zip")
    {
        using var content = new MemoryStream(bytes);
        var sniffed = DocumentSniffer.Sniff(content, name);
        Assert.Equal(DocumentKind.LinkedIn, sniffed.Kind);
        return ResumeParser.Instance.Parse(content, DocumentKind.LinkedIn);
    }

    private static byte[] Zip(Dictionary<string, string> files)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in files)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(text.Replace("\r\n", "\n", StringComparison.Ordinal));
            }
        }

        return memory.ToArray();
    }
}
