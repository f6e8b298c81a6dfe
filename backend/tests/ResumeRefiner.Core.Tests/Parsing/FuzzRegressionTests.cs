using ResumeRefiner.Core.Parsing;

namespace ResumeRefiner.Core.Tests.Parsing;

/// <summary>
/// Every input the fuzzer (scripts/fuzz.sh) ever crashed the parser with, kept in FuzzRegressions/&lt;kind&gt;/: it
/// must now parse or be refused with a reason, and nothing else may escape.
/// </summary>
public class FuzzRegressionTests
{
    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>();
        var root = Path.Combine(AppContext.BaseDirectory, "Parsing", "FuzzRegressions");
        foreach (var kind in new[] { "pdf", "docx", "text" })
        {
            var directory = Path.Combine(root, kind);
            var files = Directory.Exists(directory) ? Directory.GetFiles(directory) : [];
            foreach (var file in files.Order(StringComparer.Ordinal))
            {
                data.Add(kind, Path.GetFileName(file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void A_former_crasher_parses_or_is_refused_with_a_reason(string kind, string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Parsing", "FuzzRegressions", kind, file));
        var documentKind = Enum.Parse<DocumentKind>(kind, ignoreCase: true);

        try
        {
            ParseHelpers.Parse(bytes, documentKind);
        }
        catch (UnreadableDocumentException e)
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Message));
        }
    }
}
