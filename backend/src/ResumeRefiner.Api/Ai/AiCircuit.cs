namespace ResumeRefiner.Api.Ai;

public enum AiCircuitState
{
    Closed,
    Open,
    HalfOpen,
}

/// <summary>
/// The AI provider's circuit breaker state as seen by its callbacks, for readiness and metrics. While it is open,
/// calls fail fast and jobs complete with the offline suggestions.
/// </summary>
public sealed class AiCircuit
{
    private volatile int _state;

    public AiCircuitState State => (AiCircuitState)_state;

    internal void Set(AiCircuitState state) => _state = (int)state;
}
