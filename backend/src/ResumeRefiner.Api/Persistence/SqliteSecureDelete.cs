using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ResumeRefiner.Api.Persistence;

/// <summary>
/// Turns on SQLite's secure_delete for every connection, so a deleted resume is overwritten with zeros instead of
/// lingering in the file's free pages (the setting is per connection, hence on each open).
/// </summary>
internal sealed class SqliteSecureDelete : DbConnectionInterceptor
{
    private const string Pragma = "PRAGMA secure_delete = ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
