namespace ResumeRefiner.Api.Tests.Infrastructure;

/// <summary>One application on SQLite, shared by a test class; each test works in its own workspace.</summary>
public sealed class SqliteApiFixture : IDisposable
{
    public ApiFactory Factory { get; } = ApiFactory.Sqlite();

    public void Dispose() => Factory.Dispose();
}

/// <summary>One application on a real, throwaway PostgreSQL, shared by the PostgreSQL test classes.</summary>
public sealed class PostgresApiFixture : IAsyncLifetime
{
    private readonly PostgresServer _server = new();

    public ApiFactory Factory { get; private set; } = null!;

    /// <summary>The cluster, for tests that need a database of their own (several hosts on one database).</summary>
    public PostgresServer Server => _server;

    public async Task InitializeAsync()
    {
        await _server.InitializeAsync();
        Factory = new ApiFactory(await _server.CreateDatabaseAsync());
    }

    public async Task DisposeAsync()
    {
        if (Factory is not null)
        {
            await Factory.DisposeAsync();
        }

        await _server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresApiCollection : ICollectionFixture<PostgresApiFixture>
{
    public const string Name = "PostgreSQL API";
}
