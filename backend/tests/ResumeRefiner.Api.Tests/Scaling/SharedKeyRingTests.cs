using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResumeRefiner.Api.Tests.Infrastructure;

namespace ResumeRefiner.Api.Tests.Scaling;

/// <summary>Replicas on one PostgreSQL share the Data Protection key ring through the database.</summary>
[Collection(PostgresApiCollection.Name)]
public sealed class SharedKeyRingTests(PostgresApiFixture fixture)
{
    private const string Purpose = "ResumeRefiner.Tests.SharedKeyRing";

    [Fact]
    public async Task A_payload_protected_by_one_replica_is_unprotected_by_another_on_the_same_database()
    {
        var database = await fixture.Server.CreateDatabaseAsync();
        using var first = new ApiFactory(database);
        using var second = new ApiFactory(database);

        var fromFirst = Protector(first).Protect("payload from the first replica");
        var fromSecond = Protector(second).Protect("payload from the second replica");

        Assert.Equal("payload from the first replica", Protector(second).Unprotect(fromFirst));
        Assert.Equal("payload from the second replica", Protector(first).Unprotect(fromSecond));
        // One key ring, in the database, read by both.
        var keys = await first.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml).ToListAsync());
        var key = Assert.Single(keys);
        Assert.Contains("<key ", key, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_replica_on_another_database_cannot_unprotect_it()
    {
        // Proves the key ring comes from the database and not from a folder both test hosts happen to share.
        using var first = new ApiFactory(await fixture.Server.CreateDatabaseAsync());
        using var stranger = new ApiFactory(await fixture.Server.CreateDatabaseAsync());

        var protectedPayload = Protector(first).Protect("payload");

        Assert.ThrowsAny<CryptographicException>(() => Protector(stranger).Unprotect(protectedPayload));
    }

    private static IDataProtector Protector(ApiFactory factory) =>
        factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose);
}
