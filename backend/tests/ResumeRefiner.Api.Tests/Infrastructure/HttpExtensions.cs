using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ResumeRefiner.Api.Resumes;
using ResumeRefiner.Core.Model;

namespace ResumeRefiner.Api.Tests.Infrastructure;

public static class HttpExtensions
{
    public static Task<HttpResponseMessage> UploadAsync(this HttpClient client, byte[] content, string fileName, string mediaType = "application/octet-stream", string? query = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        form.Add(file, "file", fileName);
        return client.PostAsync(new Uri(query is null ? "/api/v1/resumes" : $"/api/v1/resumes?{query}", UriKind.Relative), form);
    }

    public static async Task<ResumeDetail> UploadOkAsync(this HttpClient client, byte[] content, string fileName)
    {
        using var response = await client.UploadAsync(content, fileName);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ResumeDetail>(ResumeJson.Options))!;
    }

    /// <summary>GET of /metrics or /health/ready as Prometheus and operators send it: with the host's METRICS_TOKEN.</summary>
    public static async Task<HttpResponseMessage> GetOperationsAsync(this HttpClient client, string path, string token = ApiFactory.MetricsToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request);
    }

    /// <summary>Reads an RFC 9457 problem, asserting the media type and the fields every problem must have.</summary>
    public static async Task<JsonElement> ReadProblemAsync(this HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("urn:resume-refiner:problem:", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("traceId").GetString()));
        Assert.Equal((int)response.StatusCode, problem.GetProperty("status").GetInt32());
        return problem;
    }
}
