using System.Text;
using ResumeRefiner.Api.Ai;

namespace ResumeRefiner.Api.Tests.Ai;

/// <summary>What the relay puts in a NOTIFY payload: under PostgreSQL's 8000 bytes, in order, nothing lost.</summary>
public sealed class AiJobEventRelayTests
{
    private const string Origin = "0123456789abcdef0123456789abcdef";

    [Fact]
    public void Long_deltas_are_cut_into_payloads_under_the_limit_that_join_back_into_the_same_text()
    {
        var job = Guid.NewGuid();
        // The worst case for JSON: characters it escapes as \uXXXX, quotes, control characters, surrogate pairs.
        var text = string.Concat(Enumerable.Repeat("é\"<\u0001😀ü\n", 2000));
        long sequence = 0;

        var payloads = AiJobEventRelay.Payloads([new(job, new AiJobEvent(AiJobEvent.Delta, text[..7000])), new(job, new AiJobEvent(AiJobEvent.Delta, text[7000..]))], Origin, ref sequence);

        Assert.True(payloads.Length > 1);
        Assert.All(payloads, p => Assert.InRange(Encoding.UTF8.GetByteCount(p), 1, AiJobEventRelay.MaxPayloadBytes));
        var messages = payloads.Select(p => AiJobEventRelay.Read(p)!).ToList();
        Assert.All(messages, m => Assert.Equal((job, AiJobEvent.Delta, Origin), (m.JobId!.Value, m.Kind, m.Origin)));
        Assert.Equal(text, string.Concat(messages.Select(m => m.Text)));
        Assert.Equal(Enumerable.Range(1, payloads.Length).Select(i => (long)i), messages.Select(m => m.Sequence));
    }

    [Fact]
    public void Consecutive_deltas_of_a_job_are_joined_and_other_events_keep_their_place()
    {
        Guid first = Guid.NewGuid(), second = Guid.NewGuid();
        long sequence = 10;

        var payloads = AiJobEventRelay.Payloads(
        [
            new(first, new AiJobEvent(AiJobEvent.Delta, "Led ")),
            new(first, new AiJobEvent(AiJobEvent.Delta, "the ")),
            new(second, new AiJobEvent(AiJobEvent.Delta, "Cut ")),
            new(first, new AiJobEvent(AiJobEvent.Delta, "team")),
            new(first, new AiJobEvent(AiJobEvent.Changed)),
            new(first, new AiJobEvent(AiJobEvent.Changed)),
            new(null, null),
        ], Origin, ref sequence);

        var messages = payloads.Select(p => AiJobEventRelay.Read(p)!).ToList();
        Assert.Equal(
            [(first, "delta", "Led the "), (second, "delta", "Cut "), (first, "delta", "team"), (first, "changed", null), (first, "changed", null), ((Guid?)null, "work", null)],
            messages.Select(m => (m.JobId, m.Kind, m.Text)).ToList<(Guid?, string, string?)>());
        // Two identical events still differ on the wire (PostgreSQL folds identical payloads of one transaction).
        Assert.Equal(payloads.Length, payloads.Distinct().Count());
        Assert.Equal(16, sequence);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("42")]
    public void A_payload_that_is_not_ours_is_ignored(string payload) => Assert.Null(AiJobEventRelay.Read(payload));
}
