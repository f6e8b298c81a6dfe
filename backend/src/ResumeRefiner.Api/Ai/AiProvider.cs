using System.ClientModel;
using System.ClientModel.Primitives;
using Anthropic;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using OpenAI;
using Polly;
using ResumeRefiner.Api.Configuration;

namespace ResumeRefiner.Api.Ai;

/// <summary>
/// Makes the <see cref="IChatClient"/> for the configured provider. Both SDKs get an HttpClient from the factory,
/// whose resilience handler is the one retry policy (the SDKs' own retries are off), so 429/5xx/529 and timeouts are
/// retried once, in one place, with jitter and honouring retry-after, behind one circuit breaker.
/// </summary>
public sealed class AiProvider(IHttpClientFactory httpClients, IOptions<AiOptions> options)
{
    public const string HttpClientName = "ai-provider";

    private readonly AiOptions _ai = options.Value;

    public string Name => _ai.ProviderName;

    public string Model => _ai.ModelName;

    public bool Enabled => _ai.Enabled;

    public IChatClient CreateChatClient()
    {
        var http = httpClients.CreateClient(HttpClientName);
        if (_ai.Provider == AiProviderKind.OpenAi)
        {
            var openAi = new OpenAIClientOptions
            {
                Endpoint = new Uri(_ai.OpenAiBaseUrl!),
                Transport = new HttpClientPipelineTransport(http),
                RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
                NetworkTimeout = Timeout.InfiniteTimeSpan,
            };
            // Local servers (Ollama, vLLM) usually ignore the key, but the client insists on one.
            return new OpenAIClient(new ApiKeyCredential(_ai.OpenAiApiKey ?? "not-needed"), openAi).GetChatClient(_ai.OpenAiModel!).AsIChatClient();
        }

        // ApiKey and BaseUrl are always explicit, so the SDK never falls back to ANTHROPIC_* variables of the machine.
        var anthropic = new AnthropicClient
        {
            ApiKey = _ai.ClaudeApiKey!,
            BaseUrl = _ai.AnthropicBaseUrl,
            HttpClient = http,
            MaxRetries = 0,
            Timeout = Timeout.InfiniteTimeSpan,
        };
        return anthropic.AsIChatClient(_ai.ClaudeModel, _ai.MaxOutputTokens);
    }
}

internal static class AiProviderServices
{
    public static IServiceCollection AddAiProvider(this IServiceCollection services, AiOptions ai)
    {
        var attempt = TimeSpan.FromSeconds(ai.TimeoutSeconds);
        var circuit = new AiCircuit();
        services.AddSingleton(circuit);
        services.AddTransient<RetryAfterProbe>();
        services.AddHttpClient(AiProvider.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .AddHttpMessageHandler<RetryAfterProbe>()
            .AddStandardResilienceHandler(options =>
            {
                options.AttemptTimeout.Timeout = attempt;
                options.TotalRequestTimeout.Timeout = ai.CallTimeout;
                options.Retry.MaxRetryAttempts = Math.Max(1, ai.MaxRetries);
                options.Retry.BackoffType = DelayBackoffType.Exponential;
                options.Retry.UseJitter = true;
                options.Retry.Delay = TimeSpan.FromMilliseconds(ai.RetryBaseDelayMs);
                options.Retry.ShouldRetryAfterHeader = true;
                if (ai.MaxRetries == 0)
                {
                    options.Retry.ShouldHandle = _ => PredicateResult.False();
                }

                // AI calls are few, so the default (at least 100 calls in the window) would never trip. Half of at least
                // three calls failing (one job's attempt with its retries) stops calling the provider for a while: jobs
                // then get the offline suggestions at once and wait for their retry instead of each timing out.
                options.CircuitBreaker.MinimumThroughput = 3;
                options.CircuitBreaker.FailureRatio = 0.5;
                // The breaker samples over at least two attempt timeouts (the options validator requires it).
                options.CircuitBreaker.SamplingDuration = attempt * 2 > TimeSpan.FromSeconds(30) ? attempt * 2 : TimeSpan.FromSeconds(30);
                options.CircuitBreaker.OnOpened = _ =>
                {
                    circuit.Set(AiCircuitState.Open);
                    return ValueTask.CompletedTask;
                };
                options.CircuitBreaker.OnHalfOpened = _ =>
                {
                    circuit.Set(AiCircuitState.HalfOpen);
                    return ValueTask.CompletedTask;
                };
                options.CircuitBreaker.OnClosed = _ =>
                {
                    circuit.Set(AiCircuitState.Closed);
                    return ValueTask.CompletedTask;
                };
            });
        services.AddSingleton<AiProvider>();
        return services;
    }
}
