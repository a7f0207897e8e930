using System.Text.Json.Nodes;
using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.App.Campaigns;

/// <summary>
/// The metrics of a campaign or broadcast and of their actions (routed by <see cref="AppRoutes"/>), counted from the
/// deliveries they sent and the metrics reported for those (<see cref="DeliveryMetrics"/>): series over periods
/// (<see cref="MetricsWindow"/>), clicks per link, and a campaign's journeys.
/// </summary>
internal sealed class MetricsHandlers(EmulatorState state, ParentKind parent, ParentReadHandlers reads)
{
    private static readonly string[] LinkNames = ["clicked", "human_clicked", "machine_clicked"];

    public Reply Metrics(HttpContext context) =>
        Report(context, "app.get_" + parent.One + "_metrics", action: false);

    public Reply ActionMetrics(HttpContext context) =>
        Report(context, "app.get_" + parent.One + "_action_metrics", action: true);

    public Reply Links(HttpContext context) =>
        LinkReport(context, "app.get_" + parent.One + "_metrics_links", action: false);

    public Reply ActionLinks(HttpContext context) =>
        LinkReport(context, "app.get_" + parent.One + "_action_metrics_links", action: true);

    /// <summary>
    /// A campaign's journeys: each person's journey starts with the first delivery the campaign sent them; started,
    /// activated and messaged count those journeys by the period they started in, converted those with a reported
    /// <c>converted</c> metric; the emulator runs no filters, exits or journey ends, so the other stages stay zero.
    /// </summary>
    public Reply Journey(HttpContext context)
    {
        const string operation = "app.get_campaign_journey_metrics";
        if (reads.Find(context) is not { } item)
        {
            return reads.Missing();
        }

        if (MetricsWindow.ByRange(context, state.Now(), "resolution", required: true, out var window) is { } error)
        {
            return AppEndpoint.Finish(state, operation, AppOutcome.Fail(error));
        }

        var id = ResourceStore.IdOf(item)!.Value;
        var deliveries = state.Deliveries.Snapshot().Where(d => parent.Sent(d, id)).ToList();
        var converted = DeliveryMetrics.Events(state, deliveries).Where(e => e.Metric == "converted").Select(e => e.DeliveryId).ToHashSet(StringComparer.Ordinal);
        var journeys = deliveries
            .GroupBy(d => d.PersonCioId ?? string.Join("|", d.Identifiers.Values), StringComparer.Ordinal)
            .Select(g => (Start: g.Min(d => d.QueuedAt), Converted: g.Any(d => converted.Contains(d.DeliveryId))))
            .ToList();
        var stages = new[] { "started", "activated", "never_activated", "exited_early", "messaged", "converted", "finished" };
        var events = journeys.SelectMany(j => new[] { "started", "activated", "messaged" }.Concat(j.Converted ? ["converted"] : Array.Empty<string>()).Select(s => (s, j.Start)));
        var series = (JsonObject)DeliveryMetrics.Series(window, events, stages)["series"]!.DeepClone();
        return Ok(operation, new JsonObject { ["journey_metric"] = series });
    }

    private Reply Report(HttpContext context, string operation, bool action)
    {
        if (Deliveries(context, action, out var missing) is not { } deliveries)
        {
            return missing!;
        }

        var now = state.Now();
        OperationError? error;
        MetricsWindow window;
        var ranged = false;
        if (parent == ParentKind.Campaign)
        {
            var version = context.Request.Query["version"].ToString();
            if (version.Length == 0)
            {
                return AppEndpoint.Finish(state, operation, AppOutcome.Fail(Errors.Required("version")));
            }

            if (version is not ("1" or "2"))
            {
                return AppEndpoint.Finish(state, operation, AppOutcome.Fail(Errors.Invalid("version", "version must be 1 or 2")));
            }

            ranged = version == "2";
            error = ranged ? MetricsWindow.ByRange(context, now, "res", required: false, out window) : MetricsWindow.ByPeriod(context, now, 120, out window);
        }
        else
        {
            error = MetricsWindow.ByPeriod(context, now, 121, out window);
        }

        if (error is { } refused)
        {
            return AppEndpoint.Finish(state, operation, AppOutcome.Fail(refused));
        }

        var events = DeliveryMetrics.Events(state, Typed(context, deliveries)).Select(e => (e.Metric, e.At));
        var body = new JsonObject { ["metric"] = DeliveryMetrics.Series(window, events, DeliveryMetrics.Names) };
        if (ranged)
        {
            body["start"] = MetricsWindow.Format(window.Starts.Count > 0 ? window.Starts[0] : window.End);
            body["end"] = MetricsWindow.Format(window.End);
            body["res"] = window.Unit;
        }

        return Ok(operation, body);
    }

    private Reply LinkReport(HttpContext context, string operation, bool action)
    {
        if (Deliveries(context, action, out var missing) is not { } deliveries)
        {
            return missing!;
        }

        if (MetricsWindow.ByPeriod(context, state.Now(), 121, out var window) is { } error)
        {
            return AppEndpoint.Finish(state, operation, AppOutcome.Fail(error));
        }

        var unique = context.Request.Query["unique"].ToString() == "true";
        var clicks = DeliveryMetrics.Events(state, Typed(context, deliveries)).Where(e => e.Metric is "clicked" or "human_clicked" && e.Href is not null).ToList();
        var links = new JsonArray();
        foreach (var (href, index) in clicks.Select(c => c.Href!).Distinct(StringComparer.Ordinal).Select((h, i) => (h, i)))
        {
            var ofLink = clicks.Where(c => c.Href == href);
            if (unique)
            {
                // A person (delivery) who clicks twice in a period counts once.
                ofLink = ofLink.GroupBy(c => (c.Metric, c.DeliveryId, window.IndexOf(c.At))).Select(g => g.First());
            }

            links.Add(new JsonObject
            {
                ["link"] = new JsonObject { ["id"] = index + 1, ["href"] = href },
                ["metric"] = DeliveryMetrics.Series(window, ofLink.Select(c => (c.Metric, c.At)), LinkNames),
            });
        }

        return Ok(operation, new JsonObject { ["links"] = links });
    }

    /// <summary>The deliveries of the item (or of its action) the path names; null with the 404 when it does not exist.</summary>
    private List<EmulatedDelivery>? Deliveries(HttpContext context, bool action, out Reply? missing)
    {
        missing = null;
        if (reads.Find(context) is not { } item)
        {
            missing = reads.Missing();
            return null;
        }

        if (!action)
        {
            var id = ResourceStore.IdOf(item)!.Value;
            return [.. state.Deliveries.Snapshot().Where(d => parent.Sent(d, id))];
        }

        if (reads.FindAction(context) is not { } found)
        {
            missing = Replies.MetaError(StatusCodes.Status404NotFound, "action not found");
            return null;
        }

        var actionId = ResourceStore.IdOf(found)!.Value;
        return [.. state.Deliveries.Snapshot().Where(d => d.ActionId == actionId)];
    }

    private static List<EmulatedDelivery> Typed(HttpContext context, List<EmulatedDelivery> deliveries)
    {
        var type = context.Request.Query["type"].ToString();
        return type.Length == 0 ? deliveries : [.. deliveries.Where(d => d.Type == type)];
    }

    private Reply Ok(string operation, JsonObject body) =>
        AppEndpoint.Finish(state, operation, AppOutcome.Ok(body, AppJsonContext.Default.JsonObject));
}
