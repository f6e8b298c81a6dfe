using ResumeRefiner.Core.Proofreading;

namespace ResumeRefiner.Core.Tests.Proofreading;

/// <summary>Tests that measure this process's CPU time, so nothing else may run beside them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessCpuCollection
{
    public const string Name = "Process CPU";
}

[Collection(ProcessCpuCollection.Name)]
public class ProofreaderCancellationTests
{
    private static readonly Proofreader Proofreader = new();

    [Fact]
    public void A_check_of_the_costliest_text_stops_soon_after_it_is_cancelled()
    {
        var text = ProofreaderTests.CostliestText();
        Proofreader.Check("warm up the dictionary and suggester");
        // Spelling is where the cost is; the other rules take milliseconds and would only delay the start of it.
        var spellingOnly = new ProofreadingOptions { DisabledRules = [.. Proofreader.RuleIds.Where(r => r != "SPELLING")] };

        // How long the whole check takes depends on the machine and its load, so the cancel comes at a half, a
        // quarter, ... of an uncancelled check's time until it lands while the check is still running. Cancelling
        // must end the check with OperationCanceledException mid-way, not let it run to the end.
        var whole = System.Diagnostics.Stopwatch.StartNew();
        Proofreader.Check(text, spellingOnly);
        whole.Stop();
        for (var share = 2; share <= 64; share *= 2)
        {
            if (CancelAfter(text, spellingOnly, whole.Elapsed / share) is { } afterCancel)
            {
                // Process CPU would include other tests: this class runs alone (its collection disables
                // parallelism), so what is counted is the check winding down, plus the runtime's own threads.
                Assert.True(afterCancel < TimeSpan.FromSeconds(1), $"{afterCancel.TotalSeconds:0.00} CPU-seconds after the cancel");
                return;
            }
        }

        Assert.Fail($"A check of {whole.Elapsed.TotalMilliseconds:0} ms ran to its end however early it was cancelled.");
    }

    /// <summary>Runs the check on a thread, cancels it after <paramref name="delay"/>, and answers the process CPU
    /// spent from the cancel to its end; null when it finished before the cancel.</summary>
    private static TimeSpan? CancelAfter(string text, ProofreadingOptions options, TimeSpan delay)
    {
        using var cancel = new CancellationTokenSource();
        var process = System.Diagnostics.Process.GetCurrentProcess();
        var stopped = false;
        using var started = new ManualResetEventSlim();
        var check = new Thread(() =>
        {
            try
            {
                started.Set();
                Proofreader.Check(text, options, cancel.Token);
            }
            catch (OperationCanceledException)
            {
                stopped = true;
            }
        });

        check.Start();
        started.Wait();
        Thread.Sleep(delay);
        process.Refresh();
        var cpuAtCancel = process.TotalProcessorTime;
        cancel.Cancel();
        check.Join();
        process.Refresh();
        return stopped ? process.TotalProcessorTime - cpuAtCancel : null;
    }
}
