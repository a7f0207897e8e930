using System.Text;
using CustomerIO.Emulator.State;

namespace CustomerIO.Emulator.Tests;

public sealed class BoundedMemoryTests : EmulatorTest
{
    protected override CustomerIOEmulatorOptions CreateOptions() => new() { MaxStoredEvents = 3, MaxReceivedRequests = 2 };

    [Fact]
    public async Task Event_log_keeps_the_newest_events_and_counts_all()
    {
        for (var i = 0; i < 5; i++)
        {
            await Post("api/v1/customers/1/events", "{\"name\":\"e" + i + "\",\"id\":\"id-" + i + "\",\"data\":{\"i\":" + i + "}}");
        }

        var events = Emulator.GetEvents("1");
        Assert.Equal(["e2", "e3", "e4"], events.Select(e => e.Name));
        Assert.Equal(["id-2", "id-3", "id-4"], events.Select(e => e.Id));
        Assert.Equal(["{\"i\":2}", "{\"i\":3}", "{\"i\":4}"], events.Select(e => e.Data!.Value.GetRawText()));
        Assert.Equal(5, Emulator.FindPerson("1")!.EventCount);
        Assert.Equal(5, Emulator.GetCounters().EventsReceived);
        Assert.Equal(2, Emulator.GetReceivedRequests().Count);
    }

    [Fact]
    public async Task Large_event_data_round_trips()
    {
        var body = "{\"name\":\"big\",\"data\":" + Payloads.ObjectOfSize(100_000) + "}";

        Assert.Equal(200, (await Post("api/v1/customers/1/events", body)).Status);

        Assert.Equal(100_000, Encoding.UTF8.GetByteCount(Assert.Single(Emulator.GetEvents()).Data!.Value.GetRawText()));
    }

    [Fact]
    public void Deduplicator_remembers_recent_ids_and_forgets_old_ones()
    {
        var deduplicator = new EventIdDeduplicator(capacity: 2_048);

        Assert.True(deduplicator.TryAdd("first"u8));
        Assert.False(deduplicator.TryAdd("first"u8));
        for (var i = 0; i < 100; i++)
        {
            Assert.True(deduplicator.TryAdd(Encoding.UTF8.GetBytes("recent-" + i)));
        }

        Assert.False(deduplicator.TryAdd("first"u8));
        for (var i = 0; i < 100_000; i++)
        {
            deduplicator.TryAdd(Encoding.UTF8.GetBytes("later-" + i));
        }

        Assert.True(deduplicator.TryAdd("first"u8));
        deduplicator.Clear();
        Assert.True(deduplicator.TryAdd("later-99999"u8));
    }
}
