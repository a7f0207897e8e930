using System.Text.Json.Nodes;
using CustomerIO.Emulator.State;

namespace CustomerIO.Emulator.App.Campaigns;

/// <summary>
/// Metrics computed from what the emulator stores: each delivery counts as <c>created</c>, <c>attempted</c> and
/// <c>sent</c> when it was queued (the emulator sends at once), and every delivery metric reported for it
/// (<c>/api/v1/metrics</c>, push events, Pipelines) counts under its name when it was reported; every open and click
/// also counts as human (the emulator detects no machines).
/// </summary>
internal static class DeliveryMetrics
{
    /// <summary>The series every report carries, zeros where nothing happened.</summary>
    public static readonly string[] Names =
        ["attempted", "bounced", "clicked", "converted", "created", "delivered", "drafted", "dropped", "failed", "human_clicked", "human_opened", "opened", "sent", "spammed", "undeliverable", "unsubscribed"];

    private static readonly string[] AtQueue = ["created", "attempted", "sent"];

    /// <summary>
    /// Whether a delivery reached a metric, as a test built once per request: the metrics ring is read once, not once
    /// per delivery.
    /// </summary>
    public static Func<EmulatedDelivery, bool> Reached(EmulatorState state, string metric)
    {
        if (AtQueue.Contains(metric))
        {
            return static _ => true;
        }

        var reached = state.Metrics.Snapshot().Where(m => m.Metric == metric).Select(m => m.DeliveryId).ToHashSet(StringComparer.Ordinal);
        return delivery => reached.Contains(delivery.DeliveryId);
    }

    /// <summary>The metric events of some deliveries: name, when, the clicked link, and the delivery.</summary>
    public static List<(string Metric, DateTimeOffset At, string? Href, string DeliveryId)> Events(EmulatorState state, IReadOnlyCollection<EmulatedDelivery> deliveries)
    {
        var ids = deliveries.Select(d => d.DeliveryId).ToHashSet(StringComparer.Ordinal);
        var events = deliveries.SelectMany(d => AtQueue.Select(m => (m, d.QueuedAt, (string?)null, d.DeliveryId))).ToList();
        foreach (var metric in state.Metrics.Snapshot().Where(m => ids.Contains(m.DeliveryId)))
        {
            var at = metric.Timestamp is { } seconds ? DateTimeOffset.FromUnixTimeSeconds(seconds) : metric.ReceivedAt;
            events.Add((metric.Metric, at, metric.Href, metric.DeliveryId));
            if (metric.Metric is "opened" or "clicked")
            {
                events.Add(("human_" + metric.Metric, at, metric.Href, metric.DeliveryId));
            }
        }

        return events;
    }

    /// <summary><c>{"series":{name:[count per period]}}</c> for <paramref name="names"/>.</summary>
    public static JsonObject Series(MetricsWindow window, IEnumerable<(string Metric, DateTimeOffset At)> events, IReadOnlyList<string> names)
    {
        var counts = names.ToDictionary(n => n, _ => new long[window.Starts.Count], StringComparer.Ordinal);
        foreach (var (metric, at) in events)
        {
            if (counts.TryGetValue(metric, out var series) && window.IndexOf(at) is var index and >= 0)
            {
                series[index]++;
            }
        }

        var body = new JsonObject();
        foreach (var name in names)
        {
            body[name] = new JsonArray([.. counts[name].Select(c => (JsonNode)c)]);
        }

        return new JsonObject { ["series"] = body };
    }
}
