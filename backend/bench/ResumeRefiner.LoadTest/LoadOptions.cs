using System.Globalization;

namespace ResumeRefiner.LoadTest;

/// <summary>What a load run does, and the bounds it never exceeds (time and requests), so it cannot run away.</summary>
internal sealed record LoadOptions
{
    public required Uri BaseUrl { get; init; }

    /// <summary>Virtual users, each with its own workspace, each running the scenario in a loop.</summary>
    public int Users { get; init; } = 8;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(60);

    public int MaxRequests { get; init; } = 20_000;

    /// <summary>Every Nth scenario of a user also queues an AI job (0: never).</summary>
    public int AiEvery { get; init; }

    /// <summary>How long to wait after the run for queued AI jobs to finish before calling them unfinished.</summary>
    public TimeSpan Drain { get; init; } = TimeSpan.FromSeconds(60);

    public int Seed { get; init; } = 1;

    public string? OutputPath { get; init; }

    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var values = Flags.Read(args, ["--base-url", "--users", "--duration", "--max-requests", "--ai-every", "--drain", "--seed", "--out"]);
        if (!values.TryGetValue("--base-url", out var baseUrl) || !Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException("--base-url must be an absolute http(s) URL, e.g. http://127.0.0.1:8080");
        }

        if (!uri.IsLoopback)
        {
            throw new ArgumentException("--base-url must be a loopback address: this load generator only runs against this machine.");
        }

        return new LoadOptions
        {
            BaseUrl = uri,
            Users = Flags.Int(values, "--users", 8, min: 1),
            Duration = TimeSpan.FromSeconds(Flags.Int(values, "--duration", 60, min: 1)),
            MaxRequests = Flags.Int(values, "--max-requests", 20_000, min: 1),
            AiEvery = Flags.Int(values, "--ai-every", 0, min: 0),
            Drain = TimeSpan.FromSeconds(Flags.Int(values, "--drain", 60, min: 0)),
            Seed = Flags.Int(values, "--seed", 1, min: 0),
            OutputPath = values.GetValueOrDefault("--out"),
        };
    }
}

internal sealed record FakeAnthropicOptions(int Port, TimeSpan Latency)
{
    public static FakeAnthropicOptions Parse(IReadOnlyList<string> args)
    {
        var values = Flags.Read(args, ["--port", "--latency-ms"]);
        return new FakeAnthropicOptions(
            Flags.Int(values, "--port", 18700, min: 1),
            TimeSpan.FromMilliseconds(Flags.Int(values, "--latency-ms", 200, min: 0)));
    }
}

/// <summary>"--name value" pairs; an unknown flag or a missing value is an error rather than silently ignored.</summary>
internal static class Flags
{
    public static Dictionary<string, string> Read(IReadOnlyList<string> args, IReadOnlyCollection<string> known)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i += 2)
        {
            if (!known.Contains(args[i]))
            {
                throw new ArgumentException($"Unknown option {args[i]}.");
            }

            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"{args[i]} needs a value.");
            }

            values[args[i]] = args[i + 1];
        }

        return values;
    }

    public static int Int(Dictionary<string, string> values, string name, int fallback, int min)
    {
        if (!values.TryGetValue(name, out var text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min
            ? value
            : throw new ArgumentException($"{name} must be a whole number of at least {min}; got \"{text}\".");
    }
}
