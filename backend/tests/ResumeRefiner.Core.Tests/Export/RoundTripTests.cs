using CsCheck;
using ResumeRefiner.Core.Export;
using ResumeRefiner.Core.Model;
using ResumeRefiner.Core.Parsing;

namespace ResumeRefiner.Core.Tests.Export;

/// <summary>What we export, our own parser must read back: every template, PDF and DOCX.</summary>
public class RoundTripTests
{
    private static readonly ResumeParser Parser = new();

    public static TheoryData<ResumeTemplate, ExportFormat> Cases()
    {
        var data = new TheoryData<ResumeTemplate, ExportFormat>();
        foreach (var template in Enum.GetValues<ResumeTemplate>())
        {
            data.Add(template, ExportFormat.Pdf);
            data.Add(template, ExportFormat.Docx);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Random_resumes_survive_export_and_parse(ResumeTemplate template, ExportFormat format)
    {
        ExportSamples.ResumeGen.Sample(resume =>
        {
            var file = ResumeExporter.Instance.Export(resume, format, new ExportOptions { Template = template });
            using var stream = new MemoryStream(file.Content);
            var parsed = Parser.Parse(stream, format == ExportFormat.Pdf ? DocumentKind.Pdf : DocumentKind.Docx).Resume;
            AssertSame(resume, parsed);
        }, iter: 8, threads: 1);
    }

    internal static void AssertSame(Resume expected, Resume actual)
    {
        Assert.Equal(expected.Basics.Name, actual.Basics.Name);
        Assert.Equal(expected.Basics.Email, actual.Basics.Email);
        Assert.Equal(Digits(expected.Basics.Phone), Digits(actual.Basics.Phone));

        Assert.Equal(expected.Work.Count, actual.Work.Count);
        for (var i = 0; i < expected.Work.Count; i++)
        {
            var (e, a) = (expected.Work[i], actual.Work[i]);
            Assert.Equal((e.Name, e.Position, e.StartDate, e.EndDate), (a.Name, a.Position, a.StartDate, a.EndDate));
            Assert.Equal(e.Highlights, a.Highlights);
        }

        Assert.Equal(expected.Education.Count, actual.Education.Count);
        for (var i = 0; i < expected.Education.Count; i++)
        {
            var (e, a) = (expected.Education[i], actual.Education[i]);
            Assert.Equal((e.Institution, e.StudyType, e.Area, e.StartDate, e.EndDate), (a.Institution, a.StudyType, a.Area, a.StartDate, a.EndDate));
        }

        Assert.Equal(
            expected.Skills.SelectMany(s => s.Keywords).Order(StringComparer.Ordinal),
            actual.Skills.SelectMany(s => s.Keywords.Count > 0 ? s.Keywords : [s.Name ?? string.Empty]).Order(StringComparer.Ordinal));
    }

    private static string Digits(string? phone) => new((phone ?? string.Empty).Where(char.IsAsciiDigit).ToArray());
}
