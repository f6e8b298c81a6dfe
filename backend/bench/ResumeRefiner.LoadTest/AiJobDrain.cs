using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ResumeRefiner.LoadTest;

/// <summary>After the run, follows every queued AI job to its end: a durable queue loses none of them.</summary>
internal static class AiJobDrain
{
    public static async Task<AiJobTally> WaitAsync(HttpClient http, IReadOnlyCollection<(string Token, string ResumeId, string JobId)> jobs, TimeSpan drain)
    {
        if (jobs.Count == 0)
        {
            return new AiJobTally(0, 0, 0, 0, 0, 0);
        }

        Console.WriteLine($"Waiting up to {drain.TotalSeconds:0} s for {jobs.Count} AI jobs to finish...");
        var deadline = DateTime.UtcNow + drain;
        var final = new Dictionary<string, JsonObject?>(StringComparer.Ordinal);
        while (true)
        {
            foreach (var (token, resumeId, jobId) in jobs.Where(j => !final.ContainsKey(j.JobId)))
            {
                var (status, view) = await GetAsync(http, token, resumeId, jobId);
                if (status == HttpStatusCode.NotFound)
                {
                    final[jobId] = null;   // lost: the API no longer knows the job
                }
                else if (view?["status"]?.GetValue<string>() is "completed" or "failed")
                {
                    final[jobId] = view;
                }
            }

            if (final.Count == jobs.Count || DateTime.UtcNow >= deadline)
            {
                break;
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        var views = final.Values.ToList();
        return new AiJobTally(
            jobs.Count,
            views.Count(v => v?["status"]?.GetValue<string>() == "completed" && v["result"]?["source"]?.GetValue<string>() == "ai"),
            views.Count(v => v?["status"]?.GetValue<string>() == "completed" && v["result"]?["source"]?.GetValue<string>() != "ai"),
            views.Count(v => v?["status"]?.GetValue<string>() == "failed"),
            jobs.Count - final.Count,
            views.Count(v => v is null));
    }

    private static async Task<(HttpStatusCode Status, JsonObject? View)> GetAsync(HttpClient http, string token, string resumeId, string jobId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/resumes/{resumeId}/ai/jobs/{jobId}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        try
        {
            using var response = await http.SendAsync(request);
            return (response.StatusCode, response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonObject>() : null);
        }
        catch (HttpRequestException)
        {
            return (0, null);
        }
    }
}
