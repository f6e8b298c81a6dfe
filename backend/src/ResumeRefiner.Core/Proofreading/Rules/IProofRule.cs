using ResumeRefiner.Core.Proofreading.Text;

namespace ResumeRefiner.Core.Proofreading.Rules;

/// <summary>One check with a stable id. Rules are stateless and shared between threads.</summary>
internal interface IProofRule
{
    string Id { get; }

    string Category { get; }

    void Check(ProofDocument document, ProofContext context, List<ProofIssue> issues);
}

/// <summary>Base for rules that look at one sentence or bullet at a time.</summary>
internal abstract class SentenceRule : IProofRule
{
    public abstract string Id { get; }

    public abstract string Category { get; }

    public void Check(ProofDocument document, ProofContext context, List<ProofIssue> issues)
    {
        foreach (var sentence in document.Sentences)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            Check(sentence, context, issues);
        }
    }

    protected abstract void Check(Sentence sentence, ProofContext context, List<ProofIssue> issues);

    protected ProofIssue Issue(int offset, int length, string message, params string[] replacements) =>
        new(offset, length, Category, Id, message, replacements);

    protected ProofIssue Issue(Token token, string message, params string[] replacements) =>
        new(token.Start, token.Length, Category, Id, message, replacements);

    /// <summary>The word tokens of a sentence, skipping punctuation.</summary>
    protected static List<Token> Words(Sentence sentence) => sentence.Tokens.Where(t => t.Kind != TokenKind.Punctuation).ToList();
}
