using ResumeRefiner.Core.Import.JsonResume;
using ResumeRefiner.Core.Import.LinkedIn;
using ResumeRefiner.Core.Model;
using ResumeRefiner.Core.Parsing.Docx;
using ResumeRefiner.Core.Parsing.Fields;
using ResumeRefiner.Core.Parsing.Layout;
using ResumeRefiner.Core.Parsing.Ocr;
using ResumeRefiner.Core.Parsing.Pdf;
using ResumeRefiner.Core.Parsing.Sections;
using ResumeRefiner.Core.Parsing.Text;

namespace ResumeRefiner.Core.Parsing;

/// <summary>
/// Parses PDF, DOCX, plain text and Markdown resumes, and scans through OCR, into JSON Resume. Stateless and
/// thread-safe: one instance can serve every request.
/// </summary>
public sealed class ResumeParser : IResumeParser
{
    private readonly OcrEngine ocr;

    /// <summary>A parser that reads scans with Tesseract and pdftoppm from the path, when they are installed.</summary>
    public ResumeParser()
        : this(new OcrOptions())
    {
    }

    public ResumeParser(OcrOptions ocr) => this.ocr = new OcrEngine(ocr);

    /// <summary>A shared instance; the parser holds no state.</summary>
    public static ResumeParser Instance { get; } = new();

    public ParsedResume Parse(Stream content, DocumentKind kind, CancellationToken cancellationToken = default) =>
        Parse(content, kind, progress: null, cancellationToken);

    public ParsedResume Parse(Stream content, DocumentKind kind, IProgress<OcrProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.CanSeek && content.Length == 0)
        {
            throw new UnreadableDocumentException(UnreadableReason.Empty, "The file is empty. Check that you picked the right file and upload it again.");
        }

        // Structured files need no layout reading: they are mapped (or refused with ImportRefusedException).
        switch (kind)
        {
            case DocumentKind.JsonResume:
                return JsonResumeImporter.Read(content, cancellationToken);
            case DocumentKind.LinkedIn:
                return LinkedInExport.Read(content, cancellationToken);
            default:
                break;
        }

        var document = LineLimits.Apply(Read(content, kind, progress, cancellationToken));
        if (document.Lines.All(l => string.IsNullOrWhiteSpace(l.Text)))
        {
            throw new UnreadableDocumentException(UnreadableReason.Empty, "The document contains no text. Check that you picked the right file and upload it again.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        return Build(document, cancellationToken);
    }

    private LayoutDocument Read(Stream content, DocumentKind kind, IProgress<OcrProgress>? progress, CancellationToken cancellationToken)
    {
        // PdfPig and the OpenXML SDK need random access; buffer non-seekable streams once.
        if (!content.CanSeek)
        {
            var buffer = new MemoryStream();
            content.CopyTo(buffer);
            buffer.Position = 0;
            content = buffer;
        }

        return kind switch
        {
            DocumentKind.Pdf => PdfReader.Read(content, cancellationToken, ocr, progress),
            DocumentKind.Image => OcrReader.ReadImage(content, ocr, progress, cancellationToken),
            DocumentKind.Docx => DocxReader.Read(content, cancellationToken),
            DocumentKind.Markdown => PlainTextReader.Read(content, markdown: true, cancellationToken),
            _ => PlainTextReader.Read(content, markdown: false, cancellationToken),
        };
    }

    private static ParsedResume Build(LayoutDocument document, CancellationToken cancellationToken)
    {
        var log = new ConfidenceLog();
        var sections = SectionSplitter.Split(document);
        var dictionary = new DocumentDictionary(document.Lines.Select(l => l.Text));
        var basics = BasicsReader.Read(document, sections, log);

        var work = new List<Work>();
        var volunteer = new List<Volunteer>();
        var education = new List<Education>();
        var skills = new List<Skill>();
        var projects = new List<Project>();
        var certificates = new List<Certificate>();
        var languages = new List<SpokenLanguage>();
        var awards = new List<Award>();
        var publications = new List<Publication>();
        var interests = new List<Interest>();
        var references = new List<Referee>();
        var summary = new List<string>();

        foreach (var section in sections)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var list = section.Kind is SectionKind.Skills or SectionKind.Languages or SectionKind.Interests or SectionKind.Certifications;
            var items = ItemReader.Read(section.Lines, dictionary, list);
            switch (section.Kind)
            {
                case SectionKind.Summary:
                    summary.AddRange(items.Select(i => string.Join(" ", i.Segments)).Where(t => t.Length > 0));
                    break;
                case SectionKind.Experience:
                    work.AddRange(ExperienceReader.ReadWork(EntryGrouper.Group(EntryGrouper.JoinStackedDates(items)), work.Count, log));
                    break;
                case SectionKind.Volunteer:
                    volunteer.AddRange(ExperienceReader.ReadVolunteer(EntryGrouper.Group(EntryGrouper.JoinStackedDates(items)), volunteer.Count, log));
                    break;
                case SectionKind.Education:
                    education.AddRange(EducationReader.Read(EntryGrouper.Group(EntryGrouper.JoinStackedDates(items), EducationReader.StartsEntry, EducationReader.CompletesEntry), education.Count, log));
                    break;
                case SectionKind.Projects:
                    projects.AddRange(ExperienceReader.ReadProjects(EntryGrouper.Group(ExperienceReader.OneLineProjects(items)), projects.Count, log));
                    break;
                case SectionKind.Skills:
                    var (skillItems, languageItems) = LanguagesReader.SeparateLanguages(items);
                    skills.AddRange(SkillsReader.Read(skillItems, log, skills.Count));
                    languages.AddRange(LanguagesReader.Read(languageItems, log, languages.Count));
                    break;
                case SectionKind.Languages:
                    var (grid, afterLegend) = LanguagesReader.SplitAtLegend(items);
                    if (afterLegend.Count > 0 && LanguagesReader.LooksLikeNaturalLanguages(grid))
                    {
                        languages.AddRange(LanguagesReader.Read(grid, log, languages.Count));
                        skills.AddRange(SkillsReader.Read(afterLegend, log, skills.Count));
                    }
                    else if (LanguagesReader.LanguageLines(items) is { Count: > 0 } spoken && LanguagesReader.LooksLikeNaturalLanguages(spoken))
                    {
                        languages.AddRange(LanguagesReader.Read(spoken, log, languages.Count));
                    }
                    else
                    {
                        // "Languages: Python, C++" is a programming-language skill group.
                        var group = SkillsReader.Read(items, log, skills.Count);
                        skills.AddRange(group.Select(g => g.Name == "Skills" ? g with { Name = section.Heading.Trim() } : g));
                    }

                    break;
                case SectionKind.Certifications:
                    certificates.AddRange(CertificatesReader.Read(items, log, certificates.Count));
                    break;
                case SectionKind.Awards:
                    awards.AddRange(AwardsReader.Read(items, log, awards.Count));
                    break;
                case SectionKind.Publications:
                    publications.AddRange(PublicationsReader.Read(items, log, publications.Count));
                    break;
                case SectionKind.Interests:
                    interests.AddRange(InterestsReader.Read(items, log, interests.Count));
                    break;
                case SectionKind.References:
                    references.AddRange(ReferencesReader.Read(items, log, references.Count));
                    break;
                case SectionKind.Other when (SectionHeadings.Match(section.Heading) is null || SectionHeadings.Normalize(section.Heading) is "teaching")
                    && ItemReader.Read(section.Lines, dictionary, list: true) is var listed && SkillsReader.IsKeywordList(listed):
                    // A heading we do not know over a list of short undated items ("Practice" / "Case management" /
                    // "Safety planning"): a skill group with no skills heading above it. "Teaching" heads an academic
                    // CV's courses, dated, as often as a teacher's skills.
                    skills.AddRange(SkillsReader.Read(listed, log, skills.Count).Select(g => g.Name == "Skills" ? g with { Name = section.Heading.Trim().TrimEnd(':') } : g));
                    break;
                case SectionKind.Other:
                    // "Languages: English, Mandarin" inside a "Miscellaneous" section still names a section's content.
                    foreach (var (kind, labelled) in ListText.LabelledLines(items))
                    {
                        if (kind == SectionKind.Languages && LanguagesReader.LooksLikeNaturalLanguages([labelled]))
                        {
                            languages.AddRange(LanguagesReader.Read([labelled], log, languages.Count));
                        }
                        else if (kind == SectionKind.Interests)
                        {
                            interests.AddRange(InterestsReader.Read([labelled], log, interests.Count));
                        }
                        else if (kind == SectionKind.Skills)
                        {
                            skills.AddRange(SkillsReader.Read([labelled], log, skills.Count));
                        }
                    }

                    break;
                default:
                    break;
            }
        }

        if (summary.Count > 0)
        {
            basics = basics with { Summary = string.Join(" ", summary) };
            log.Add("basics.summary", 0.85, "text under the summary heading");
        }

        var resume = new Resume
        {
            Basics = basics,
            Work = work,
            Volunteer = volunteer,
            Education = education,
            Skills = skills,
            Projects = projects,
            Certificates = certificates,
            Languages = languages,
            Awards = awards,
            Publications = publications,
            Interests = interests,
            References = references,
        };
        var conformed = JsonResumeConformance.Conform(resume);
        return new ParsedResume(conformed, document.OcrWords is { } words ? OcrConfidence.Apply(conformed, log.Entries, words) : log.Entries);
    }
}
