using System.Text;
using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.Json;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.App.Broadcasts;

/// <summary>
/// <c>POST /app/v1/campaigns/{broadcast_id}/triggers</c>: checks the audience and <c>data</c>, records the
/// trigger and answers <c>{"id":n}</c>. The one-trigger-per-10-seconds limit is the rate limiter's
/// (<see cref="RateLimitSettings.BroadcastInterval"/>), enforced when rate limits are on.
/// </summary>
internal sealed class BroadcastTriggerHandlers(EmulatorRuntime runtime)
{
    private static readonly byte[][] Fields = [.. BroadcastAudience.Names, "data"u8.ToArray()];

    private EmulatorState State => runtime.State;

    /// <summary>The endpoint (routed by <see cref="AppRoutes"/>).</summary>
    public RequestDelegate Endpoint => AppEndpoint.WithBody(State, "app.trigger_broadcast", Trigger, allowEmpty: true);

    /// <summary>
    /// <c>GET /campaigns/{broadcast_id}/triggers/{trigger_id}/errors</c>: the emulator accepts every recipient it is
    /// given, so a trigger it knows has no errors; one it does not know is a 404.
    /// </summary>
    public Reply TriggerErrors(HttpContext context)
    {
        var broadcast = RawPath.Segment(context, 3);
        var known = long.TryParse(RawPath.Segment(context, 5), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            && State.BroadcastTriggers.Snapshot().Any(t => t.Id == id && t.BroadcastId == broadcast);
        return known
            ? AppEndpoint.Finish(State, "app.get_broadcast_trigger_errors", AppOutcome.Ok(new TriggerErrorsAnswer([]), AppJsonContext.Default.TriggerErrorsAnswer))
            : Replies.MetaError(StatusCodes.Status404NotFound, "trigger not found");
    }

    private AppOutcome Trigger(HttpContext context, ReadOnlySpan<byte> body, JsonSlice root, DateTimeOffset now)
    {
        Span<JsonSlice> f = stackalloc JsonSlice[Fields.Length];
        if (root.IsPresent)
        {
            JsonFields.Read(body, root, Fields, f);
        }

        if (BroadcastAudience.Check(body, f[..BroadcastAudience.Names.Length], out var audience) is { } failure)
        {
            return AppOutcome.Fail(failure.Error, failure.Status);
        }

        var data = f[^1];
        if (data.IsPresent && !data.IsNull && !data.IsObject)
        {
            return AppOutcome.Fail(Errors.MustBeObject("data"));
        }

        var id = State.NewTriggerId();
        if (!State.SinkMode)
        {
            State.BroadcastTriggers.Add(new EmulatedBroadcastTrigger
            {
                Id = id,
                BroadcastId = RawPath.Segment(context, 3),
                Audience = audience < 0 ? null : Encoding.UTF8.GetString(BroadcastAudience.Names[audience]),
                AudienceValue = audience < 0 ? null : f[audience].ToElement(body),
                Data = data.IsObject ? data.ToElement(body) : null,
                TriggeredAt = now,
            });
        }

        return AppOutcome.Ok(new TriggerAnswer(id), AppJsonContext.Default.TriggerAnswer);
    }
}
