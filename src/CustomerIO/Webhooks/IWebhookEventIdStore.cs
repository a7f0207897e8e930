namespace CustomerIO.Webhooks;

/// <summary>
/// Remembers which reporting webhooks were handled, by <c>event_id</c>, so a retried one (Customer.io retries
/// any answer that is not 2xx, and one it did not get within 4 seconds) is handled once.
/// <see cref="InMemoryWebhookEventIdStore"/> serves one process; implement this over a shared store (Redis, a
/// database table with a unique key) when several instances receive the same webhooks.
/// </summary>
public interface IWebhookEventIdStore
{
    /// <summary>Claims an event id: true the first time, false when it was claimed before and not released.</summary>
    /// <param name="eventId">The event's <c>event_id</c>.</param>
    /// <param name="cancellationToken">Cancels the claim.</param>
    /// <returns>Whether the caller should handle the event.</returns>
    ValueTask<bool> TryClaimAsync(string eventId, CancellationToken cancellationToken = default);

    /// <summary>Releases a claim whose handling failed, so Customer.io's retry is handled.</summary>
    /// <param name="eventId">The event's <c>event_id</c>.</param>
    /// <param name="cancellationToken">Cancels the release.</param>
    /// <returns>A task that completes when the claim is released.</returns>
    ValueTask ReleaseAsync(string eventId, CancellationToken cancellationToken = default);
}
