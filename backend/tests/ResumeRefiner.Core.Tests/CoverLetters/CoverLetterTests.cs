using DocumentFormat.OpenXml.Packaging;
using ResumeRefiner.Core.Ai;
using ResumeRefiner.Core.CoverLetters;
using ResumeRefiner.Core.Export;
using ResumeRefiner.Core.Model;
using ResumeRefiner.Core.Tests.Export;

namespace ResumeRefiner.Core.Tests.CoverLetters;

public class CoverLetterTests
{
    internal const string Posting = """
        Senior Data Engineer

        We are looking for a Senior Data Engineer to build our data platform.

        Requirements:
        - 5+ years of experience with Python
        - Strong SQL skills
        - Experience with AWS
        - Kubernetes

        Nice to have:
        - Terraform
        """;

    internal static readonly Resume Sample = new()
    {
        Basics = new Basics
        {
            Name = "Jane Example",
            Label = "Data Engineer",
            Email = "jane.example@example.com",
            Phone = "+1 415 555 0134",
            Location = new Location { City = "Portland", Region = "OR" },
        },
        Work =
        [
            new Work
            {
                Name = "Acme Corp",
                Position = "Data Engineer",
                Highlights =
                [
                    "Built Python pipelines that load 2 million rows a day.",
                    "Tuned SQL queries on the reporting warehouse, cutting run time by 40%.",
                    "Mentored two junior engineers.",
                ],
            },
            new Work
            {
                Name = "Globex",
                Position = "Software Engineer",
                Highlights = ["Moved batch jobs to AWS Lambda and S3."],
            },
        ],
        Education = [new Education { Institution = "Portland State University", StudyType = "Bachelor of Science", Area = "Computer Science" }],
        Skills = [new Skill { Name = "Data", Keywords = ["Python", "SQL", "AWS", "Airflow"] }],
    };

    [Fact]
    public void The_offline_letter_names_role_company_and_three_strengths_quoted_from_the_bullets()
    {
        var letter = OfflineCoverLetter.Draft(Sample, Posting, company: "Initech", role: "Senior Data Engineer");

        Assert.StartsWith("Dear [Hiring manager],", letter, StringComparison.Ordinal);
        Assert.Contains("the Senior Data Engineer position at Initech", letter, StringComparison.Ordinal);
        Assert.Contains("• Python: as Data Engineer at Acme Corp, “Built Python pipelines that load 2 million rows a day”", letter, StringComparison.Ordinal);
        Assert.Contains("• SQL: as Data Engineer at Acme Corp, “Tuned SQL queries on the reporting warehouse, cutting run time by 40%”", letter, StringComparison.Ordinal);
        Assert.Contains("• AWS: as Software Engineer at Globex, “Moved batch jobs to AWS Lambda and S3”", letter, StringComparison.Ordinal);
        // Kubernetes is asked for but not shown: the letter does not claim it.
        Assert.DoesNotContain("Kubernetes", letter, StringComparison.Ordinal);
        Assert.EndsWith("Sincerely,\nJane Example", letter, StringComparison.Ordinal);
    }

    [Fact]
    public void The_offline_letter_is_deterministic_and_invents_no_number()
    {
        var first = OfflineCoverLetter.Draft(Sample, Posting, "Initech");
        Assert.Equal(first, OfflineCoverLetter.Draft(Sample, Posting, "Initech"));

        var prompt = CoverLetterPrompt.Build(Sample, new AiTaskInput([], Posting, Company: "Initech"), redactContacts: false);
        Assert.Null(CoverLetterReply.Invented(first, prompt));
    }

    [Fact]
    public void Missing_facts_become_placeholders()
    {
        var bare = new Resume { Work = [new Work { Position = "Clerk", Highlights = ["Filed records."] }] };
        var letter = OfflineCoverLetter.Draft(bare, "We need someone who knows Python and SQL.");

        Assert.Contains("position at [Company]", letter, StringComparison.Ordinal);
        Assert.Contains("the [Role] position", letter, StringComparison.Ordinal);
        Assert.Contains("[Two or three strengths the posting asks for", letter, StringComparison.Ordinal);
        Assert.EndsWith("Sincerely,\n[Your name]", letter, StringComparison.Ordinal);
    }

    [Fact]
    public void A_skill_only_listed_gets_no_invented_evidence_and_a_placeholder_for_one()
    {
        var resume = Sample with { Work = [] };
        var letter = OfflineCoverLetter.Draft(resume, Posting, "Initech");

        Assert.Contains("• Python: listed among my skills. [An example of your work with Python.]", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("“", letter, StringComparison.Ordinal);
    }

    [Fact]
    public void The_prompt_carries_no_contact_details_and_the_reply_gets_the_name_back()
    {
        var prompt = CoverLetterPrompt.Build(Sample, new AiTaskInput([], Posting + "\nContact jane.example@example.com", MatchedKeywords: ["Python"], Company: "Initech"));

        foreach (var secret in new[] { "Jane", "jane.example@example.com", "555 0134" })
        {
            Assert.DoesNotContain(secret, prompt.User, StringComparison.Ordinal);
        }

        Assert.Contains("{{NAME}}", prompt.User, StringComparison.Ordinal);
        Assert.Contains("Acme Corp", prompt.User, StringComparison.Ordinal);
        Assert.Contains(ReplySchema.CoverLetterText.Trim(), prompt.System, StringComparison.Ordinal);

        var reply = """{"paragraphs":["Dear [Hiring manager],","At Acme Corp I built Python pipelines that load 2 million rows a day.","Sincerely,\n{{NAME}}"]}""";
        var check = ReplyValidator.Check(reply, prompt, _ => null);
        Assert.Null(check.Error);
        Assert.Equal("Dear [Hiring manager],\n\nAt Acme Corp I built Python pipelines that load 2 million rows a day.\n\nSincerely,\nJane Example", check.Answer!.Overview);
    }

    [Theory]
    [InlineData("At Acme Corp I cut costs by 55%.", "55")]
    [InlineData("At Hooli I built Python pipelines.", "Hooli")]
    [InlineData("I worked with Kubernetes daily.", "Kubernetes")]
    [InlineData("My Master's degree prepared me well.", "Master's")]
    public void A_letter_with_a_fact_the_resume_lacks_is_refused(string sentence, string named)
    {
        var prompt = CoverLetterPrompt.Build(Sample, new AiTaskInput([], Posting.Replace("Kubernetes", "Containers", StringComparison.Ordinal), Company: "Initech"));
        var reply = $$$"""{"paragraphs":["Dear [Hiring manager],","{{{sentence}}}","Sincerely,\n{{NAME}}"]}""";

        var check = ReplyValidator.Check(reply, prompt, _ => null);

        Assert.Null(check.Answer);
        Assert.Contains(named, check.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reply_that_ignores_the_schema_is_refused()
    {
        var prompt = CoverLetterPrompt.Build(Sample, new AiTaskInput([], Posting));
        Assert.Null(ReplyValidator.Check("""{"suggestions":[]}""", prompt, _ => null).Answer);
        Assert.Null(ReplyValidator.Check("Dear hiring manager, I am great.", prompt, _ => null).Answer);
    }

    [Fact]
    public void The_pdf_passes_qpdf_is_tagged_and_carries_the_real_header()
    {
        var letter = OfflineCoverLetter.Draft(Sample, Posting, "Initech");
        foreach (var template in Enum.GetValues<ResumeTemplate>())
        {
            var file = ResumeExporter.Instance.ExportCoverLetter(Sample, letter, ExportFormat.Pdf, new ExportOptions { Template = template });
            Assert.Equal("Jane-Example-Cover-Letter.pdf", file.FileName);
            var (exit, check) = PdfTools.Run("qpdf", "qpdf", file.Content, "--check");
            Assert.True(exit == 0 && !check.Contains("WARNING", StringComparison.OrdinalIgnoreCase), check);
            var (_, info) = PdfTools.Run("pdfinfo", "poppler-utils", file.Content);
            Assert.Contains("Tagged:          yes", info, StringComparison.Ordinal);
            Assert.Contains("Jane Example — Cover letter", info, StringComparison.Ordinal);

            using var pdf = UglyToad.PdfPig.PdfDocument.Open(file.Content);
            var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
            Assert.Contains("jane.example@example.com", text, StringComparison.Ordinal);
            Assert.Contains("Initech", text, StringComparison.Ordinal);
            Assert.Contains("Sincerely,", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_docx_opens_with_one_paragraph_per_line_and_list_items_for_strengths()
    {
        var letter = OfflineCoverLetter.Draft(Sample, Posting, "Initech");
        var file = ResumeExporter.Instance.ExportCoverLetter(Sample, letter, ExportFormat.Docx, new ExportOptions { Template = ResumeTemplate.Modern });
        Assert.Equal("Jane-Example-Cover-Letter.docx", file.FileName);

        using var docx = WordprocessingDocument.Open(new MemoryStream(file.Content), false);
        var paragraphs = docx.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Equal("Jane Example", paragraphs[0]);
        Assert.Contains("Dear [Hiring manager],", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("Python: as Data Engineer at Acme Corp", StringComparison.Ordinal));
        Assert.Equal("Jane Example", paragraphs[^1]);
        Assert.Equal("Jane Example — Cover letter", docx.PackageProperties.Title);
    }

    [Fact]
    public void Only_pdf_and_docx_are_letter_formats()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ResumeExporter.Instance.ExportCoverLetter(Sample, "Hi", ExportFormat.Json, ExportOptions.Default));
    }
}
