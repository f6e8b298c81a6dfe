using ResumeRefiner.Core.Proofreading.Spelling;

namespace ResumeRefiner.Core.Proofreading.Rules;

/// <summary>What a rule may consult while checking one text.</summary>
internal sealed class ProofContext
{
    // Searches beyond one edit (the bounded scan, distant common words) cost milliseconds each. A
    // resume needs a handful; text full of unknown words (random letters, code, another language)
    // would need thousands, so past a budget that grows with the text (one per 40 characters) a
    // document gets only the cheap one-edit look-ups. The ceiling (a resume of 10,000 characters)
    // keeps a 100,000-character text of garbled words from costing seconds of CPU.
    private const int CharactersPerWideSearch = 40;
    private const int MaxWideSearches = 260;
    private readonly int _wideSearchBudget;

    // Even a one-edit search costs about half a millisecond, and a resume has a few dozen unknown
    // words; a text with thousands is not one a reader will correct word by word.
    private const int MaxUnknownWordSearches = 1_000;

    private readonly HashSet<string> _personal;
    private int _wideSearches;
    private int _unknownWordSearches;

    public ProofContext(LanguageResources resources, ProofreadingOptions options, int textLength, CancellationToken cancellationToken = default)
    {
        _wideSearchBudget = Math.Min(MaxWideSearches, 10 + (textLength / CharactersPerWideSearch));
        Resources = resources;
        Options = options;
        CancellationToken = cancellationToken;
        _personal = new HashSet<string>(options.PersonalDictionary, StringComparer.OrdinalIgnoreCase);
    }

    public CancellationToken CancellationToken { get; }

    /// <summary>Takes one wide (multi-edit) dictionary search from this document's budget; false when spent.</summary>
    public bool TakeWideSearch() => ++_wideSearches <= _wideSearchBudget;

    /// <summary>Takes one search for the fix of an unknown word from this document's budget; false when spent.</summary>
    public bool TakeUnknownWordSearch() => ++_unknownWordSearches <= MaxUnknownWordSearches;

    public LanguageResources Resources { get; }

    public ProofreadingOptions Options { get; }

    public Vocabulary Vocabulary => Resources.Vocabulary;

    /// <summary>A word the dictionary, the curated vocabulary or the user knows.</summary>
    public bool IsKnownWord(string word) =>
        _personal.Contains(word) || Resources.Vocabulary.Contains(word) || Resources.Dictionary.Check(word);

    /// <summary>A known word, or a regular form of known words (<see cref="WordForms"/>).</summary>
    public bool IsKnownOrRegularForm(string word) =>
        IsKnownWord(word) || WordForms.IsRegularForm(word, Resources.Dictionary, w => Resources.Dictionary.Check(w) || Resources.Vocabulary.Contains(w), Resources.Frequency,
            Resources.Suggester.HasWordOneEditAway);

    public bool IsPersonal(string word) => _personal.Contains(word);
}
