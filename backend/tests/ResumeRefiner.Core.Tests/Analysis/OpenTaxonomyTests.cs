using ResumeRefiner.Core.Analysis.Jobs;
using ResumeRefiner.Core.Analysis.Matching;
using ResumeRefiner.Core.Analysis.Skills;
using ResumeRefiner.Core.Model;
using ResumeRefiner.Core.Parsing.Fields;

namespace ResumeRefiner.Core.Tests.Analysis;

/// <summary>Issue 17: the taxonomy imported from O*NET and ESCO, phrases beyond the list, titles and abbreviated degrees.</summary>
public class OpenTaxonomyTests
{
    private static JobProfile Analyze(string text) => JobDescriptionAnalyzer.Instance.Analyze(text);

    private static List<string> Names(JobProfile job) => job.HardSkills.Select(s => s.Label).ToList();

    private static string Posting(string duties, string requirements = "- 2+ years of experience") => $"""
        Technician
        Acme Services — Springfield, IL

        Responsibilities
        {duties}

        Requirements
        {requirements}

        Benefits
        - Health insurance and 401(k)
        """;

    // ---- The import step: O*NET product names, normalised, under the curated data ----

    [Theory]
    [InlineData("Henry Schein Dentrix", "Dentrix")]
    [InlineData("Thomson Reuters Westlaw", "Westlaw")]
    [InlineData("Cadence OrCAD PSpice", "OrCAD PSpice")]
    [InlineData("OrCAD PSpice", "OrCAD PSpice")]
    [InlineData("Acronis", "Acronis Recovery Expert")]
    public void Imported_products_are_found_by_the_names_people_write(string written, string canonical)
    {
        var tokens = SkillText.Tokenize($"Experience with {written} is required.");
        var hits = SkillTaxonomy.Default.Matcher.Find(tokens, soft: false).Select(h => SkillTaxonomy.Default.Skills[h.SkillId].Name);

        Assert.Contains(canonical, hits);
    }

    [Theory]
    [InlineData("Word")]
    [InlineData("Access")]
    [InlineData("Experience in")]
    [InlineData("FOLLOW")]
    public void Ordinary_words_from_the_catalogue_are_not_skills(string word)
    {
        var imported = ImportedText().Split('\n').Select(l => l.Split('|')[0]);

        Assert.DoesNotContain(word, imported);
    }

    [Theory]
    [InlineData("ACE Dental", "ACE")]
    [InlineData("GeoPak Bridge", "Bentley")]
    public void A_short_acronym_or_a_vendor_of_many_products_is_not_a_brand_alias(string product, string brand)
    {
        var aliases = ImportedText().Split('\n').Where(l => l.StartsWith(product + "|", StringComparison.Ordinal)).SelectMany(l => l.Split('|')[2].Split(';'));

        Assert.DoesNotContain(brand, aliases);
    }

    [Fact]
    public void Curated_names_stay_on_top_of_imported_ones()
    {
        var taxonomy = SkillTaxonomy.Parse(
            [("curated", "@software\nExcel||=MS Excel;Microsoft Excel\n")],
            [("imported", "@software\nMicrosoft Excel||Microsoft Excel 2019\nProcore||Procore software\n")]);

        Assert.Single(taxonomy.Skills, s => s.Name == "Excel");
        Assert.DoesNotContain(taxonomy.Skills, s => s.Name == "Microsoft Excel");
        Assert.Contains(taxonomy.Skills, s => s.Name == "Procore");
        Assert.Empty(taxonomy.Collisions);
    }

    [Fact]
    public void The_shipped_taxonomy_holds_the_import()
    {
        // Load time is measured by TaxonomyLoadBenchmarks, not asserted here.
        var taxonomy = SkillTaxonomy.Parse(
            [("curated", "@software\nExcel||\n")],
            [("imported", ImportedText())]);

        Assert.True(taxonomy.Skills.Count > 5_000, $"only {taxonomy.Skills.Count} imported skills");
    }

    private static string ImportedText()
    {
        var assembly = typeof(SkillTaxonomy).Assembly;
        using var stream = assembly.GetManifestResourceStream("ResumeRefiner.Core.Analysis.Skills.Data.onet-software.txt.gz")!;
        using var gzip = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return reader.ReadToEnd();
    }

    // ---- Phrases beyond the list ----

    [Theory]
    [InlineData("- Operate the TXR analyzers", "TXR analyzers")]
    [InlineData("- Build drivers for SPI, I2C and UART peripherals", "I2C")]
    [InlineData("- Run hematology on the Sysmex XN analyzers", "Sysmex XN")]
    [InlineData("- Reconcile quarterly Form 941 filings", "Form 941")]
    [InlineData("- Keep waste records under the Resource Conservation and Recovery Act (RCRA)", "Resource Conservation and Recovery Act (RCRA)")]
    [InlineData("- Provide pharmacokinetic dosing for inpatients", "pharmacokinetic dosing")]
    [InlineData("- Perform tympanometry on new patients", "tympanometry")]
    public void Skills_the_taxonomy_lacks_are_found_by_shape_or_head_noun(string duty, string expected)
    {
        Assert.Contains(expected, Names(Analyze(Posting(duty))), StringComparer.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("- Work closely with our team in a fast-paced environment")]
    [InlineData("- Answer 50 calls a day and help customers with their questions")]
    [InlineData("- Support the shift lead and keep the floor clean")]
    [InlineData("- Attend weekly meetings and share findings with the team")]
    public void Boilerplate_duties_yield_no_skills(string duty)
    {
        Assert.Empty(Analyze(Posting(duty, "- Reliable and on time")).HardSkills);
    }

    [Fact]
    public void Company_benefit_and_legal_text_yield_no_discovered_phrases()
    {
        var job = Analyze("""
            Technician
            Zyntrax Labs — Springfield, IL

            About us
            Zyntrax Labs builds QuantaCore analyzers for hospitals.

            Responsibilities
            - Keep the lab clean

            Benefits
            - PTO, 401(k) and the Zyntrax Wellness Plan

            Zyntrax Labs is an EEO employer. Offers depend on a background check under the FCRA.
            """);

        Assert.DoesNotContain(job.HardSkills, s => s.Category == "discovered");
    }

    [Fact]
    public void A_degree_field_is_not_a_discovered_skill()
    {
        var job = Analyze(Posting("- Keep records", "- Bachelor's degree in mechanical engineering or an M.S. in physics"));

        Assert.DoesNotContain(job.HardSkills, s => s.Name.Contains("engineering", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("Bachelor's", job.Education);
    }

    // ---- Abbreviated degrees ----

    [Theory]
    [InlineData("M.S. Computer Science, Stanford University", "Master")]
    [InlineData("B.Sc. in Physics", "Bachelor")]
    [InlineData("MSc Data Science", "Master")]
    [InlineData("M.Eng., Electrical Engineering", "Master")]
    [InlineData("BBA, Finance", "Bachelor")]
    [InlineData("PharmD, University of Iowa", "Doctorate")]
    [InlineData("RN/BSN, Drake University", "Bachelor")]
    public void Abbreviated_degrees_are_found_anywhere_in_a_line(string line, string level)
    {
        Assert.Contains(Degrees.FindAbbreviated(line), d => d.Level.ToString() == level);
    }

    [Theory]
    [InlineData("Advanced MS Excel and Med-Surg experience")]
    [InlineData("Check work against WCAG 2.1 AA")]
    [InlineData("Tell me as soon as the bed is free")]
    public void Words_that_only_look_like_degrees_are_not_degrees(string line)
    {
        Assert.Empty(Degrees.FindAbbreviated(line));
    }

    [Theory]
    [InlineData("M.S.", "Computer Science", "Master's")]
    [InlineData("B.S.", "Symbolic Systems", "Bachelor's")]
    [InlineData("Licenciatura", "Derecho", "Bachelor's")]
    [InlineData("Yüksek Lisans", "Bilgisayar Mühendisliği", "Master's")]
    public void A_resume_degree_in_any_form_counts_for_education(string studyType, string area, string level)
    {
        var resume = ResumeText.From(new Resume { Education = [new Education { StudyType = studyType, Area = area }] });

        Assert.Equal(EducationLevels.Rank(level), ResumeMatcher.ResumeEducationLevel(resume));
    }

    [Fact]
    public void An_MS_and_BS_resume_meets_a_masters_requirement()
    {
        var job = Analyze("Software Engineer\nRequirements\n- Master's degree in computer science\n- Experience with Python");
        var resume = ResumeText.From(new Resume
        {
            Work = [new Work { Position = "Software Engineer", StartDate = "2018-01", Highlights = ["Built Python services"] }],
            Education = [new Education { StudyType = "M.S.", Area = "Computer Science" }, new Education { StudyType = "B.S.", Area = "Symbolic Systems" }],
        });

        var education = ResumeMatcher.Instance.Match(resume, job).Parts.Single(p => p.Name == "Education");

        Assert.Equal(education.MaxPoints, education.Points);
    }

    // ---- Title normalisation ----

    [Theory]
    [InlineData("Real Estate Agent", "Leasing Consultant", "Same")]
    [InlineData("Staff Pharmacist", "Senior Pharmacist - Nights", "Same")]
    [InlineData("Registered Dental Hygienist", "Dental Hygienist", "Same")]
    [InlineData("Manufacturing Engineer", "Mechanical Engineer", "Same")]
    [InlineData("Software Developer", "Web Developer", "Neighbouring")]
    [InlineData("Sales Manager", "Sales Associate", "Unrelated")]
    [InlineData("Pharmacist", "Zorblax Wrangler", "Unknown")]
    public void Titles_are_compared_as_occupations(string job, string resume, string kinship)
    {
        Assert.Equal(kinship, OccupationTitles.Default.Kinship(job, resume).ToString());
    }

    [Fact]
    public void Sharing_a_word_is_not_a_related_title()
    {
        var job = Analyze("Sales Manager\nRequirements\n- Experience with Salesforce");
        var resume = ResumeText.From(new Resume { Work = [new Work { Position = "Sales Associate", StartDate = "2020-01" }] });

        var title = ResumeMatcher.Instance.Match(resume, job).Parts.Single(p => p.Name == "Job title");

        Assert.Equal(0, title.Points);
    }
}
