using System.Text;
using ResumeRefiner.Core.Parsing;

namespace ResumeRefiner.Core.Tests.Parsing;

internal static class ParseHelpers
{
    public static ParsedResume Parse(byte[] bytes, DocumentKind kind)
    {
        using var stream = new MemoryStream(bytes);
        return new ResumeParser().Parse(stream, kind);
    }

    public static ParsedResume ParseText(string text, DocumentKind kind = DocumentKind.Text) =>
        Parse(Encoding.UTF8.GetBytes(text), kind);
}
