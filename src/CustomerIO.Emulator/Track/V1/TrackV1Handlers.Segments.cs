using System.Globalization;
using System.Text.Json;
using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.Json;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.Track.V1;

/// <summary>Manual segments: <c>POST /api/v1/segments/{segment_id}/add_customers|remove_customers?id_type=id|email|cio_id</c>.</summary>
internal sealed partial class TrackV1Handlers
{
    private static readonly byte[][] SegmentFields = ["ids"u8.ToArray()];

    internal OperationError? SegmentAdd(HttpContext context, ReadOnlySpan<byte> body, JsonSlice root, DateTimeOffset now, out string? ignored) =>
        ChangeSegment(context, body, root, now, add: true, out ignored);

    internal OperationError? SegmentRemove(HttpContext context, ReadOnlySpan<byte> body, JsonSlice root, DateTimeOffset now, out string? ignored) =>
        ChangeSegment(context, body, root, now, add: false, out ignored);

    private OperationError? ChangeSegment(HttpContext context, ReadOnlySpan<byte> body, JsonSlice root, DateTimeOffset now, bool add, out string? ignored)
    {
        ignored = null;
        var segmentId = RawPath.Segment(context, 3);
        string idType = context.Request.Query["id_type"].ToString();
        IdentifierKind? kind = idType switch
        {
            "" or "id" => IdentifierKind.Id,
            "email" => IdentifierKind.Email,
            "cio_id" => IdentifierKind.CioId,
            _ => null,
        };
        if (kind is null)
        {
            return Errors.Invalid("id_type", "id_type must be id, email or cio_id");
        }

        Span<JsonSlice> f = stackalloc JsonSlice[1];
        JsonFields.Read(body, root, SegmentFields, f);
        if (!f[0].IsArray)
        {
            return Errors.Required("ids");
        }

        var ids = new List<string>();
        var reader = f[0].Reader(body);
        reader.Read();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var item = JsonSlice.Capture(ref reader, f[0].Start);
            var error = IdentifierRules.CheckValue(body, item, "ids");
            if (error is not null)
            {
                return error;
            }

            ids.Add(item.GetString(body));
        }

        if (ids.Count is < Limits.SegmentIdsMin or > Limits.SegmentIdsMax)
        {
            return Errors.Invalid("ids", string.Format(CultureInfo.InvariantCulture, "ids must hold {0} to {1} identifiers", Limits.SegmentIdsMin, Limits.SegmentIdsMax));
        }

        if (!State.SinkMode && State.ChangeSegment(segmentId, kind.Value, ids, add, now) > 0)
        {
            ignored = IgnoredReasons.NotFound;
        }

        return null;
    }
}
