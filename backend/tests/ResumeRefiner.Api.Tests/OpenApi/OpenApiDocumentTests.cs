using System.Net.Http.Json;
using System.Text.Json;

namespace ResumeRefiner.Api.Tests.OpenApi;

/// <summary>The served OpenAPI document is one a client generator can use: see docs/api.md.</summary>
public sealed class OpenApiDocumentTests(OpenApiToolsFixture fixture) : IClassFixture<OpenApiToolsFixture>
{
    [Fact]
    public async Task The_document_passes_redocly_lint_with_the_recommended_rules_without_a_warning()
    {
        // Problems accepted on purpose are listed, with their reasons, in tools/openapi/.redocly.lint-ignore.yaml.
        var lint = await OpenApiToolsFixture.RunAsync("lint:document", "--format=json");

        using var report = JsonDocument.Parse(lint.Output);
        var totals = report.RootElement.GetProperty("totals");
        var problems = string.Join('\n', report.RootElement.GetProperty("problems").EnumerateArray()
            .Select(p => $"{p.GetProperty("severity").GetString()} {p.GetProperty("ruleId").GetString()}: {p.GetProperty("message").GetString()} at {p.GetProperty("location")[0].GetProperty("pointer").GetString()}"));
        Assert.True(totals.GetProperty("errors").GetInt32() == 0 && totals.GetProperty("warnings").GetInt32() == 0, problems);
        Assert.Equal(0, lint.ExitCode);
    }

    [Fact]
    public async Task A_client_generated_from_the_document_uploads_reads_and_exports_a_resume()
    {
        await OpenApiToolsFixture.RunOkAsync("generate");
        await OpenApiToolsFixture.RunOkAsync("build");
        await OpenApiToolsFixture.RunOkAsync("lint");

        var run = await OpenApiToolsFixture.RunOkAsync("upload-read-export", fixture.BaseAddress.ToString().TrimEnd('/'));

        Assert.Contains("ok  uploadResume: 201", run.Output, StringComparison.Ordinal);
        Assert.Contains("ok  getResume: 200", run.Output, StringComparison.Ordinal);
        Assert.Contains("ok  exportResume (pdf): 200", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Operations_on_a_workspace_take_its_token_or_cookie_and_public_ones_take_no_credential()
    {
        using var client = fixture.Factory.CreateClient();
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        Assert.Equal("Resume Refiner API", document.GetProperty("info").GetProperty("title").GetString());
        var schemes = document.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("bearer", schemes.GetProperty("workspaceToken").GetProperty("scheme").GetString());
        Assert.Equal("cookie", schemes.GetProperty("workspaceCookie").GetProperty("in").GetString());
        Assert.Equal("__Host-rr_workspace", schemes.GetProperty("workspaceCookie").GetProperty("name").GetString());

        string[] tokenOrCookie = ["workspaceToken", "workspaceCookie"];
        Assert.Equal(tokenOrCookie, Credentials(document, "/api/v1/resumes/{id}", "get"));
        Assert.Equal(tokenOrCookie, Credentials(document, "/api/v1/resumes/{id}/export", "get"));
        // Uploading without a workspace creates one: either credential, or none.
        Assert.Equal([.. tokenOrCookie, "(none)"], Credentials(document, "/api/v1/resumes", "post"));
        Assert.Empty(Credentials(document, "/health", "get"));
        Assert.Empty(Credentials(document, "/api/v1/config", "get"));
        Assert.Empty(Credentials(document, "/api/v1/workspace", "post"));
    }

    private static string[] Credentials(JsonElement document, string path, string method) =>
        [.. document.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("security").EnumerateArray()
            .Select(requirement => requirement.EnumerateObject().Select(scheme => scheme.Name).SingleOrDefault() ?? "(none)")];
}
