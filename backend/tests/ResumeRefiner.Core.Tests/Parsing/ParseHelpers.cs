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

    /// <summary>A plain text resume (contacts, one role) with one more section: for probing how that section's forms are read.</summary>
    public static string PlainResumeWith(string section, string body) => $"""
        Jordan Avery
        jordan.avery@example.com | (555) 201-3344 | Denver, CO

        EXPERIENCE
        Operations Coordinator, Acme Logistics — Denver, CO
        Jan 2020 – Present
        - Coordinated daily dispatch for 40 drivers.

        {section}
        {body}
        """;
}
