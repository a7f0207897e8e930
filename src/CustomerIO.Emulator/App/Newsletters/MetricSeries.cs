using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.App.Newsletters;

/// <summary>
/// Metrics over time, computed from what the emulator stores: each delivery counts as <c>created</c>,
/// <c>attempted</c> and <c>sent</c> when it was queued (the emulator sends at once), and each delivery metric reported
/// for it (<c>/api/v1/metrics</c>, push events, Track v2, Pipelines) counts under its name when it happened
/// (<c>opened</c> and <c>clicked</c> also as <c>human_*</c>: the emulator sees no machines). Periods start at 00:00 EST
/// as Customer.io documents (hours, days, weeks from Sunday, months from the 1st); the last period holds now.
/// </summary>
internal static partial class MetricSeries
{
    /// <summary>Every series a metrics answer holds, as the OpenAPI lists them.</summary>
    private static readonly string[] Names =
    [
        "attempted", "bounced", "clicked", "converted", "created", "deferred", "delivered", "drafted", "failed", "human_clicked",
        "human_opened", "link_untracked", "machine_clicked", "open_untracked", "opened", "prefetch_opened", "replied", "sent",
        "spammed", "suppressed", "topic_unsubscribed", "tracking_consent_denied", "tracking_consent_granted", "undeliverable",
        "unsubscribed", "untracked",
    ];

    private static readonly TimeSpan Est = TimeSpan.FromHours(-5);

    /// <summary>The requested periods: <c>period</c> (hours, days by default, weeks, months) and <c>steps</c> (1 to the period's maximum; the maximum, or 12 months, by default).</summary>
    public static OperationError? Parse(HttpContext context, DateTimeOffset now, out IReadOnlyList<DateTimeOffset> starts)
    {
        starts = [];
        var query = context.Request.Query;
        var period = query["period"].ToString();
        period = period.Length == 0 ? "days" : period;
        var max = period switch { "hours" => 24, "days" => 45, "weeks" => 12, "months" => 121, _ => 0 };
        if (max == 0)
        {
            return Errors.Invalid("period", "period must be one of hours, days, weeks, months");
        }

        var steps = period == "months" ? 12 : max;
        var text = query["steps"].ToString();
        if (text.Length > 0 && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out steps) || steps < 1 || steps > max))
        {
            return Errors.Invalid("steps", string.Create(CultureInfo.InvariantCulture, $"steps must be 1 to {max} for {period}"));
        }

        var local = now.ToOffset(Est);
        var current = period switch
        {
            "hours" => new DateTimeOffset(local.Year, local.Month, local.Day, local.Hour, 0, 0, Est),
            "days" => new DateTimeOffset(local.Year, local.Month, local.Day, 0, 0, 0, Est),
            "weeks" => new DateTimeOffset(local.Year, local.Month, local.Day, 0, 0, 0, Est).AddDays(-(int)local.DayOfWeek),
            _ => new DateTimeOffset(local.Year, local.Month, 1, 0, 0, 0, Est),
        };
        var list = new DateTimeOffset[steps + 1];
        for (var i = 0; i <= steps; i++)
        {
            var back = steps - 1 - i;
            list[i] = period switch
            {
                "hours" => current.AddHours(-back),
                "days" => current.AddDays(-back),
                "weeks" => current.AddDays(-7 * back),
                _ => current.AddMonths(-back),
            };
        }

        starts = list;
        return null;
    }

    /// <summary><c>{"series":{name:[..]}}</c> of these deliveries over the periods (<paramref name="starts"/> holds one boundary more than there are periods).</summary>
    public static JsonObject Of(EmulatorState state, IReadOnlyList<EmulatedDelivery> deliveries, IReadOnlyList<DateTimeOffset> starts)
    {
        var counts = Names.ToDictionary(n => n, _ => new long[starts.Count - 1], StringComparer.Ordinal);
        foreach (var delivery in deliveries)
        {
            foreach (var name in (string[])["created", "attempted", "sent"])
            {
                Count(counts[name], starts, delivery.QueuedAt);
            }
        }

        var ids = deliveries.Select(d => d.DeliveryId).ToHashSet(StringComparer.Ordinal);
        foreach (var metric in state.Metrics.Snapshot().Where(m => ids.Contains(m.DeliveryId)))
        {
            var at = When(metric);
            if (counts.TryGetValue(metric.Metric, out var series))
            {
                Count(series, starts, at);
            }

            if (metric.Metric is "opened" or "clicked")
            {
                Count(counts["human_" + metric.Metric], starts, at);
            }
        }

        return new JsonObject { ["series"] = Series(counts) };
    }

    /// <summary>
    /// <c>{"links":[..]}</c>: every link of <paramref name="bodies"/> (their <c>href</c>s, in order) and every link clicked
    /// in these deliveries, numbered from 1 in that order; <c>unique</c> counts each person once per link and period.
    /// </summary>
    public static JsonObject Links(EmulatorState state, IReadOnlyList<EmulatedDelivery> deliveries, IEnumerable<string?> bodies, IReadOnlyList<DateTimeOffset> starts, bool unique)
    {
        var byId = deliveries.ToDictionary(d => d.DeliveryId, StringComparer.Ordinal);
        var clicks = state.Metrics.Snapshot().Where(m => m.Metric == "clicked" && m.Href is not null && byId.ContainsKey(m.DeliveryId)).ToList();
        var hrefs = bodies.SelectMany(b => b is null ? [] : Href().Matches(b).Select(m => m.Groups["href"].Value))
            .Concat(clicks.Select(c => c.Href!)).Distinct(StringComparer.Ordinal).ToList();
        var links = new JsonArray();
        for (var i = 0; i < hrefs.Count; i++)
        {
            var clicked = new long[starts.Count - 1];
            var people = new HashSet<(int, string)>();
            foreach (var click in clicks.Where(c => c.Href == hrefs[i]))
            {
                var index = Index(starts, When(click));
                if (index >= 0 && (!unique || people.Add((index, byId[click.DeliveryId].PersonCioId ?? click.DeliveryId))))
                {
                    clicked[index]++;
                }
            }

            var series = new Dictionary<string, long[]>(StringComparer.Ordinal)
            {
                ["clicked"] = clicked, ["human_clicked"] = clicked, ["machine_clicked"] = new long[clicked.Length],
            };
            links.Add(new JsonObject
            {
                ["link"] = new JsonObject { ["id"] = i + 1, ["href"] = hrefs[i] },
                ["metric"] = new JsonObject { ["series"] = Series(series) },
            });
        }

        return new JsonObject { ["links"] = links };
    }

    private static DateTimeOffset When(EmulatedDeliveryMetric metric) =>
        metric.Timestamp is { } seconds ? DateTimeOffset.FromUnixTimeSeconds(seconds) : metric.ReceivedAt;

    private static JsonObject Series(IReadOnlyDictionary<string, long[]> counts)
    {
        var series = new JsonObject();
        foreach (var (name, values) in counts)
        {
            series[name] = new JsonArray([.. values.Select(v => (JsonNode)v)]);
        }

        return series;
    }

    private static void Count(long[] series, IReadOnlyList<DateTimeOffset> starts, DateTimeOffset at)
    {
        var index = Index(starts, at);
        if (index >= 0)
        {
            series[index]++;
        }
    }

    private static int Index(IReadOnlyList<DateTimeOffset> starts, DateTimeOffset at)
    {
        for (var i = 0; i < starts.Count - 1; i++)
        {
            if (at >= starts[i] && at < starts[i + 1])
            {
                return i;
            }
        }

        return -1;
    }

    [GeneratedRegex("href=\"(?<href>[^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex Href();
}
