using ResumeRefiner.Core.Parsing;

namespace ResumeRefiner.Core.Tests.Parsing;

public class PdfParsingTests
{
    private static ParsedResume Parse(PdfFixture pdf) => ParseHelpers.Parse(pdf.Build(), DocumentKind.Pdf);

    private static PdfFixture SingleColumn()
    {
        var pdf = new PdfFixture();
        pdf.Text("Maria Garcia", 50, 60, 22, isBold: true);
        pdf.Text("Austin, TX  |  512-555-0100  |  maria.garcia@example.com  |  linkedin", 50, 85, 9);
        pdf.Link("https://www.linkedin.com/in/mariagarcia", 330, 85, 40);
        pdf.Text("EXPERIENCE", 50, 120, 13, isBold: true);
        pdf.Text("Initech Software", 50, 140, 10, isBold: true);
        pdf.Text("Jan 2019 – Present", 450, 140, 10);
        pdf.Text("Staff Engineer", 50, 153, 10);
        pdf.Text("• Designed the ﬁle ingestion service handling 2M documents a day across", 58, 167, 10);
        pdf.Text("three regions with automatic failover and replay.", 66, 180, 10);
        pdf.Text("▪ Improved the search latency by moving the index to a con-", 58, 193, 10);
        pdf.Text("sistent hashing scheme with cloud-", 66, 206, 10);
        pdf.Text("native storage.", 66, 219, 10);
        pdf.Text("◦ Hired and mentored four engineers.", 58, 232, 10);
        pdf.Text("Hooli", 50, 255, 10, isBold: true);
        pdf.Text("06/2015 - 12/2018", 450, 255, 10);
        pdf.Text("Software Engineer", 50, 268, 10);
        pdf.Text("• Shipped the payments API used by 300 merchants.", 58, 282, 10);
        pdf.Text("EDUCATION", 50, 315, 13, isBold: true);
        pdf.Text("University of Texas at Austin", 50, 335, 10, isBold: true);
        pdf.Text("2011 – 2015", 450, 335, 10);
        pdf.Text("Bachelor of Science in Electrical Engineering", 50, 348, 10);
        pdf.Text("SKILLS", 50, 380, 13, isBold: true);
        pdf.Text("Languages: Go, Rust, TypeScript", 50, 400, 10);
        return pdf;
    }

    [Fact]
    public void Parses_a_single_column_resume()
    {
        var resume = Parse(SingleColumn()).Resume;

        Assert.Equal("Maria Garcia", resume.Basics.Name);
        Assert.Equal("maria.garcia@example.com", resume.Basics.Email);
        Assert.Equal("512-555-0100", resume.Basics.Phone);
        Assert.Equal("Austin", resume.Basics.Location?.City);
        Assert.Equal(2, resume.Work.Count);
        Assert.Equal(("Initech Software", "Staff Engineer", "2019-01", (string?)null),
            (resume.Work[0].Name!, resume.Work[0].Position!, resume.Work[0].StartDate!, resume.Work[0].EndDate));
        Assert.Equal(("Hooli", "Software Engineer", "2015-06", "2018-12"),
            (resume.Work[1].Name!, resume.Work[1].Position!, resume.Work[1].StartDate!, resume.Work[1].EndDate!));
        var school = Assert.Single(resume.Education);
        Assert.Equal("University of Texas at Austin", school.Institution);
        Assert.Equal("Electrical Engineering", school.Area);
        Assert.Equal(["Go", "Rust", "TypeScript"], resume.Skills.SelectMany(s => s.Keywords));
    }

    [Fact]
    public void Joins_wrapped_bullets_and_reads_every_bullet_glyph()
    {
        var highlights = Parse(SingleColumn()).Resume.Work[0].Highlights;

        Assert.Equal(3, highlights.Count);
        Assert.Equal("Designed the file ingestion service handling 2M documents a day across three regions with automatic failover and replay.", highlights[0]);
        Assert.Equal("Hired and mentored four engineers.", highlights[2]);
    }

    [Fact]
    public void Removes_line_end_hyphens_only_inside_words()
    {
        var bullet = Parse(SingleColumn()).Resume.Work[0].Highlights[1];

        Assert.Contains("consistent hashing", bullet, StringComparison.Ordinal);
        Assert.Contains("cloud-native storage", bullet, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalises_ligatures()
    {
        var bullet = Parse(SingleColumn()).Resume.Work[0].Highlights[0];

        Assert.Contains("file ingestion", bullet, StringComparison.Ordinal);
        Assert.DoesNotContain("ﬁ", bullet, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_profile_urls_from_link_annotations()
    {
        var profiles = Parse(SingleColumn()).Resume.Basics.Profiles;

        var linkedIn = Assert.Single(profiles);
        Assert.Equal("https://www.linkedin.com/in/mariagarcia", linkedIn.Url);
        Assert.Equal("mariagarcia", linkedIn.Username);
    }

    [Theory]
    [InlineData("Dela Cruz", "Paolo Dela Cruz")]
    [InlineData("Senior Accountant", "Paolo")]
    public void A_large_name_set_on_two_lines_is_one_name(string secondLine, string name)
    {
        var pdf = new PdfFixture();
        pdf.Text("Paolo", 40, 60, 30, isBold: true);
        pdf.Text(secondLine, 40, 95, 30, isBold: true);
        pdf.Text("Financial Analyst", 40, 125, 13);
        pdf.Text("paolo@example.org  ·  +1 555 0100", 40, 145, 9);
        pdf.Text("EXPERIENCE", 40, 180, 12, isBold: true);
        pdf.Text("Acme Corp", 40, 198, 10, isBold: true);
        pdf.Text("2019 – 2024", 480, 198, 9);
        pdf.Lines(40, 212, ["• Closed the books every month.", "• Cut reporting time by a third."], 9);

        var resume = Parse(pdf).Resume;

        Assert.Equal(name, resume.Basics.Name);
    }

    [Fact]
    public void Parses_two_column_layout_in_reading_order()
    {
        var pdf = new PdfFixture();
        pdf.Text("Tom Becker", 40, 60, 24, isBold: true);

        // Left sidebar, 14 pt pitch.
        pdf.Text("CONTACT", 40, 110, 12, isBold: true);
        pdf.Lines(40, 128, ["tom.becker@example.net", "+49 30 1234567", "Berlin, Germany"], 9, pitch: 14);
        pdf.Text("SKILLS", 40, 190, 12, isBold: true);
        pdf.Lines(40, 208, ["Kotlin", "Spring Boot", "Kafka", "Terraform"], 9, pitch: 14);
        pdf.Text("LANGUAGES", 40, 280, 12, isBold: true);
        pdf.Lines(40, 298, ["German (Native)", "English (Fluent)"], 9, pitch: 14);

        // Main column, 13 pt pitch.
        pdf.Text("EXPERIENCE", 220, 110, 12, isBold: true);
        pdf.Text("Zalando SE", 220, 128, 10, isBold: true);
        pdf.Text("2019 – now", 480, 128, 9);
        pdf.Text("Backend Developer", 220, 141, 10);
        pdf.Lines(220, 155, ["• Built the order event pipeline.", "• Cut checkout errors by half."], 9);
        pdf.Text("N26 GmbH", 220, 190, 10, isBold: true);
        pdf.Text("2016 – 2019", 480, 190, 9);
        pdf.Text("Junior Developer", 220, 203, 10);
        pdf.Lines(220, 217, ["• Maintained the card service."], 9);
        pdf.Text("EDUCATION", 220, 250, 12, isBold: true);
        pdf.Text("Technische Universität Berlin", 220, 268, 10, isBold: true);
        pdf.Text("2016", 480, 268, 9);
        pdf.Text("Master of Science in Computer Science", 220, 281, 10);

        var resume = Parse(pdf).Resume;

        Assert.Equal("Tom Becker", resume.Basics.Name);
        Assert.Equal("tom.becker@example.net", resume.Basics.Email);
        Assert.Equal("Berlin", resume.Basics.Location?.City);
        Assert.Equal(["Kotlin", "Spring Boot", "Kafka", "Terraform"], resume.Skills.SelectMany(s => s.Keywords));
        Assert.Equal(["German", "English"], resume.Languages.Select(l => l.Language));
        Assert.Equal(["Zalando SE", "N26 GmbH"], resume.Work.Select(w => w.Name));
        Assert.Equal(["Backend Developer", "Junior Developer"], resume.Work.Select(w => w.Position));
        Assert.Equal(2, resume.Work[0].Highlights.Count);
        Assert.Equal("2019", resume.Work[0].StartDate);
        Assert.Null(resume.Work[0].EndDate);
        var school = Assert.Single(resume.Education);
        Assert.Equal("Technische Universität Berlin", school.Institution);
        Assert.Equal("2016", school.EndDate);
    }

    [Fact]
    public void Drops_page_numbers_and_repeated_footers()
    {
        var pdf = new PdfFixture();
        pdf.Text("Lee Chen", 50, 60, 20, isBold: true);
        pdf.Text("lee@example.com", 50, 85, 9);
        pdf.Text("EXPERIENCE", 50, 120, 13, isBold: true);
        pdf.Text("Contoso Ltd", 50, 140, 10, isBold: true);
        pdf.Text("2018 – 2021", 450, 140, 10);
        pdf.Text("Product Manager", 50, 153, 10);
        pdf.Text("• Launched the mobile app.", 58, 167, 10);
        pdf.Text("Lee Chen – Page 1 of 2", 250, 810, 8);
        pdf.NewPage();
        pdf.Text("• Grew weekly users to 1M.", 58, 60, 10);
        pdf.Text("Lee Chen – Page 2 of 2", 250, 810, 8);

        var job = Assert.Single(Parse(pdf).Resume.Work);

        Assert.Equal(["Launched the mobile app.", "Grew weekly users to 1M."], job.Highlights);
    }

    [Fact]
    public void Corrupt_pdf_is_reported_as_corrupt()
    {
        var bytes = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ngarbage"u8.ToArray();

        var ex = Assert.Throws<UnreadableDocumentException>(() => ParseHelpers.Parse(bytes, DocumentKind.Pdf));

        Assert.Equal(UnreadableReason.Corrupt, ex.Reason);
        Assert.Contains("again", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_without_a_text_layer_is_reported_as_scanned()
    {
        var pdf = new PdfFixture().Image(TinyPng.Gray(8, 8), 50, 50, 400, 600);

        var ex = Assert.Throws<UnreadableDocumentException>(() => ParseHelpers.Parse(pdf.Build(), DocumentKind.Pdf));

        Assert.Equal(UnreadableReason.NoTextLayer, ex.Reason);
        Assert.Contains("scan", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_with_a_blank_page_is_reported_as_empty()
    {
        var ex = Assert.Throws<UnreadableDocumentException>(() => ParseHelpers.Parse(new PdfFixture().Build(), DocumentKind.Pdf));

        Assert.Equal(UnreadableReason.Empty, ex.Reason);
    }

    [Fact]
    public void Encrypted_pdf_is_reported_as_encrypted()
    {
        var ex = Assert.Throws<UnreadableDocumentException>(() => ParseHelpers.Parse(EncryptedPdf.Build(), DocumentKind.Pdf));

        Assert.Equal(UnreadableReason.Encrypted, ex.Reason);
        Assert.Contains("password", ex.Message, StringComparison.Ordinal);
    }
}
