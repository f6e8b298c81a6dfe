using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ResumeRefiner.Api.Tests.Ai;
using ResumeRefiner.Api.Tests.Infrastructure;
using static ResumeRefiner.Api.Tests.Ai.AiTestHost;

namespace ResumeRefiner.Api.Tests.Security;

/// <summary>
/// Nothing of a deleted workspace remains: a marker in its resume, analysed and sent through an AI job, is found in
/// no column of any table and in no stored file afterwards.
/// </summary>
public abstract class DeletedWorkspaceScanTests : IAsyncLifetime
{
    private const string Marker = "Qzvormarkerxq";

    private FakeAnthropic _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeAnthropic.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    protected abstract Task<string> NewDatabaseAsync();

    /// <summary>The tables of the database, as the provider's catalogue lists them.</summary>
    protected abstract string TablesQuery { get; }

    [Fact]
    public async Task No_row_or_file_of_a_deleted_workspace_holds_its_text()
    {
        await using var api = Start(await NewDatabaseAsync(), _fake);
        using var client = api.CreateClient();
        var lines = ResumeLines.ToList();
        lines.Insert(lines.IndexOf("EDUCATION") - 1, $"• Built the {Marker} ledger service for billing, cutting costs by 20%");
        var resume = await client.UploadOkAsync(Documents.Text([.. lines]), "cv.txt");
        using (var analysis = await client.PostAsJsonAsync($"/api/v1/resumes/{resume.Id}/analyses", new { jobDescription = $"Engineer for the {Marker} ledger" }))
        {
            Assert.Equal(HttpStatusCode.Created, analysis.StatusCode);
        }

        var job = await RunJobAsync(client, resume.Id, new { task = "rewriteBullets", targets = new[] { Bullet(resume, "Built the") } });
        Assert.Equal("ai", job.GetProperty("result").GetProperty("source").GetString());
        // The scan finds the marker while the workspace exists, in the resume, the analysis and the cached reply.
        Assert.Contains("AiReplyCache", await TablesHoldingMarkerAsync(api));

        using var deleted = await client.DeleteAsync("/api/v1/workspace");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Empty(await TablesHoldingMarkerAsync(api));
        Assert.DoesNotContain(api.StoredFiles(), path => File.ReadAllText(path).Contains(Marker, StringComparison.Ordinal));
        Assert.Empty(Directory.GetFileSystemEntries(api.UploadDir));
    }

    /// <summary>Every table whose rows, any column read as text, contain the marker.</summary>
    private async Task<List<string>> TablesHoldingMarkerAsync(ApiFactory api) => await api.WithDbAsync(async db =>
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = TablesQuery;
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var holding = new List<string>();
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var rows = await select.ExecuteReaderAsync();
            while (await rows.ReadAsync())
            {
                if (Enumerable.Range(0, rows.FieldCount).Any(i => AsText(rows, i).Contains(Marker, StringComparison.OrdinalIgnoreCase)))
                {
                    holding.Add(table);
                    break;
                }
            }
        }

        Assert.Contains("Resumes", tables);
        return holding;
    });

    private static string AsText(DbDataReader row, int column) => row.IsDBNull(column)
        ? string.Empty
        : row.GetValue(column) switch
        {
            byte[] bytes => Encoding.UTF8.GetString(bytes),
            var value => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
        };
}

public sealed class SqliteDeletedWorkspaceScanTests : DeletedWorkspaceScanTests
{
    protected override Task<string> NewDatabaseAsync() =>
        Task.FromResult("sqlite:///" + Path.Combine(Directory.CreateTempSubdirectory("rr-scan-").FullName, "scan.db"));

    protected override string TablesQuery => "SELECT name FROM sqlite_master WHERE type = 'table'";
}

[Collection(PostgresApiCollection.Name)]
public sealed class PostgresDeletedWorkspaceScanTests(PostgresApiFixture fixture) : DeletedWorkspaceScanTests
{
    protected override Task<string> NewDatabaseAsync() => fixture.Server.CreateDatabaseAsync();

    protected override string TablesQuery => "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'";
}
