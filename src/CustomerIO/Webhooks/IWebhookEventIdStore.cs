namespace CustomerIO.Webhooks;

/// <summary>
/// Remembers which reporting webhooks are being handled or were handled, by <c>event_id</c>, so a retried one
/// (Customer.io retries any answer that is not 2xx, and one it did not get within 4 seconds) is handled once, and a
/// retry that arrives while the first delivery is still being handled is asked to come back rather than told it was
/// handled (the first may still fail). <see cref="InMemoryWebhookEventIdStore"/> serves one process; implement this
/// over a shared store (Redis, a database table with a unique key) when several instances receive the same webhooks.
/// </summary>
public interface IWebhookEventIdStore
{
    /// <summary>Claims an event id for handling: <see cref="WebhookEventClaim.Claimed"/> the first time.</summary>
    /// <param name="eventId">The event's <c>event_id</c>.</param>
    /// <param name="cancellationToken">Cancels the claim.</param>
    /// <returns>Whether the caller should handle the event, or why not.</returns>
    ValueTask<WebhookEventClaim> ClaimAsync(string eventId, CancellationToken cancellationToken = default);

    /// <summary>Marks a claimed event as handled: later deliveries of it are duplicates.</summary>
    /// <param name="eventId">The event's <c>event_id</c>.</param>
    /// <param name="cancellationToken">Cancels the update.</param>
    /// <returns>A task that completes when the event is marked.</returns>
    ValueTask CompleteAsync(string eventId, CancellationToken cancellationToken = default);

    /// <summary>Releases a claim whose handling failed, so Customer.io's retry is handled.</summary>
    /// <param name="eventId">The event's <c>event_id</c>.</param>
    /// <param name="cancellationToken">Cancels the release.</param>
    /// <returns>A task that completes when the claim is released.</returns>
    ValueTask ReleaseAsync(string eventId, CancellationToken cancellationToken = default);
}

/// <summary>What claiming an event id found.</summary>
public enum WebhookEventClaim
{
    /// <summary>Nobody had claimed it: the caller handles the event.</summary>
    Claimed,

    /// <summary>Another delivery of it is being handled now: answer so that Customer.io tries again later.</summary>
    InProgress,

    /// <summary>It was handled already: a duplicate, answered as handled.</summary>
    Handled,
}
