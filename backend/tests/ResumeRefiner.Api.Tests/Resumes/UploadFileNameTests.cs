using ResumeRefiner.Api.Resumes;

namespace ResumeRefiner.Api.Tests.Resumes;

public sealed class UploadFileNameTests
{
    [Theory]
    [InlineData("cv\u202Efdp.exe", "cvfdp.exe")]
    [InlineData("\u2067resume\u2069.pdf", "resume.pdf")]
    [InlineData("r\u200Fe\u200Es\u202Au\u202Bm\u202Ce\u202D.pdf", "resume.pdf")]
    [InlineData("\u061C\u2066\u2068cv.docx", "cv.docx")]
    public void Direction_controls_are_stripped_from_the_displayed_name(string sent, string kept) =>
        Assert.Equal(kept, UploadReceiver.SafeDisplayName(sent));

    [Fact]
    public void Letters_of_right_to_left_scripts_are_kept() =>
        Assert.Equal("\u0633\u064A\u0631\u0629.pdf", UploadReceiver.SafeDisplayName("\u0633\u064A\u0631\u0629.pdf"));
}
