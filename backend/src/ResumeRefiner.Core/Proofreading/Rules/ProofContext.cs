using ResumeRefiner.Core.Proofreading.Spelling;

namespace ResumeRefiner.Core.Proofreading.Rules;

/// <summary>What a rule may consult while checking one text.</summary>
internal sealed class ProofContext
{
    // Searches beyond one edit (the bounded scan, distant common words) cost milliseconds each. A
    // resume needs a handful; text full of unknown words (random letters, code, another language)
    // would need thousands, so past a budget that grows with the text (one per 40 characters) a
    // document gets only the cheap one-edit look-ups.
    private const int CharactersPerWideSearch = 40;
    private readonly int _wideSearchBudget;

    private readonly HashSet<string> _personal;
    private int _wideSearches;

    public ProofContext(LanguageResources resources, ProofreadingOptions options, int textLength, CancellationToken cancellationToken = default)
    {
        _wideSearchBudget = 10 + (textLength / CharactersPerWideSearch);
        Resources = resources;
        Options = options;
        CancellationToken = cancellationToken;
        _personal = new HashSet<string>(options.PersonalDictionary, StringComparer.OrdinalIgnoreCase);
    }

    public CancellationToken CancellationToken { get; }

    /// <summary>Takes one wide (multi-edit) dictionary search from this document's budget; false when spent.</summary>
    public bool TakeWideSearch() => ++_wideSearches <= _wideSearchBudget;

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
