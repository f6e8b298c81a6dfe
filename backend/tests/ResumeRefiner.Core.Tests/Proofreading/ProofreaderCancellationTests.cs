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
        using var cancel = new CancellationTokenSource();
        var process = System.Diagnostics.Process.GetCurrentProcess();
        // Spelling is where the cost is; the other rules take milliseconds and would only delay the start of it.
        var spellingOnly = new ProofreadingOptions { DisabledRules = [.. Proofreader.RuleIds.Where(r => r != "SPELLING")] };
        OperationCanceledException? stopped = null;
        var check = new Thread(() =>
        {
            try
            {
                Proofreader.Check(text, spellingOnly, cancel.Token);
            }
            catch (OperationCanceledException e)
            {
                stopped = e;
            }
        });

        check.Start();
        Thread.Sleep(500);
        process.Refresh();
        var cpuAtCancel = process.TotalProcessorTime;
        cancel.Cancel();
        check.Join();
        process.Refresh();

        // Process CPU would include other tests: this class runs alone (its collection disables parallelism), so what
        // is counted is the check winding down, plus the runtime's own threads; the work left was seconds.
        var afterCancel = process.TotalProcessorTime - cpuAtCancel;
        Assert.NotNull(stopped);
        Assert.True(afterCancel < TimeSpan.FromSeconds(1), $"{afterCancel.TotalSeconds:0.00} CPU-seconds after the cancel");
    }
}
