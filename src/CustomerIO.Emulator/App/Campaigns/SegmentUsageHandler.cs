using System.Globalization;
using System.Text.Json.Nodes;
using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.State;
using Microsoft.AspNetCore.Http;
using CustomerIO.Emulator.App.Resources;

namespace CustomerIO.Emulator.App.Campaigns;

/// <summary>
/// <c>GET /segments/{segment_id}/used_by</c>: the campaigns whose trigger or filter names the segment
/// (<c>trigger_segment_ids</c>, <c>filter_segment_ids</c>), and, when the Newsletters area keeps newsletters, those
/// whose <c>*segment_ids</c> fields name it, split by whether they were sent (<c>sent_at</c>). A segment exists while it
/// has members or was created through the App API, as the other segment reads decide.
/// </summary>
internal sealed class SegmentUsageHandler(EmulatorState state)
{
    public Reply UsedBy(HttpContext context)
    {
        var text = RawPath.Segment(context, 3);
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || (state.SegmentCatalog.Find(text) is null && !state.GetPeople().Any(p => p.Segments.Contains(text))))
        {
            return Replies.MetaError(StatusCodes.Status404NotFound, "segment not found");
        }

        var campaigns = state.Resources[CampaignResources.Campaigns].All()
            .Where(c => Names(c, "trigger_segment_ids", id) || Names(c, "filter_segment_ids", id))
            .Select(c => ResourceStore.IdOf(c)!.Value);
        var newsletters = state.Resources.TryGet("newsletters", out var store)
            ? store.All().Where(n => n.Any(p => p.Key.EndsWith("segment_ids", StringComparison.Ordinal) && Names(n, p.Key, id))).ToList()
            : [];
        var sent = newsletters.Where(n => ResourceJson.Long(n["sent_at"]) is > 0).ToList();
        var body = new JsonObject
        {
            ["segment_id"] = id,
            ["used_by"] = new JsonObject
            {
                ["campaigns"] = Ids(campaigns),
                ["draft_newsletters"] = Ids(newsletters.Except(sent).Select(n => ResourceStore.IdOf(n) ?? 0)),
                ["sent_newsletters"] = Ids(sent.Select(n => ResourceStore.IdOf(n) ?? 0)),
            },
        };
        return AppEndpoint.Finish(state, "app.get_segment_used_by", AppOutcome.Ok(body, AppJsonContext.Default.JsonObject));
    }

    private static bool Names(JsonObject item, string field, long id) =>
        item[field] is JsonArray ids && ids.Any(v => ResourceJson.Long(v) == id);

    private static JsonArray Ids(IEnumerable<long> ids) => new([.. ids.Select(i => (JsonNode)i)]);
}
