using Serilog.Core;
using Serilog.Events;

namespace ResumeRefiner.Api.Observability;

/// <summary>
/// Drops the request path that ASP.NET's logging scope and Serilog's request log attach to events: paths carry
/// resume, job and suggestion ids. The request log names the route template instead.
/// </summary>
internal sealed class NoRequestPaths : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        logEvent.RemovePropertyIfPresent("RequestPath");
    }
}
