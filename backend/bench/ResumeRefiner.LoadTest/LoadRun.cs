using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ResumeRefiner.LoadTest;

/// <summary>
/// Virtual users, each with its own workspace, loop over what a job seeker does: upload a resume, list resumes,
/// open it, analyse it against a posting, list analyses, export a PDF, and now and then queue an AI job. Every
/// request is timed and counted; a failed request is recorded and the user carries on (no retries: the figures
/// show what users saw).
/// </summary>
internal static class LoadRun
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static async Task<int> RunAsync(LoadOptions options)
    {
        Console.WriteLine($"Generating sample resumes (seed {options.Seed})...");
        var documents = SampleDocuments.Generate(64, options.Seed);
        using var http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = options.Users * 2,
            PooledConnectionLifetime = TimeSpan.FromSeconds(30),
        })
        {
            BaseAddress = options.BaseUrl,
            Timeout = TimeSpan.FromSeconds(60),
        };

        var aiJobs = new ConcurrentBag<(string Token, string ResumeId, string JobId)>();
        using var stop = new CancellationTokenSource(options.Duration);
        Console.WriteLine($"Running {options.Users} users against {options.BaseUrl} for at most {options.Duration.TotalSeconds:0} s or {options.MaxRequests} requests...");
        var recorder = new LoadRecorder();
        var started = Stopwatch.StartNew();
        var users = Enumerable.Range(0, options.Users)
            .Select(user => new VirtualUser(http, recorder, options, documents, user, aiJobs).RunAsync(stop.Token))
            .ToList();
        await Task.WhenAll(users);
        var measured = started.Elapsed;

        var tally = await AiJobDrain.WaitAsync(http, aiJobs, options.Drain);
        var report = recorder.Report(options, measured, tally);
        Print(report);
        if (options.OutputPath is { } path)
        {
            await File.WriteAllTextAsync(path, JsonSerializer.Serialize(report, Indented));
            Console.WriteLine($"Summary written to {path}");
        }

        return 0;
    }

    private static void Print(LoadReport report)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine();
        Console.WriteLine(string.Format(inv, "{0} requests in {1:0.0} s: {2:0.0} req/s; errors {3} ({4:0.###}%); 503 with Retry-After {5}",
            report.Requests, report.Seconds, report.RequestsPerSecond, report.Errors, report.ErrorPercent, report.UnavailableWithRetryAfter));
        Console.WriteLine(string.Format(inv, "{0,-16}{1,8}{2,8}{3,10}{4,10}{5,10}{6,10}", "operation", "count", "errors", "p50 ms", "p95 ms", "p99 ms", "max ms"));
        foreach (var op in report.Operations)
        {
            Console.WriteLine(string.Format(inv, "{0,-16}{1,8}{2,8}{3,10:0.0}{4,10:0.0}{5,10:0.0}{6,10:0.0}", op.Operation, op.Count, op.Errors, op.P50Ms, op.P95Ms, op.P99Ms, op.MaxMs));
        }

        Console.WriteLine("statuses: " + string.Join(", ", report.Statuses.Select(s => $"{s.Key} x{s.Value}")));
        if (report.Ai.Queued > 0)
        {
            var ai = report.Ai;
            Console.WriteLine($"AI jobs: {ai.Queued} queued; {ai.CompletedByAi} completed by the AI, {ai.CompletedOffline} with offline suggestions, {ai.Failed} failed, {ai.Unfinished} unfinished, {ai.Lost} lost");
            var first = report.FirstSuggestions;
            Console.WriteLine(string.Format(inv, "AI wait until suggestions showed: {0} jobs, p50 {1:0.0} s, p95 {2:0.0} s, max {3:0.0} s; {4} first showed the offline suggestions",
                first.Count, first.P50Seconds, first.P95Seconds, first.MaxSeconds, first.OfflineFirst));
        }

        foreach (var failure in report.Failures.Take(10))
        {
            Console.WriteLine(string.Format(inv, "  failed at {0:0.00} s: {1} -> {2}", failure.AtSeconds, failure.Operation, failure.Status == 0 ? "transport error" : failure.Status));
        }
    }

    private sealed class VirtualUser(
        HttpClient http,
        LoadRecorder recorder,
        LoadOptions options,
        IReadOnlyList<SampleDocuments.Document> documents,
        int user,
        ConcurrentBag<(string Token, string ResumeId, string JobId)> aiJobs)
    {
        private string? _token;

        public async Task RunAsync(CancellationToken stop)
        {
            for (var iteration = 0; !stop.IsCancellationRequested; iteration++)
            {
                try
                {
                    if (!await IterateAsync(iteration, stop))
                    {
                        return;
                    }
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    return;
                }
            }
        }

        /// <summary>One pass of the scenario; false when the request budget is spent.</summary>
        private async Task<bool> IterateAsync(int iteration, CancellationToken stop)
        {
            if (_token is null)
            {
                var created = await SendAsync("workspace", () => new HttpRequestMessage(HttpMethod.Post, "/api/v1/workspace"), stop);
                if (created is null)
                {
                    return !Spent;
                }

                _token = created["token"]?.GetValue<string>();
                return true;
            }

            var document = SampleDocuments.Unique(documents[(user * 17 + iteration) % documents.Count], user, iteration);
            var uploaded = await SendAsync("upload", () => Upload(document), stop);
            if (uploaded?["id"]?.GetValue<string>() is not { } id)
            {
                return !Spent;
            }

            var steps = new (string Name, Func<HttpRequestMessage> Request)[]
            {
                ("list-resumes", () => new HttpRequestMessage(HttpMethod.Get, "/api/v1/resumes")),
                ("get-resume", () => new HttpRequestMessage(HttpMethod.Get, $"/api/v1/resumes/{id}")),
                ("analyse", () => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/resumes/{id}/analyses")
                {
                    Content = JsonContent.Create(new { jobDescription = SampleDocuments.JobDescription }),
                }),
                ("list-analyses", () => new HttpRequestMessage(HttpMethod.Get, $"/api/v1/resumes/{id}/analyses")),
                ("export-pdf", () => new HttpRequestMessage(HttpMethod.Get, $"/api/v1/resumes/{id}/export?format=pdf&template=classic")),
            };
            JsonObject? resume = null;
            foreach (var (name, request) in steps)
            {
                var body = await SendAsync(name, request, stop);
                resume = name == "get-resume" ? body?["resume"]?.AsObject() : resume;
                if (Spent)
                {
                    return false;
                }
            }

            if (options.AiEvery > 0 && iteration % options.AiEvery == 0 && resume?["basics"] is JsonObject basics)
            {
                // The user edits the summary first, as people do before asking for help; it also keeps each job's
                // prompt unique, so the AI reply cache does not answer for the provider.
                basics["summary"] = $"{basics["summary"]} Keen on {SampleDocuments.Interest(user, iteration)}.";
                await SendAsync("edit", () => new HttpRequestMessage(HttpMethod.Put, $"/api/v1/resumes/{id}")
                {
                    Content = new StringContent(resume.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
                }, stop);
                var job = await SendAsync("ai-queue", () => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/resumes/{id}/ai/jobs")
                {
                    Content = JsonContent.Create(new { task = "summary" }),
                }, stop);
                if (job?["id"]?.GetValue<string>() is { } jobId)
                {
                    aiJobs.Add((_token, id, jobId));
                    await WaitForSuggestionsAsync(id, jobId, stop);
                }
            }

            return !Spent;
        }

        private bool Spent => recorder.Requests >= options.MaxRequests;

        /// <summary>
        /// Polls the job as the web app does until it shows suggestions: the AI's, or the offline ones it shows
        /// while the AI is retried. How long that takes is what the user waits.
        /// </summary>
        private async Task WaitForSuggestionsAsync(string resumeId, string jobId, CancellationToken stop)
        {
            var waited = Stopwatch.StartNew();
            while (waited.Elapsed < TimeSpan.FromSeconds(60) && !Spent)
            {
                var view = await SendAsync("ai-poll", () => new HttpRequestMessage(HttpMethod.Get, $"/api/v1/resumes/{resumeId}/ai/jobs/{jobId}"), stop);
                if (view?["result"]?["source"]?.GetValue<string>() is { } source)
                {
                    recorder.RecordFirstSuggestions(waited.Elapsed, source);
                    return;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(500), stop);
            }
        }

        private static HttpRequestMessage Upload(SampleDocuments.Document document)
        {
            var file = new ByteArrayContent(document.Content);
            file.Headers.ContentType = new MediaTypeHeaderValue(document.ContentType);
            return new HttpRequestMessage(HttpMethod.Post, "/api/v1/resumes") { Content = new MultipartFormDataContent { { file, "file", document.FileName } } };
        }

        /// <summary>Sends one request; the parsed JSON body on success (an empty object for non-JSON), null on failure.</summary>
        private async Task<JsonObject?> SendAsync(string operation, Func<HttpRequestMessage> build, CancellationToken stop)
        {
            if (!recorder.TryReserve(options.MaxRequests))
            {
                return null;
            }

            using var request = build();
            if (_token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
            }

            var timer = Stopwatch.StartNew();
            try
            {
                using var response = await http.SendAsync(request, stop);
                var body = await response.Content.ReadAsByteArrayAsync(stop);
                var success = response.IsSuccessStatusCode && (operation != "export-pdf" || body.AsSpan().StartsWith("%PDF-"u8));
                recorder.Record(operation, timer.Elapsed, (int)response.StatusCode, success, response.Headers.RetryAfter is not null);
                if (!success)
                {
                    return null;
                }

                return response.Content.Headers.ContentType?.MediaType == "application/json" && body.Length > 0
                    ? JsonNode.Parse(body) as JsonObject
                    : [];
            }
            catch (HttpRequestException)
            {
                recorder.Record(operation, timer.Elapsed, 0, success: false, retryAfter: false);
                return null;
            }
            catch (TaskCanceledException) when (!stop.IsCancellationRequested)
            {
                recorder.Record(operation, timer.Elapsed, 0, success: false, retryAfter: false);   // client timeout
                return null;
            }
        }
    }
}
