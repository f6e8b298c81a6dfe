using System.Diagnostics.Metrics;

namespace ResumeRefiner.Api.Ai;

/// <summary>The AI totals as counters of the "ResumeRefiner.Ai" meter (a Prometheus exporter can pick them up).</summary>
public sealed class AiMetrics
{
    public const string MeterName = "ResumeRefiner.Ai";

    private readonly Counter<long> _calls;
    private readonly Counter<long> _inputTokens;
    private readonly Counter<long> _outputTokens;
    private readonly Counter<double> _cost;
    private readonly Counter<long> _jobs;

    public AiMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _calls = meter.CreateCounter<long>("resumerefiner.ai.calls", "{call}", "Provider calls and cache hits, by outcome (ok, cached, error)");
        _inputTokens = meter.CreateCounter<long>("resumerefiner.ai.tokens.input", "{token}", "Input tokens sent to the provider");
        _outputTokens = meter.CreateCounter<long>("resumerefiner.ai.tokens.output", "{token}", "Output tokens received from the provider");
        _cost = meter.CreateCounter<double>("resumerefiner.ai.cost", "USD", "Estimated provider cost");
        _jobs = meter.CreateCounter<long>("resumerefiner.ai.jobs", "{job}", "Finished AI jobs, by task and source (ai, cache, offline, failed)");
    }

    public void Call(string provider, string model, string outcome, int inputTokens, int outputTokens, double cost)
    {
        var tags = new KeyValuePair<string, object?>[] { new("provider", provider), new("model", model), new("outcome", outcome) };
        _calls.Add(1, tags);
        if (inputTokens > 0 || outputTokens > 0)
        {
            _inputTokens.Add(inputTokens, tags[0], tags[1]);
            _outputTokens.Add(outputTokens, tags[0], tags[1]);
            _cost.Add(cost, tags[0], tags[1]);
        }
    }

    public void JobFinished(string task, string source) => _jobs.Add(1, new("task", task), new("source", source));
}
