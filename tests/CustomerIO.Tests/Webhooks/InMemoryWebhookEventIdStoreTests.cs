using CustomerIO.Webhooks;
using Microsoft.Extensions.Time.Testing;

namespace CustomerIO.Tests.Webhooks;

/// <summary>The default de-duplication store: once per event id, within a bounded window and a bounded count.</summary>
public sealed class InMemoryWebhookEventIdStoreTests
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.FromUnixTimeSeconds(1_800_000_000));

    [Fact]
    public async Task An_id_is_claimed_once_until_released()
    {
        var store = new InMemoryWebhookEventIdStore(timeProvider: _time);

        Assert.Equal(WebhookEventClaim.Claimed, await store.ClaimAsync("e1"));
        Assert.Equal(WebhookEventClaim.InProgress, await store.ClaimAsync("e1"));
        Assert.Equal(WebhookEventClaim.Claimed, await store.ClaimAsync("e2"));
        await store.ReleaseAsync("e1");
        Assert.Equal(WebhookEventClaim.Claimed, await store.ClaimAsync("e1"));
        Assert.Equal(WebhookEventClaim.InProgress, await store.ClaimAsync("e1"));
        Assert.Equal(2, store.Count);
    }

    [Fact]
    public async Task A_completed_id_is_handled_for_its_window_counted_from_its_claim()
    {
        var store = new InMemoryWebhookEventIdStore(window: TimeSpan.FromMinutes(10), timeProvider: _time);
        Assert.Equal(WebhookEventClaim.Claimed, await store.ClaimAsync("e1"));
        _time.Advance(TimeSpan.FromMinutes(4));
        await store.CompleteAsync("e1");
        await store.CompleteAsync("never-claimed"); // nothing to mark: not remembered either

        Assert.Equal(WebhookEventClaim.Handled, await store.ClaimAsync("e1"));
        Assert.Equal(1, store.Count);
        _time.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(WebhookEventClaim.Claimed, await store.ClaimAsync("e1"));
        Assert.Equal(WebhookEventClaim.Claimed, await store.ClaimAsync("never-claimed"));
    }

    [Fact]
    public async Task An_id_is_forgotten_when_its_window_has_passed()
    {
        var store = new InMemoryWebhookEventIdStore(window: TimeSpan.FromMinutes(10), timeProvider: _time);
        Assert.Equal(WebhookEventClaim.Claimed, await store.ClaimAsync("e1"));

        _time.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromTicks(1));
        Assert.Equal(WebhookEventClaim.InProgress, await store.ClaimAsync("e1"));
        _time.Advance(TimeSpan.FromTicks(1));
        Assert.Equal(WebhookEventClaim.Claimed, await store.ClaimAsync("e1"));
    }

    [Fact]
    public async Task Past_its_capacity_the_oldest_ids_are_forgotten_first()
    {
        var store = new InMemoryWebhookEventIdStore(capacity: 3, timeProvider: _time);
        foreach (var id in new[] { "e1", "e2", "e3", "e4" })
        {
            Assert.Equal(WebhookEventClaim.Claimed, await store.ClaimAsync(id));
        }

        Assert.Equal(3, store.Count);
        Assert.Equal(WebhookEventClaim.InProgress, await store.ClaimAsync("e4"));
        Assert.Equal(WebhookEventClaim.InProgress, await store.ClaimAsync("e2"));
        Assert.Equal(WebhookEventClaim.Claimed, await store.ClaimAsync("e1")); // forgotten, so claimed again (and e2 goes)
    }

    [Fact]
    public async Task A_released_and_reclaimed_id_is_not_forgotten_by_its_earlier_entry()
    {
        var store = new InMemoryWebhookEventIdStore(capacity: 2, timeProvider: _time);
        Assert.Equal(WebhookEventClaim.Claimed, await store.ClaimAsync("e1"));
        await store.ReleaseAsync("e1");
        Assert.Equal(WebhookEventClaim.Claimed, await store.ClaimAsync("e1")); // the first entry of e1 is still queued, stale
        Assert.Equal(WebhookEventClaim.Claimed, await store.ClaimAsync("e2"));
        Assert.Equal(WebhookEventClaim.Claimed, await store.ClaimAsync("e3")); // evicts: the stale e1 entry, then the live e1

        Assert.Equal(WebhookEventClaim.InProgress, await store.ClaimAsync("e3"));
        Assert.Equal(WebhookEventClaim.InProgress, await store.ClaimAsync("e2"));
        Assert.Equal(2, store.Count);
    }

    [Fact]
    public async Task Churn_of_releases_keeps_memory_bounded()
    {
        var store = new InMemoryWebhookEventIdStore(capacity: 10, timeProvider: _time);
        for (var i = 0; i < 10_000; i++)
        {
            Assert.Equal(WebhookEventClaim.Claimed, await store.ClaimAsync("same"));
            await store.ReleaseAsync("same");
        }

        Assert.Equal(0, store.Count);
        Assert.InRange(store.QueuedEntries, 1, 20);
        Assert.Equal(WebhookEventClaim.Claimed, await store.ClaimAsync("same"));
    }

    [Fact]
    public void Bad_settings_are_refused_by_name_and_the_description_shows_no_ids()
    {
        Assert.Equal("capacity", Assert.Throws<CustomerIOValidationException>(() => new InMemoryWebhookEventIdStore(0)).ParameterName);
        Assert.Equal("window", Assert.Throws<CustomerIOValidationException>(() => new InMemoryWebhookEventIdStore(window: TimeSpan.Zero)).ParameterName);
        Assert.Equal("InMemoryWebhookEventIdStore(0 of 100000 ids, window 1.00:00:00)", new InMemoryWebhookEventIdStore().ToString());
    }
}
