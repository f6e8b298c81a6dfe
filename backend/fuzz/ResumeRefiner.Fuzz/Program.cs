using ResumeRefiner.Core.Parsing;
using ResumeRefiner.Fuzz;
using SharpFuzz;

// AFL++ target: `ResumeRefiner.Fuzz pdf|docx|text` reads one input per run from AFL's stdin and parses it.
// A document the parser cannot read must end in UnreadableDocumentException with a message for the user;
// any other exception escapes and AFL records the input as a crash. `seed <dir>` writes small starting inputs.
if (args is ["seed", var directory])
{
    Seeds.Write(directory);
    return 0;
}

if (args is not [var target] || !Enum.TryParse<DocumentKind>(target, ignoreCase: true, out var kind))
{
    Console.Error.WriteLine("usage: ResumeRefiner.Fuzz pdf|docx|text|markdown   or   ResumeRefiner.Fuzz seed <dir>");
    return 2;
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    buffer.Position = 0;
    try
    {
        ResumeParser.Instance.Parse(buffer, kind);
    }
    catch (UnreadableDocumentException)
    {
        // The expected answer to a broken document.
    }
});
return 0;
