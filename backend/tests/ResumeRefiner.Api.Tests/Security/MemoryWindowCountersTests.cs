using Microsoft.Extensions.Time.Testing;
using ResumeRefiner.Api.Security;

namespace ResumeRefiner.Api.Tests.Security;

public sealed class MemoryWindowCountersTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Each_client_has_its_own_window_from_its_first_request()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var counters = new MemoryWindowCounters(clock);

        await counters.TakeAsync("ip:a", 1, Minute, CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(40));
        var a = await counters.TakeAsync("ip:a", 1, Minute, CancellationToken.None);
        var b = await counters.TakeAsync("ip:b", 1, Minute, CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(20));
        var aAgain = await counters.TakeAsync("ip:a", 1, Minute, CancellationToken.None);

        Assert.Equal(new WindowCount(2, TimeSpan.FromSeconds(20)), a);
        Assert.Equal(new WindowCount(1, Minute), b);
        Assert.Equal(new WindowCount(1, Minute), aAgain);
    }

    [Fact]
    public async Task Purging_forgets_only_windows_that_have_ended()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var counters = new MemoryWindowCounters(clock);
        await counters.TakeAsync("ip:gone", 5, Minute, CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(30));
        await counters.TakeAsync("ip:active", 5, Minute, CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(30));

        Assert.Equal(1, await counters.PurgeEndedAsync(Minute, CancellationToken.None));
        Assert.Equal(6, (await counters.TakeAsync("ip:active", 1, Minute, CancellationToken.None)).Count);
    }
}
