using System.IO.Compression;
using System.Text;

namespace ResumeRefiner.Api.Tests.Infrastructure;

/// <summary>One generated upload meant to break something, with the name it is uploaded under.</summary>
public sealed record HostileFile(string Category, string Name, byte[] Content)
{
    public override string ToString() => $"{Category}/{Name}";
}

/// <summary>
/// Malformed and malicious uploads, generated rather than stored: truncations and bit flips of valid documents,
/// wrong magic, polyglots, ZIP bombs, XML entity attacks, pathological PDFs and text. Seeded, so a failure
/// names a file that can be generated again.
/// </summary>
public static class HostileFiles
{
    private const string WordContentTypes = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
          <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
          <Default Extension="xml" ContentType="application/xml"/>
          <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
        </Types>
        """;

    private const string PackageRelationships = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
          <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
        </Relationships>
        """;

    public static IEnumerable<HostileFile> All(long maxFileSize)
    {
        var pdf = Documents.Pdf();
        var docx = Documents.Docx();
        var text = Documents.Text();
        return Truncated("pdf", pdf, 25)
            .Concat(Truncated("docx", docx, 25))
            .Concat(Truncated("txt", text, 10))
            .Concat(BitFlipped("pdf", pdf, 25, seed: 1))
            .Concat(BitFlipped("docx", docx, 25, seed: 2))
            .Concat(Tiny())
            .Concat(WrongMagic())
            .Concat(Polyglots(pdf, docx))
            .Concat(ZipAttacks(docx))
            .Concat(XmlAttacks())
            .Concat(PdfAttacks())
            .Concat(TextAttacks(maxFileSize))
            .Concat(HostileNames(text));
    }

    private static IEnumerable<HostileFile> Truncated(string ext, byte[] valid, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            var length = (int)((long)valid.Length * i / (count + 1));
            yield return new("truncated", $"cut-{i:00}.{ext}", valid[..length]);
        }
    }

    private static IEnumerable<HostileFile> BitFlipped(string ext, byte[] valid, int count, int seed)
    {
        var random = new Random(seed);
        for (var i = 1; i <= count; i++)
        {
            var copy = (byte[])valid.Clone();
            var flips = 1 + random.Next(i * 4);
            for (var f = 0; f < flips; f++)
            {
                copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
            }

            yield return new("bit-flipped", $"flip-{i:00}.{ext}", copy);
        }
    }

    private static IEnumerable<HostileFile> Tiny()
    {
        yield return new("tiny", "zero.pdf", []);
        yield return new("tiny", "one-byte.txt", [0x41]);
        yield return new("tiny", "nul.txt", [0x00]);
        yield return new("tiny", "magic-only.pdf", "%PDF-"u8.ToArray());
        yield return new("tiny", "zip-magic-only.docx", [0x50, 0x4B, 0x03, 0x04]);
        yield return new("tiny", "empty-zip.docx", Zip());
        yield return new("tiny", "whitespace.txt", Encoding.ASCII.GetBytes(new string(' ', 4096) + "\n\n\t\t\n"));
        yield return new("tiny", "bom-only.txt", [0xEF, 0xBB, 0xBF]);
    }

    private static IEnumerable<HostileFile> WrongMagic()
    {
        var random = new Random(3);
        byte[] Body(byte[] magic)
        {
            var bytes = new byte[4096];
            random.NextBytes(bytes);
            magic.CopyTo(bytes, 0);
            return bytes;
        }

        yield return new("wrong-magic", "png.pdf", Body([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]));
        yield return new("wrong-magic", "jpeg.docx", Body([0xFF, 0xD8, 0xFF, 0xE0]));
        yield return new("wrong-magic", "gif.txt", Body("GIF89a"u8.ToArray()));
        yield return new("wrong-magic", "elf.pdf", Documents.Executable());
        yield return new("wrong-magic", "windows-exe.docx", Body("MZ"u8.ToArray()));
        yield return new("wrong-magic", "gzip.pdf", Body([0x1F, 0x8B, 0x08]));
        yield return new("wrong-magic", "7z.docx", Body([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]));
        yield return new("wrong-magic", "rar.pdf", Body("Rar!\u001A\u0007\0"u8.ToArray()));
        yield return new("wrong-magic", "legacy.doc", Body([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]));
        yield return new("wrong-magic", "encrypted.docx", Documents.EncryptedDocx());
        yield return new("wrong-magic", "xlsx.docx", Zip(("[Content_Types].xml", WordContentTypes), ("xl/workbook.xml", "<workbook/>")));
        yield return new("wrong-magic", "macro.docm", Zip(("[Content_Types].xml", WordContentTypes), ("word/document.xml", "<w:document/>"), ("word/vbaProject.bin", "Attribute VB_Name")));
        yield return new("wrong-magic", "random.bin", Body([]));
    }

    private static IEnumerable<HostileFile> Polyglots(byte[] pdf, byte[] docx)
    {
        yield return new("polyglot", "zip-then-pdf.pdf", [.. docx, .. pdf]);
        yield return new("polyglot", "pdf-then-zip.docx", [.. pdf, .. docx]);
        yield return new("polyglot", "html-with-pdf-header.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n<html><script>alert(1)</script></html>"));
        yield return new("polyglot", "pdf-header-late.pdf", [.. new byte[900], .. pdf]);
        yield return new("polyglot", "svg-script.txt", Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>fetch('/api')</script></svg>"));
        yield return new("polyglot", "docx-with-pdf-inside.docx", Zip(
            ("[Content_Types].xml", WordContentTypes), ("_rels/.rels", PackageRelationships),
            ("word/document.xml", Paragraphs("Jane Example")), ("word/embeddings/cv.pdf", Encoding.Latin1.GetString(pdf))));
    }

    private static IEnumerable<HostileFile> ZipAttacks(byte[] docx)
    {
        // 300 MB of zeros deflates to about 300 KB: a bomb that must be refused before it is inflated.
        yield return new("zip-bomb", "zeros-document.docx", ZipWithZeros("word/document.xml", 300L * 1024 * 1024));
        yield return new("zip-bomb", "zeros-styles.docx", ZipWithZeros("word/styles.xml", 64L * 1024 * 1024, withDocument: true));
        yield return new("zip-bomb", "many-entries.docx", Zip([("[Content_Types].xml", WordContentTypes), ("word/document.xml", Paragraphs("x")),
            .. Enumerable.Range(0, 5000).Select(i => ($"word/media/e{i}.bin", "x"))]));
        yield return new("zip-bomb", "nested.docx", Zip(("[Content_Types].xml", WordContentTypes), ("word/document.xml", Paragraphs("Nested")),
            ("word/embeddings/inner.docx", Encoding.Latin1.GetString(ZipWithZeros("word/document.xml", 32L * 1024 * 1024)))));
        yield return new("zip-bomb", "path-traversal-entry.docx", Zip(("[Content_Types].xml", WordContentTypes), ("_rels/.rels", PackageRelationships),
            ("word/document.xml", Paragraphs("Jane Example")), ("../../../../tmp/evil.txt", "pwned")));
        yield return new("zip-bomb", "duplicate-entries.docx", Zip(("[Content_Types].xml", WordContentTypes), ("word/document.xml", Paragraphs("one")),
            ("word/document.xml", Paragraphs("two"))));
        var truncatedCentralDirectory = docx[..^10];
        yield return new("zip-bomb", "no-central-directory.docx", truncatedCentralDirectory);
    }

    private static IEnumerable<HostileFile> XmlAttacks()
    {
        const string laughs = """
            <?xml version="1.0"?>
            <!DOCTYPE w [
              <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
              <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
              <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
              <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
              <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
              <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
              <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
              <!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
            ]>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&h;</w:t></w:r></w:p></w:body></w:document>
            """;
        const string externalEntity = """
            <?xml version="1.0"?>
            <!DOCTYPE w [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&secret;</w:t></w:r></w:p></w:body></w:document>
            """;
        const string remoteDtd = """
            <?xml version="1.0"?>
            <!DOCTYPE w SYSTEM "http://127.0.0.1:9/evil.dtd">
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Jane</w:t></w:r></w:p></w:body></w:document>
            """;
        yield return new("xml", "billion-laughs.docx", WordPackage(laughs));
        yield return new("xml", "external-entity.docx", WordPackage(externalEntity));
        yield return new("xml", "remote-dtd.docx", WordPackage(remoteDtd));
        yield return new("xml", "xxe-content-types.docx", Zip(
            ("[Content_Types].xml", "<?xml version=\"1.0\"?><!DOCTYPE t [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">&x;</Types>"),
            ("_rels/.rels", PackageRelationships), ("word/document.xml", Paragraphs("Jane Example"))));
        yield return new("xml", "deep-elements.docx", WordPackage(
            "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
            + string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", 20_000)) + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", 20_000))
            + "</w:body></w:document>"));
        yield return new("xml", "not-xml.docx", WordPackage("this is not xml <<< &&&"));
        yield return new("xml", "invalid-utf8.docx", WordPackage("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>\uFFFE\uD800</w:t></w:r></w:p></w:body></w:document>"));
        yield return new("xml", "huge-paragraph.docx", WordPackage(Paragraphs(new string('W', 3_000_000))));
    }

    private static IEnumerable<HostileFile> PdfAttacks()
    {
        const string font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
        const string hello = "BT /F1 12 Tf 72 700 Td (Jane Example) Tj ET";
        yield return new("pdf", "deep-array.pdf", Pdf("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Widths " + new string('[', 100_000) + new string(']', 100_000) + " >>", hello));
        yield return new("pdf", "deep-dictionary.pdf", Pdf("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /X " + string.Concat(Enumerable.Repeat("<< /A ", 50_000)) + "1" + string.Concat(Enumerable.Repeat(" >>", 50_000)) + " >>", hello));
        yield return new("pdf", "deep-graphics-state.pdf", Pdf(font, string.Concat(Enumerable.Repeat("q ", 100_000)) + hello + string.Concat(Enumerable.Repeat(" Q", 100_000))));
        yield return new("pdf", "deep-tj-array.pdf", Pdf(font, "BT /F1 12 Tf 72 700 Td " + new string('[', 50_000) + "(Jane)" + new string(']', 50_000) + " TJ ET"));
        yield return new("pdf", "unbalanced-q.pdf", Pdf(font, string.Concat(Enumerable.Repeat("Q ", 10_000)) + hello));
        yield return new("pdf", "huge-page-count.pdf", ManyPages(2_000));
        yield return new("pdf", "claims-million-pages.pdf", Pdf(font, hello, pageCount: "1000000"));
        yield return new("pdf", "page-tree-cycle.pdf", Pdf(font, hello, kids: "[3 0 R 2 0 R]"));
        yield return new("pdf", "self-reference.pdf", Pdf("6 0 R", hello, extra: "6 0 R"));
        yield return new("pdf", "huge-length.pdf", Pdf(font, hello, streamLength: "99999999999"));
        yield return new("pdf", "negative-length.pdf", Pdf(font, hello, streamLength: "-5"));
        yield return new("pdf", "bad-filter.pdf", Pdf(font, hello, filter: "/FlateDecode"));
        yield return new("pdf", "unknown-filter.pdf", Pdf(font, hello, filter: "/NoSuchDecode"));
        yield return new("pdf", "no-xref.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF"));
        yield return new("pdf", "garbage-after-header.pdf", Documents.CorruptPdf());
        yield return new("pdf", "huge-text-operator.pdf", Pdf(font, "BT /F1 12 Tf 72 700 Td (" + new string('A', 2_000_000) + ") Tj ET"));
        yield return new("pdf", "many-tiny-glyphs.pdf", Pdf(font, "BT /F1 1 Tf " + string.Concat(Enumerable.Range(0, 40_000).Select(i => $"1 0 0 1 {i % 600} {i / 600} Tm (x) Tj ")) + "ET"));
        yield return new("pdf", "encrypted.pdf", EncryptedDocuments.Pdf());
        yield return new("pdf", "image-only.pdf", Pdf(font, "q 100 0 0 100 0 0 cm /Im1 Do Q"));
    }

    private static IEnumerable<HostileFile> TextAttacks(long maxFileSize)
    {
        yield return new("text", "giant-line.txt", Encoding.ASCII.GetBytes(new string('a', (int)Math.Min(maxFileSize - 16, 4_000_000))));
        yield return new("text", "giant-word-line.txt", Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("Engineer Python 2020 - 2021 ", 120_000))));
        yield return new("text", "many-lines.txt", Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("EXPERIENCE\n", 200_000))));
        yield return new("text", "invalid-utf8.txt", [.. "Jane Example\n"u8, 0xC3, 0x28, 0xA0, 0xA1, 0xF0, 0x28, 0x8C, 0xBC, .. "\nEngineer\n"u8]);
        yield return new("text", "utf16-no-bom.txt", Encoding.Unicode.GetBytes("Jane Example\nEngineer at Acme\n"));
        yield return new("text", "utf16-bom.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Jane Example\nEngineer at Acme\n")]);
        yield return new("text", "bidi-overrides.txt", Encoding.UTF8.GetBytes("Jane \u202EelpmaxE\u202C\njane@example.com\u2066\u2069\nEXPERIENCE\n\u202Dx\n"));
        yield return new("text", "zalgo.txt", Encoding.UTF8.GetBytes("J" + new string('\u0301', 50_000) + "ane\nEXPERIENCE\n"));
        yield return new("text", "control-chars.txt", Encoding.ASCII.GetBytes("Jane\u0001\u0002\u0007\u001b[31mExample\u0000\nEXPERIENCE\n"));
        yield return new("text", "emoji-flood.txt", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("👩🏽‍💻🚀", 100_000))));
        yield return new("text", "regex-bait.txt", Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("1-", 200_000)) + "@" + string.Concat(Enumerable.Repeat("a.", 100_000))));
        yield return new("text", "markdown-bomb.md", Encoding.ASCII.GetBytes(new string('#', 100_000) + " " + new string('*', 100_000) + "\n" + new string('>', 50_000) + "\n"));
        yield return new("text", "html-script.txt", Encoding.UTF8.GetBytes("<script>alert(document.cookie)</script>\nJane Example\n<img src=x onerror=alert(1)>\n"));
    }

    private static IEnumerable<HostileFile> HostileNames(byte[] text)
    {
        yield return new("name", "../../../../etc/passwd.txt", text);
        yield return new("name", "..\\..\\windows\\system32\\cv.txt", text);
        yield return new("name", new string('n', 1_000) + ".txt", text);
        yield return new("name", "cv\r\nContent-Type: text/html\r\n\r\n<script>.txt", text);
        yield return new("name", "cv%0D%0AX-Injected: 1.txt", text);
        yield return new("name", "cv\";x=\".txt", text);
        yield return new("name", "", text);
        yield return new("name", "<script>alert(1)</script>.txt", text);
        yield return new("name", "CON.txt", text);
        yield return new("name", "résumé 履歴書 😀.txt", text);
    }

    private static string Paragraphs(string text) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"
        + System.Security.SecurityElement.Escape(text) + "</w:t></w:r></w:p></w:body></w:document>";

    private static byte[] WordPackage(string documentXml) =>
        Zip(("[Content_Types].xml", WordContentTypes), ("_rels/.rels", PackageRelationships), ("word/document.xml", documentXml));

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), Encoding.Latin1);
                writer.Write(content);
            }
        }

        return memory.ToArray();
    }

    private static byte[] ZipWithZeros(string entryName, long size, bool withDocument = false)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            WriteEntry(zip, "[Content_Types].xml", Encoding.UTF8.GetBytes(WordContentTypes));
            WriteEntry(zip, "_rels/.rels", Encoding.UTF8.GetBytes(PackageRelationships));
            if (withDocument)
            {
                WriteEntry(zip, "word/document.xml", Encoding.UTF8.GetBytes(Paragraphs("Jane Example")));
            }

            using var stream = zip.CreateEntry(entryName, CompressionLevel.SmallestSize).Open();
            var block = new byte[1024 * 1024];
            for (long written = 0; written < size; written += block.Length)
            {
                stream.Write(block);
            }
        }

        return memory.ToArray();
    }

    private static void WriteEntry(ZipArchive zip, string name, byte[] content)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(content);
    }

    /// <summary>A minimal one-page PDF with a hand-written object table, so each part can be made hostile.</summary>
    private static byte[] Pdf(string fontObject, string contents, string pageCount = "1", string kids = "[3 0 R]", string? streamLength = null,
        string? filter = null, string? extra = null)
    {
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Kids {kids} /Count {pageCount} >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {streamLength ?? contents.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)}{(filter is null ? "" : " /Filter " + filter)} >>\nstream\n{contents}\nendstream",
            fontObject,
        };
        if (extra is not null)
        {
            objects.Add(extra);
        }

        return WritePdf(objects);
    }

    private static byte[] ManyPages(int pages)
    {
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Kids [{string.Join(' ', Enumerable.Range(0, pages).Select(i => $"{i + 5} 0 R"))}] /Count {pages} >>",
            "<< /Length 43 >>\nstream\nBT /F1 12 Tf 72 700 Td (Jane Example) Tj ET\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        objects.AddRange(Enumerable.Range(0, pages).Select(_ =>
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>"));
        return WritePdf(objects);
    }

    private static byte[] WritePdf(List<string> objects)
    {
        var output = new StringBuilder("%PDF-1.7\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(output.Length);
            output.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = output.Length;
        output.Append(System.Globalization.CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            output.Append(System.Globalization.CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        output.Append(System.Globalization.CultureInfo.InvariantCulture, $"trailer << /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF");
        return Encoding.Latin1.GetBytes(output.ToString());
    }
}
