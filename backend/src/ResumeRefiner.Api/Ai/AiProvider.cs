using System.ClientModel;
using System.ClientModel.Primitives;
using Anthropic;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Http.Resilience;
using OpenAI;
using Polly;
using ResumeRefiner.Api.Configuration;

namespace ResumeRefiner.Api.Ai;

/// <summary>
/// Makes the <see cref="IChatClient"/> for the configured provider. Both SDKs get an HttpClient from the factory,
/// whose resilience handler is the one retry policy (the SDKs' own retries are off), so 429/5xx/529 and timeouts are
/// retried once, in one place, with jitter and honouring retry-after, behind one circuit breaker.
/// </summary>
public sealed class AiProvider(IHttpClientFactory httpClients, AppSettings settings)
{
    public const string HttpClientName = "ai-provider";

    public string Name => settings.IsOpenAiCompatible ? "openai" : "anthropic";

    public string Model => settings.AiModelName;

    public bool Enabled => settings.AiEnabled;

    public IChatClient CreateChatClient()
    {
        var http = httpClients.CreateClient(HttpClientName);
        if (settings.IsOpenAiCompatible)
        {
            var options = new OpenAIClientOptions
            {
                Endpoint = new Uri(settings.AiBaseUrl!),
                Transport = new HttpClientPipelineTransport(http),
                RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
                NetworkTimeout = Timeout.InfiniteTimeSpan,
            };
            // Local servers (Ollama, vLLM) usually ignore the key, but the client insists on one.
            return new OpenAIClient(new ApiKeyCredential(settings.AiApiKey ?? "not-needed"), options).GetChatClient(settings.AiModel!).AsIChatClient();
        }

        // ApiKey and BaseUrl are always explicit, so the SDK never falls back to ANTHROPIC_* variables of the machine.
        var anthropic = new AnthropicClient
        {
            ApiKey = settings.ClaudeApiKey!,
            BaseUrl = settings.AnthropicBaseUrl,
            HttpClient = http,
            MaxRetries = 0,
            Timeout = Timeout.InfiniteTimeSpan,
        };
        return anthropic.AsIChatClient(settings.ClaudeModel, settings.AiMaxOutputTokens);
    }
}

internal static class AiProviderServices
{
    public static IServiceCollection AddAiProvider(this IServiceCollection services, AppSettings settings)
    {
        var attempt = TimeSpan.FromSeconds(settings.AiTimeoutSeconds);
        var circuit = new AiCircuit();
        services.AddSingleton(circuit);
        services.AddTransient<RetryAfterProbe>();
        services.AddHttpClient(AiProvider.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .AddHttpMessageHandler<RetryAfterProbe>()
            .AddStandardResilienceHandler(options =>
            {
                options.AttemptTimeout.Timeout = attempt;
                options.TotalRequestTimeout.Timeout = attempt * (settings.AiMaxRetries + 2) + TimeSpan.FromMilliseconds(settings.AiRetryBaseDelayMs) * Math.Pow(2, settings.AiMaxRetries + 1);
                options.Retry.MaxRetryAttempts = Math.Max(1, settings.AiMaxRetries);
                options.Retry.BackoffType = DelayBackoffType.Exponential;
                options.Retry.UseJitter = true;
                options.Retry.Delay = TimeSpan.FromMilliseconds(settings.AiRetryBaseDelayMs);
                options.Retry.ShouldRetryAfterHeader = true;
                if (settings.AiMaxRetries == 0)
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
