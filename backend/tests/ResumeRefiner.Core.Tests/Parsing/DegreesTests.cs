using ResumeRefiner.Core.Parsing.Fields;

namespace ResumeRefiner.Core.Tests.Parsing;

/// <summary>Degree names as resumes print them: spelled out, abbreviated with or without dots, after their field, or national.</summary>
public class DegreesTests
{
    [Theory]
    [InlineData("M.S. in Computer Science", "M.S.", "Computer Science", "Master")]
    [InlineData("B.S., Electrical Engineering", "B.S.", "Electrical Engineering", "Bachelor")]
    [InlineData("BSc Physics", "BSc", "Physics", "Bachelor")]
    [InlineData("MSc in Data Science", "MSc", "Data Science", "Master")]
    [InlineData("M.Eng. Structural Engineering", "M.Eng.", "Structural Engineering", "Master")]
    [InlineData("PharmD", "PharmD", null, "Doctorate")]
    [InlineData("Ph.D. in Chemistry", "Ph.D.", "Chemistry", "Doctorate")]
    [InlineData("MBA", "MBA", null, "Master")]
    [InlineData("BBA - Finance", "BBA", "Finance", "Bachelor")]
    [InlineData("Bachelor of Science in Nursing", "Bachelor of Science", "Nursing", "Bachelor")]
    [InlineData("Associate Degree in Culinary Arts", "Associate Degree", "Culinary Arts", "Associate")]
    [InlineData("Licenciatura en Derecho", "Licenciatura", "Derecho", "Bachelor")]
    [InlineData("Laurea Magistrale in Ingegneria", "Laurea Magistrale", "Ingegneria", "Master")]
    [InlineData("Yüksek Lisans, İşletme", "Yüksek Lisans", "İşletme", "Master")]
    [InlineData("Carrera Técnica en Soldadura", "Carrera Técnica", "Soldadura", "Associate")]
    [InlineData("Polytechnic Diploma in Construction Technology", "Polytechnic Diploma", "Construction Technology", "Certificate")]
    public void Reads_the_degree_its_field_and_its_level(string text, string studyType, string? area, string level)
    {
        var degree = Degrees.Parse(text);

        Assert.NotNull(degree);
        Assert.Equal(studyType, degree.StudyType);
        Assert.Equal(area, degree.Area);
        Assert.Equal(level, degree.Level.ToString());
    }

    [Fact]
    public void A_bracketed_qualifier_stays_with_the_degree()
    {
        var degree = Degrees.Parse("Especialização (pós-graduação) em Logística");

        Assert.NotNull(degree);
        Assert.Equal(("Especialização (pós-graduação)", "Logística"), (degree.StudyType, degree.Area));
    }

    [Theory]
    [InlineData("Social Work, MSW", "MSW", "Social Work", "Master")]
    [InlineData("Nursing (BSN)", "BSN", "Nursing", "Bachelor")]
    public void Reads_a_degree_printed_after_its_field(string text, string studyType, string area, string level)
    {
        var degree = Degrees.Parse(text);

        Assert.NotNull(degree);
        Assert.Equal((studyType, area, level), (degree.StudyType, degree.Area, degree.Level.ToString()));
    }

    [Theory]
    [InlineData("as well as leading the team")]
    [InlineData("Marketing coordinator")]
    [InlineData("me and my colleagues")]
    [InlineData("MSc.Eng")]
    [InlineData("Bastion host hardening")]
    public void Ordinary_words_are_no_degree(string text) => Assert.Null(Degrees.Parse(text));
}
