namespace ResumeRefiner.Core.Proofreading;

/// <summary>Offline spelling, grammar and resume-style checker.</summary>
public interface IProofreader
{
    /// <summary>Checks <paramref name="text"/> and returns its issues ordered by offset.</summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled (the client left, the time limit passed).</exception>
    IReadOnlyList<ProofIssue> Check(string text, ProofreadingOptions? options = null, CancellationToken cancellationToken = default);
}
