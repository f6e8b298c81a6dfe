using System.Globalization;
using ResumeRefiner.Core.Model;
using ResumeRefiner.Core.Parsing.Text;

namespace ResumeRefiner.Core.Parsing.Ocr;

/// <summary>
/// A field read from a scan is only as sure as the words it was read from: each field's confidence is capped by the
/// lowest OCR confidence among its words, so a misread e-mail or date is marked for the user to check.
/// </summary>
internal static class OcrConfidence
{
    /// <summary>
    /// Tesseract scores clean 200-dpi text 90–97; below 80 a word has usually lost or changed a letter. Scores map
    /// linearly from 80 → 0.6 (the editor's "check this" line) to 95 → 0.95.
    /// </summary>
    private const double SureWord = 95;

    private const double DoubtfulWord = 80;

    public static IReadOnlyList<FieldConfidence> Apply(Resume resume, IReadOnlyList<FieldConfidence> confidence, IReadOnlyList<OcrWord> words)
    {
        var byWord = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in words)
        {
            foreach (var token in Tokens(word.Text))
            {
                byWord[token] = Math.Min(byWord.GetValueOrDefault(token, 100), word.Confidence);
            }
        }

        var values = new List<(string Path, string Value)>();
        FieldWalker.Map(resume, (path, _, value) =>
        {
            if (!string.IsNullOrEmpty(value))
            {
                values.Add((path, value));
            }

            return value;
        });

        var mean = words.Count == 0 ? 100 : words.Average(w => w.Confidence);
        return confidence.Select(entry =>
        {
            var tokens = values.Where(v => Under(v.Path, entry.Path)).SelectMany(v => Tokens(v.Value)).ToList();
            var seen = tokens.Select(t => byWord.TryGetValue(t, out var c) ? c : (double?)null).OfType<double>().ToList();
            var ocr = seen.Count > 0 ? seen.Min() : mean;
            var cap = Score(ocr);
            return cap >= entry.Score
                ? entry
                : entry with
                {
                    Score = cap,
                    Reason = string.Create(CultureInfo.InvariantCulture, $"{entry.Reason}; read from a scan at {ocr:0}% OCR confidence"),
                };
        }).ToList();
    }

    internal static double Score(double ocrConfidence) =>
        Math.Clamp(0.6 + ((ocrConfidence - DoubtfulWord) / (SureWord - DoubtfulWord) * 0.35), 0.05, 0.95);

    private static bool Under(string fieldPath, string confidencePath) =>
        fieldPath == confidencePath
        || (fieldPath.StartsWith(confidencePath, StringComparison.Ordinal) && fieldPath[confidencePath.Length] is '.' or '[');

    private static IEnumerable<string> Tokens(string text) =>
        TextCleaner.Clean(text).Split([' ', '\t', '\n', ',', ';', '|', '(', ')', '•'], StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.Trim('.', ':', '"', '\'', '—', '–', '-'))
            .Where(t => t.Length > 0);
}
