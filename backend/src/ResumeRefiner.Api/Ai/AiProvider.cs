using System.ClientModel;
using System.ClientModel.Primitives;
using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Anthropic;
using Anthropic.Exceptions;
using Anthropic.Models.Messages;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using OpenAI;
using Polly;
using ResumeRefiner.Api.Configuration;
using ResumeRefiner.Core.Ai;

namespace ResumeRefiner.Api.Ai;

/// <summary>
/// Makes the <see cref="IChatClient"/> for the configured provider. Both SDKs get an HttpClient from the factory,
/// whose resilience handler is the one retry policy (the SDKs' own retries are off), so 429/5xx/529 and timeouts are
/// retried once, in one place, with jitter and honouring retry-after, behind one circuit breaker.
/// It also shapes each request for the provider: Claude gets the reply schema as its structured-output format and
/// prompt-cache breakpoints on the stable prefix; an OpenAI-compatible server gets plain messages (JSON by prompt).
/// </summary>
public sealed class AiProvider(IHttpClientFactory httpClients, IOptions<AiOptions> options)
{
    public const string HttpClientName = "ai-provider";

    private readonly AiOptions _ai = options.Value;

    // Models that refused the structured-output format: asked by prompt only from then on, for the life of the process.
    private readonly ConcurrentDictionary<string, bool> _withoutStructuredOutput = new(StringComparer.Ordinal);

    public string Name => _ai.ProviderName;

    public string Model => _ai.ModelName;

    public bool Enabled => _ai.Enabled;

    /// <summary>
    /// Whether the next call sends the reply schema as the structured-output format: Claude, unless its model has
    /// refused it. OpenAI-compatible servers differ too much in what they accept, so they are asked by prompt only.
    /// </summary>
    public bool Structured => _ai.Provider == AiProviderKind.Anthropic && !_withoutStructuredOutput.ContainsKey(Model);

    /// <summary>
    /// A 400 from Claude that names the structured-output parameter: the model lacks it. Remembered, so later calls
    /// ask by prompt at once.
    /// </summary>
    public bool RefusedStructuredOutput(Exception exception)
    {
        if (exception is AnthropicApiException { StatusCode: HttpStatusCode.BadRequest } refused
            && (refused.Message.Contains("output_config", StringComparison.Ordinal) || refused.Message.Contains("output_format", StringComparison.Ordinal)))
        {
            _withoutStructuredOutput.TryAdd(Model, true);
            return true;
        }

        return false;
    }

    /// <summary>
    /// The messages and options of a call, the stable part first: the system prompt (rules and schema), the resume
    /// data, then the task. For Claude both stable blocks carry a cache breakpoint (<c>cache_control: ephemeral</c>):
    /// the system prompt is the same on every call and the data on every task of one resume version, so later calls
    /// read them from the cache. With <paramref name="structured"/> the schema goes along as <c>output_config</c>.
    /// </summary>
    public (List<ChatMessage> Messages, ChatOptions Options) Request(AiPrompt prompt, bool structured)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        var options = new ChatOptions { MaxOutputTokens = _ai.MaxOutputTokens, Temperature = 0.2f };
        if (_ai.Provider == AiProviderKind.OpenAi)
        {
            return ([new(ChatRole.System, prompt.System), new(ChatRole.User, prompt.User)], options);
        }

        if (structured)
        {
            using var schema = JsonDocument.Parse(prompt.Schema);
            options.ResponseFormat = ChatResponseFormat.ForJsonSchema(schema.RootElement.Clone(), "reply");
        }

        var breakpoint = new CacheControlEphemeral();
        return ([
            new(ChatRole.System, [new TextContent(prompt.System).WithCacheControl(breakpoint)]),
            new(ChatRole.User, [new TextContent(prompt.Data).WithCacheControl(breakpoint), new TextContent(prompt.Instructions)]),
        ], options);
    }

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
