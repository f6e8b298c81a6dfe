using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using Npgsql;
using ResumeRefiner.Api.Tests.Infrastructure;

namespace ResumeRefiner.Api.Tests.Operations;

/// <summary>
/// deploy/scripts/backup and deploy/scripts/restore against a real PostgreSQL and a real upload directory:
/// what the API stored survives a backup, a total loss and a restore, row for row and byte for byte.
/// </summary>
[Collection(PostgresApiCollection.Name)]
public sealed class BackupRestoreTests(PostgresApiFixture fixture) : IAsyncLifetime
{
    private ApiFactory _app = null!;
    private string _connectionString = null!;
    private readonly string _backups = Directory.CreateTempSubdirectory("rr-backups-").FullName;

    public async Task InitializeAsync()
    {
        // A database of its own: this test wipes it.
        _connectionString = await fixture.Server.CreateDatabaseAsync();
        _app = new ApiFactory(_connectionString);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        Directory.Delete(_backups, recursive: true);
    }

    [Fact]
    public async Task Backup_then_total_loss_then_restore_gives_back_every_row_and_file()
    {
        using var visitor = _app.CreateClient();
        var pdf = Documents.Pdf();
        var first = await visitor.UploadOkAsync(pdf, "Jane CV.pdf");
        var second = await visitor.UploadOkAsync(Documents.Text(), "jane.txt");
        var rowsBefore = await SnapshotAsync();
        var filesBefore = FilesOf(_app.UploadDir);
        Assert.Equal(2, filesBefore.Count);
        Assert.Contains(rowsBefore, row => row.StartsWith("resumes:", StringComparison.OrdinalIgnoreCase) && row.Contains(first.Id.ToString(), StringComparison.Ordinal));

        var backup = (await RunAsync("deploy/scripts/backup", _backups)).Trim();
        Assert.True(Directory.Exists(backup), backup);
        Assert.Equal(["SHA256SUMS", "backup.info", "database.dump", "uploads.tar.gz"], new DirectoryInfo(backup).GetFiles().Select(f => f.Name).Order(StringComparer.Ordinal));

        await WipeAsync();
        Assert.Empty(await SnapshotAsync());
        Assert.False(Directory.Exists(_app.UploadDir));

        await RunAsync("deploy/scripts/restore", "--yes", backup);

        Assert.Equal(rowsBefore, await SnapshotAsync());
        Assert.Equal(filesBefore, FilesOf(_app.UploadDir));
        // The running API reads the restored data: the same visitor sees both resumes and their original files.
        using var original = await visitor.GetAsync(new Uri($"/api/v1/resumes/{first.Id}/file", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, original.StatusCode);
        Assert.Equal(pdf, await original.Content.ReadAsByteArrayAsync());
        using var list = await visitor.GetAsync(new Uri("/api/v1/resumes", UriKind.Relative));
        var body = await list.Content.ReadAsStringAsync();
        Assert.Contains(second.Id.ToString(), body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backup_keeps_only_the_newest_BACKUP_KEEP_backups()
    {
        // Older backups with names the script would have given them, plus an unrelated folder it must not touch.
        foreach (var stamp in new[] { "20240101T000000Z", "20240102T000000Z", "20240103T000000Z" })
        {
            Directory.CreateDirectory(Path.Combine(_backups, "resume-refiner-" + stamp));
        }

        Directory.CreateDirectory(Path.Combine(_backups, "keep-me"));
        Directory.CreateDirectory(_app.UploadDir);

        var newest = (await RunAsync("deploy/scripts/backup", _backups, ("BACKUP_KEEP", "2"))).Trim();

        var left = new DirectoryInfo(_backups).GetDirectories().Select(d => d.Name).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["keep-me", "resume-refiner-20240103T000000Z", Path.GetFileName(newest)], left);
    }

    [Fact]
    public async Task Restore_refuses_a_damaged_backup_and_changes_nothing()
    {
        using var visitor = _app.CreateClient();
        await visitor.UploadOkAsync(Documents.Text(), "cv.txt");
        var backup = (await RunAsync("deploy/scripts/backup", _backups)).Trim();
        await File.AppendAllTextAsync(Path.Combine(backup, "database.dump"), "tampered");
        var rowsBefore = await SnapshotAsync();

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => RunAsync("deploy/scripts/restore", "--yes", backup));

        Assert.Contains("checksums", failure.Message, StringComparison.Ordinal);
        Assert.Equal(rowsBefore, await SnapshotAsync());
    }

    [Fact]
    public async Task With_S3_storage_the_backup_holds_the_database_alone_and_restores_it()
    {
        using var visitor = _app.CreateClient();
        var resume = await visitor.UploadOkAsync(Documents.Text(), "cv.txt");
        var rowsBefore = await SnapshotAsync();
        (string, string)[] s3 = [("STORAGE", "s3"), ("S3_BUCKET", "resumes"), ("UPLOAD_DIR", "/nonexistent")];

        var backup = (await RunAsync("deploy/scripts/backup", [_backups], s3)).Trim();

        Assert.Equal(["SHA256SUMS", "backup.info", "database.dump"], new DirectoryInfo(backup).GetFiles().Select(f => f.Name).Order(StringComparer.Ordinal));
        Assert.Contains("uploads=s3://resumes/", await File.ReadAllTextAsync(Path.Combine(backup, "backup.info")), StringComparison.Ordinal);

        // A database-only backup does not fit a deployment that keeps files locally, and nothing is touched.
        var mismatch = await Assert.ThrowsAsync<InvalidOperationException>(() => RunAsync("deploy/scripts/restore", "--yes", backup));
        Assert.Contains("STORAGE=s3", mismatch.Message, StringComparison.Ordinal);
        Assert.Equal(rowsBefore, await SnapshotAsync());

        await WipeAsync();
        await RunAsync("deploy/scripts/restore", ["--yes", backup], s3);

        Assert.Equal(rowsBefore, await SnapshotAsync());
        Assert.Contains(rowsBefore, row => row.Contains(resume.Id.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Restore_refuses_an_upload_archive_into_an_S3_deployment()
    {
        using var visitor = _app.CreateClient();
        await visitor.UploadOkAsync(Documents.Text(), "cv.txt");
        var backup = (await RunAsync("deploy/scripts/backup", _backups)).Trim();
        await WipeAsync();

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => RunAsync("deploy/scripts/restore", ["--yes", backup], [("STORAGE", "s3")]));

        Assert.Contains("holds an upload directory, but STORAGE=s3", failure.Message, StringComparison.Ordinal);
        Assert.Empty(await SnapshotAsync());
    }

    /// <summary>Every row of every table in the public schema, as "table: json", in a stable order.</summary>
    private async Task<List<string>> SnapshotAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var rows = new List<string>();
        foreach (var table in tables)
        {
            await using var select = new NpgsqlCommand($"SELECT row_to_json(t)::text FROM \"{table}\" t ORDER BY 1", connection);
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add($"{table}: {reader.GetString(0)}");
            }
        }

        return rows;
    }

    /// <summary>The disaster: the schema and everything in it, and the upload directory, are gone.</summary>
    private async Task WipeAsync()
    {
        await using (var connection = new NpgsqlConnection(_connectionString))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand("DROP SCHEMA public CASCADE; CREATE SCHEMA public;", connection);
            await drop.ExecuteNonQueryAsync();
        }

        Directory.Delete(_app.UploadDir, recursive: true);
    }

    private static SortedDictionary<string, string> FilesOf(string directory) =>
        new(Directory.GetFiles(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(file => Path.GetRelativePath(directory, file), file => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)))),
            StringComparer.Ordinal);

    private Task<string> RunAsync(string script, string argument, (string Name, string Value) extra) => RunAsync(script, [argument], [extra]);

    private Task<string> RunAsync(string script, params string[] arguments) => RunAsync(script, arguments, []);

    /// <summary>Runs a deploy script the way an operator would, with the API's own DATABASE_URL and UPLOAD_DIR.</summary>
    private async Task<string> RunAsync(string script, string[] arguments, (string Name, string Value)[] extra)
    {
        var start = new ProcessStartInfo("bash", [Repository.PathOf(script), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = _backups,
        };
        start.Environment["DATABASE_URL"] = PostgresUrl(_connectionString);
        start.Environment["UPLOAD_DIR"] = _app.UploadDir;
        start.Environment.Remove("BACKUP_DIR");
        start.Environment.Remove("BACKUP_KEEP");
        start.Environment.Remove("STORAGE");
        foreach (var (name, value) in extra)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} exited {process.ExitCode}: {await stderr}{await stdout}");
        }

        return await stdout;
    }

    /// <summary>The test cluster's connection string as the postgresql:// URL the scripts (and operators) use.</summary>
    private static string PostgresUrl(string connectionString)
    {
        var parts = new NpgsqlConnectionStringBuilder(connectionString);
        var credentials = Uri.EscapeDataString(parts.Username ?? "postgres")
            + (string.IsNullOrEmpty(parts.Password) ? string.Empty : ":" + Uri.EscapeDataString(parts.Password));
        return $"postgresql://{credentials}@{parts.Host}:{parts.Port}/{Uri.EscapeDataString(parts.Database!)}";
    }
}
