using CustomerIO.Transport;

namespace CustomerIO.App;

/// <summary>Broadcast triggers, written by hand: validated before sending, waited for per broadcast, never repeated after an ambiguous failure.</summary>
public partial class BroadcastsClient
{
    /// <summary>Triggers an API-triggered broadcast (<c>POST /v1/campaigns/{broadcast_id}/triggers</c>).</summary>
    /// <param name="broadcastId">The broadcast's id.</param>
    /// <param name="trigger">The audience and data; the broadcast's own audience and no data when null.</param>
    /// <param name="cancellationToken">Cancels the call, also while it waits for the broadcast's 10-second turn.</param>
    /// <returns>The trigger's id.</returns>
    /// <exception cref="CustomerIOValidationException">The trigger breaks a documented rule.</exception>
    public virtual Task<BroadcastTriggerResult> TriggerAsync(long broadcastId, BroadcastTrigger? trigger = null, CancellationToken cancellationToken = default)
    {
        var request = AppOperations.BroadcastsTrigger.For(PathValue.Number(broadcastId, nameof(broadcastId)))
            .WithJson((trigger ?? new BroadcastTrigger()).ToJson(nameof(trigger)))
            .WithRateKey("broadcast:" + broadcastId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Pipeline.SendAsync(request, AppJsonContext.Wire.BroadcastTriggerResult, cancellationToken);
    }
}
