using ResumeRefiner.Core.Proofreading.Spelling;

namespace ResumeRefiner.Core.Proofreading.Rules;

/// <summary>What a rule may consult while checking one text.</summary>
internal sealed class ProofContext
{
    private readonly HashSet<string> _personal;

    public ProofContext(LanguageResources resources, ProofreadingOptions options)
    {
        Resources = resources;
        Options = options;
        _personal = new HashSet<string>(options.PersonalDictionary, StringComparer.OrdinalIgnoreCase);
    }

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
