using System.Globalization;
using System.Text;
using System.Text.Json;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.App.Exports;

/// <summary>
/// <c>POST /exports/deliveries</c>: exactly one of <c>newsletter_id</c>, <c>campaign_id</c>,
/// <c>transactional_message_id</c> or <c>action_id</c> names the source; <c>start</c>/<c>end</c> (unix seconds) bound it,
/// <c>metric</c> keeps the deliveries that reached it, <c>attributes</c> add person columns. The CSV is made at once from
/// the deliveries the emulator stores and downloads like a people export. The emulator keeps no newsletter deliveries,
/// so a newsletter export is empty.
/// </summary>
internal sealed partial class ExportHandlers
{
    private static readonly string[] Sources = ["newsletter_id", "campaign_id", "transactional_message_id", "action_id"];

    public RequestDelegate CreateDeliveries => AppEndpoint.WithBody(State, "app.create_deliveries_export", (_, body, _, now) =>
    {
        using var document = JsonDocument.Parse(body.ToArray());
        var root = document.RootElement;
        var named = Sources.Where(s => root.TryGetProperty(s, out var v) && v.ValueKind != JsonValueKind.Null).ToList();
        if (named.Count != 1)
        {
            return AppOutcome.Fail(Errors.Invalid("body", "exactly one of newsletter_id, campaign_id, transactional_message_id or action_id is required"));
        }

        var source = named[0];
        if (root.GetProperty(source) is not { ValueKind: JsonValueKind.Number } idValue || !idValue.TryGetInt64(out var id))
        {
            return AppOutcome.Fail(Errors.Invalid(source, source + " must be an integer"));
        }

        if (Seconds(root, "start", out var start) is { } startError)
        {
            return AppOutcome.Fail(startError);
        }

        if (Seconds(root, "end", out var end) is { } endError)
        {
            return AppOutcome.Fail(endError);
        }

        var metric = root.TryGetProperty("metric", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
        var columns = root.TryGetProperty("attributes", out var attributes) && attributes.ValueKind == JsonValueKind.Array
            ? attributes.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.String).Select(a => a.GetString()!).ToList()
            : [];
        var text = id.ToString(CultureInfo.InvariantCulture);
        var deliveries = State.Deliveries.Snapshot()
            .Where(d => source switch
            {
                "campaign_id" => d.CampaignId == id,
                "action_id" => d.ActionId == id,
                "transactional_message_id" => d.TransactionalMessageId == text,
                _ => false,
            })
            .Where(d => (start is null || d.QueuedAt >= start) && (end is null || d.QueuedAt <= end))
            .Where(d => metric is null or "created" or "attempted" or "sent" || State.Metrics.Snapshot().Any(r => r.DeliveryId == d.DeliveryId && r.Metric == metric))
            .ToList();
        var csv = new StringBuilder().AppendLine(string.Join(",", new[] { "delivery_id", "type", "customer_id", "email", "recipient", "subject", "campaign_id", "broadcast_id", "action_id", "transactional_message_id", "created" }.Concat(columns).Select(Csv)));
        foreach (var delivery in deliveries)
        {
            var person = delivery.PersonCioId is { } cio ? State.FindPerson("cio_" + cio) : null;
            var cells = new[]
            {
                delivery.DeliveryId, delivery.Type, person?.Id, person?.Email, delivery.To, delivery.Subject,
                Number(delivery.CampaignId), Number(delivery.BroadcastId), Number(delivery.ActionId), delivery.TransactionalMessageId,
                delivery.QueuedAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            }.Concat(columns.Select(c => person is not null && person.Attributes.TryGetValue(c, out var v) ? (v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText()) : null));
            csv.AppendLine(string.Join(",", cells.Select(Csv)));
        }

        var record = State.Exports.Add("deliveries", "Deliveries export (emulated)", deliveries.Count, now, Encoding.UTF8.GetBytes(csv.ToString()));
        return AppOutcome.Ok(new ExportAnswer(ExportBody.Of(record)), Json.ExportAnswer);
    });

    private static OperationError? Seconds(JsonElement root, string field, out DateTimeOffset? time)
    {
        time = null;
        if (!root.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var seconds) || seconds < 0 || seconds > 253_402_300_799)
        {
            return Errors.MustBeNumber(field);
        }

        time = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return null;
    }

    private static string? Number(long? value) => value?.ToString(CultureInfo.InvariantCulture);
}
