using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CustomerIO.Emulator.App.Campaigns;
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
    /// <c>GET /campaigns/{broadcast_id}/triggers/{trigger_id}/errors</c>: the trigger's errors (<see cref="BroadcastSend"/>),
    /// paged by <c>start</c> (an offset) and <c>limit</c>, <c>next</c> the offset of the following page; a trigger the
    /// emulator does not know is a 404.
    /// </summary>
    public Reply TriggerErrors(HttpContext context)
    {
        if (FindTrigger(context) is not { } trigger)
        {
            return Replies.MetaError(StatusCodes.Status404NotFound, "trigger not found");
        }

        if (Reads.Page.Parse(context, out var page) is { } error)
        {
            return AppEndpoint.Finish(State, "app.get_broadcast_trigger_errors", AppOutcome.Fail(error));
        }

        var next = page.Next(trigger.Errors.Count);
        var body = new JsonObject { ["errors"] = new JsonArray([.. page.Of(trigger.Errors, e => (JsonNode)e)]) };
        if (next.Length > 0)
        {
            body["next"] = int.Parse(next, System.Globalization.CultureInfo.InvariantCulture);
        }

        return AppEndpoint.Finish(State, "app.get_broadcast_trigger_errors", AppOutcome.Ok(body, AppJsonContext.Default.JsonObject));
    }

    /// <summary><c>GET /campaigns/{broadcast_id}/triggers/{trigger_id}</c>: <c>{"trigger":{id, broadcast_id, created_at, processed_at}}</c>.</summary>
    public Reply TriggerStatus(HttpContext context) =>
        FindTrigger(context) is { } trigger
            ? AppEndpoint.Finish(State, "app.get_broadcast_trigger_status", AppOutcome.Ok(new JsonObject { ["trigger"] = Status(trigger) }, AppJsonContext.Default.JsonObject))
            : Replies.MetaError(StatusCodes.Status404NotFound, "trigger not found");

    /// <summary><c>GET /broadcasts/{broadcast_id}/triggers</c>: every trigger of a seeded broadcast, oldest first.</summary>
    public Reply Triggers(HttpContext context)
    {
        var broadcast = RawPath.Segment(context, 3);
        if (!long.TryParse(broadcast, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            || !State.Resources.TryGet(CampaignResources.Broadcasts, out var store) || store.Find(id) is null)
        {
            return Replies.MetaError(StatusCodes.Status404NotFound, "broadcast not found");
        }

        var triggers = State.BroadcastTriggers.Snapshot().Where(t => t.BroadcastId == broadcast).Select(t => (JsonNode)Status(t));
        return AppEndpoint.Finish(State, "app.get_broadcast_triggers", AppOutcome.Ok(new JsonObject { ["triggers"] = new JsonArray([.. triggers]) }, AppJsonContext.Default.JsonObject));
    }

    private EmulatedBroadcastTrigger? FindTrigger(HttpContext context)
    {
        var broadcast = RawPath.Segment(context, 3);
        return long.TryParse(RawPath.Segment(context, 5), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? State.BroadcastTriggers.Snapshot().FirstOrDefault(t => t.Id == id && t.BroadcastId == broadcast)
            : null;
    }

    private static JsonObject Status(EmulatedBroadcastTrigger trigger) => new()
    {
        ["id"] = trigger.Id,
        ["broadcast_id"] = long.TryParse(trigger.BroadcastId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null,
        ["created_at"] = trigger.TriggeredAt.ToUnixTimeSeconds(),
        ["processed_at"] = trigger.ProcessedAt?.ToUnixTimeSeconds(),
    };

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
            var broadcast = RawPath.Segment(context, 3);
            var audienceName = audience < 0 ? null : Encoding.UTF8.GetString(BroadcastAudience.Names[audience]);
            var audienceValue = audience < 0 ? (JsonElement?)null : f[audience].ToElement(body);
            var liquid = data.IsObject ? data.ToElement(body) : (JsonElement?)null;
            using var document = JsonDocument.Parse(root.IsPresent ? body.ToArray() : "{}"u8.ToArray());
            var (deliveries, errors) = BroadcastSend.Plan(State, broadcast, audienceName, audienceValue, liquid, document.RootElement, now);
            State.BroadcastTriggers.Add(new EmulatedBroadcastTrigger
            {
                Id = id,
                BroadcastId = broadcast,
                Audience = audienceName,
                AudienceValue = audienceValue,
                Data = liquid,
                TriggeredAt = now,
                ProcessedAt = now,
                Errors = errors,
            });
            foreach (var delivery in deliveries)
            {
                State.Deliveries.Add(delivery);
            }
        }

        return AppOutcome.Ok(new TriggerAnswer(id), AppJsonContext.Default.TriggerAnswer);
    }
}
