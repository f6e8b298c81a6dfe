using System.Globalization;
using System.Text;
using ResumeRefiner.Core.Model;
using ResumeRefiner.Core.Parsing.Text;

namespace ResumeRefiner.Core.Export;

/// <summary><c>Firstname-Lastname-Resume.ext</c>, ASCII only so it survives every mail client and Content-Disposition header.</summary>
internal static class ExportFileName
{
    /// <param name="kind">What the file is, as the last word(s) of its name: "Resume", "Cover-Letter".</param>
    public static string For(Resume resume, ExportFormat format, string kind = "Resume")
    {
        var extension = ExportNames.Extension(format);
        var words = ToAscii(resume.Basics.Name ?? string.Empty)
            .Split([' ', '-', '_', '.', ',', '\'', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsAsciiLetterOrDigit).ToArray()))
            .Where(w => w.Length > 0)
            .Take(4)
            .ToList();
        return words.Count == 0 ? $"{kind}.{extension}" : $"{string.Join('-', words)}-{kind}.{extension}";
    }

    /// <summary>Drops diacritics ("Zoë Ångström" → "Zoe Angstrom") and maps the few letters that do not decompose.</summary>
    private static string ToAscii(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in TextCleaner.Normalized(text, NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c switch
            {
                'Ø' => "O",
                'ø' => "o",
                'Đ' => "D",
                'đ' => "d",
                'Ł' => "L",
                'ł' => "l",
                'ß' => "ss",
                'Æ' => "AE",
                'æ' => "ae",
                'Œ' => "OE",
                'œ' => "oe",
                'Þ' => "Th",
                'þ' => "th",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
