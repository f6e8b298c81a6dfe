using Npgsql;

namespace ResumeRefiner.Api.Configuration;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>DATABASE_URL read into a provider and an ADO.NET connection string.</summary>
public sealed record DatabaseTarget(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>
    /// Accepts <c>sqlite:///relative/path.db</c>, <c>sqlite:////absolute/path.db</c>,
    /// <c>postgresql://user:pass@host:5432/db?sslmode=require</c> (or <c>postgres://</c>), and plain
    /// connection strings (<c>Data Source=...</c> for SQLite, <c>Host=...</c> for PostgreSQL).
    /// </summary>
    /// <exception cref="InvalidConfigurationException">The value is none of those.</exception>
    public static DatabaseTarget Parse(string databaseUrl)
    {
        ArgumentNullException.ThrowIfNull(databaseUrl);
        var value = databaseUrl.Trim();

        if (value.StartsWith("sqlite:///", StringComparison.OrdinalIgnoreCase))
        {
            var path = value["sqlite:///".Length..];
            if (path.Length == 0)
            {
                throw new InvalidConfigurationException("DATABASE_URL 'sqlite:///' needs a file path, e.g. sqlite:///./data/resume_refiner.db.");
            }

            return new(DatabaseProvider.Sqlite, $"Data Source={path}");
        }

        if (value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase))
        {
            return new(DatabaseProvider.Postgres, FromPostgresUrl(value));
        }

        if (value.Contains("Host=", StringComparison.OrdinalIgnoreCase) || value.Contains("Server=", StringComparison.OrdinalIgnoreCase))
        {
            return new(DatabaseProvider.Postgres, value);
        }

        if (value.Contains("Data Source=", StringComparison.OrdinalIgnoreCase) || value.Contains("Filename=", StringComparison.OrdinalIgnoreCase))
        {
            return new(DatabaseProvider.Sqlite, value);
        }

        throw new InvalidConfigurationException(
            "DATABASE_URL must be sqlite:///path/to/file.db, postgresql://user:password@host:5432/database, or a connection string.");
    }

    /// <summary>The SQLite file path, so its folder can be created before the first connection.</summary>
    public string? SqliteFilePath =>
        Provider == DatabaseProvider.Sqlite ? new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString).DataSource : null;

    private static string FromPostgresUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new InvalidConfigurationException("DATABASE_URL is not a valid postgresql://user:password@host:5432/database URL.");
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
        };

        var userInfo = uri.UserInfo.Split(':', 2);
        if (userInfo[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(userInfo[0]);
        }

        if (userInfo.Length == 2)
        {
            builder.Password = Uri.UnescapeDataString(userInfo[1]);
        }

        // Query options such as ?sslmode=require map onto Npgsql's keywords.
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(parts[0]);
            var optionValue = parts.Length == 2 ? Uri.UnescapeDataString(parts[1]) : string.Empty;
            try
            {
                builder[key.Equals("sslmode", StringComparison.OrdinalIgnoreCase) ? "SSL Mode" : key] = optionValue;
            }
            catch (ArgumentException)
            {
                throw new InvalidConfigurationException($"DATABASE_URL has an option PostgreSQL does not know: '{key}'.");
            }
        }

        return builder.ConnectionString;
    }
}
