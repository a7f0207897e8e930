using CustomerIO.Webhooks;

namespace CustomerIO.AspNetCore;

/// <summary>
/// Handles verified, de-duplicated reporting webhooks; resolved for each event from that event's service scope (the
/// request's, or a new one when events are handled in the background), so it may depend on scoped services. Map it with <c>app.MapCustomerIOWebhooks&lt;THandler&gt;(pattern)</c>.
/// </summary>
public interface ICustomerIOWebhookHandler
{
    /// <summary>Handles one event. Throwing answers 500 (Customer.io retries) unless events are handled in the background.</summary>
    /// <param name="webhookEvent">The event: switch on its type (<see cref="EmailEvent"/>, ...) and its metric.</param>
    /// <param name="cancellationToken">Cancelled when the request is aborted, or in the background when the host stops.</param>
    /// <returns>A task that completes when the event is handled.</returns>
    Task HandleAsync(ReportingWebhookEvent webhookEvent, CancellationToken cancellationToken = default);
}
