namespace ResumeRefiner.Core.Proofreading.Spelling;

/// <summary>The dictionary, vocabulary and suggester for one language, loaded once per process.</summary>
internal sealed class LanguageResources
{
    private static readonly Lazy<WordFrequency> SharedFrequency = new(() => WordFrequency.Load(Open("word-frequency.tsv")));
    private static readonly Lazy<Vocabulary> SharedVocabulary = new(() =>
    {
        using var curated = Open("vocabulary.txt");
        using var technology = Open("technology-names.txt");
        return Vocabulary.Load(curated, technology);
    });
    private static readonly Lazy<LanguageResources> Us = new(() => new LanguageResources("en_US"));
    private static readonly Lazy<LanguageResources> Gb = new(() => new LanguageResources("en_GB"));

    private readonly Lazy<Suggester> _suggester;

    private LanguageResources(string name)
    {
        Dictionary = HunspellDictionary.Load(Open(name + ".aff"), Open(name + ".dic"));
        Frequency = SharedFrequency.Value;
        Vocabulary = SharedVocabulary.Value;
        IsBritish = name == "en_GB";

        // Indexing every form for suggestions costs time that a text without errors never needs.
        _suggester = new Lazy<Suggester>(() => new Suggester(Dictionary, Frequency));
    }

    /// <summary>Word counts of spoken English, without loading a dictionary: how common a word is.</summary>
    public static WordFrequency WordFrequency => SharedFrequency.Value;

    public HunspellDictionary Dictionary { get; }

    public WordFrequency Frequency { get; }

    public Vocabulary Vocabulary { get; }

    public bool IsBritish { get; }

    public Suggester Suggester => _suggester.Value;

    public static LanguageResources For(string? language) =>
        language is not null && (language.Equals("en-GB", StringComparison.OrdinalIgnoreCase) || language.Equals("en_GB", StringComparison.OrdinalIgnoreCase))
            ? Gb.Value
            : Us.Value;

    private static StreamReader Open(string name)
    {
        var asm = typeof(LanguageResources).Assembly;
        var resource = "ResumeRefiner.Core.Proofreading.Dictionaries." + name;
        var stream = asm.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded dictionary resource '{resource}' is missing from {asm.GetName().Name}.");
        return new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
    }
}
