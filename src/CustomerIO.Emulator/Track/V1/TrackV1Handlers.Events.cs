using CustomerIO.Emulator.Json;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.Track.Shared;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.Track.V1;

/// <summary><c>POST /api/v1/customers/{identifier}/events</c> and anonymous <c>POST /api/v1/events</c>.</summary>
internal sealed partial class TrackV1Handlers
{
    private static readonly byte[][] EventFields =
        ["name"u8.ToArray(), "id"u8.ToArray(), "type"u8.ToArray(), "timestamp"u8.ToArray(), "data"u8.ToArray(), "anonymous_id"u8.ToArray()];

    internal OperationError? PersonEvent(HttpContext context, ReadOnlySpan<byte> body, JsonSlice root, DateTimeOffset now, out string? ignored)
    {
        ignored = null;
        var error = PathIdentifier(context, IdentifierSegment, out var identifier);
        return error ?? TrackEvent(body, root, identifier, now, out ignored);
    }

    internal OperationError? AnonymousEvent(HttpContext context, ReadOnlySpan<byte> body, JsonSlice root, DateTimeOffset now, out string? ignored) =>
        TrackEvent(body, root, null, now, out ignored);

    private OperationError? TrackEvent(ReadOnlySpan<byte> body, JsonSlice root, string? identifier, DateTimeOffset now, out string? ignored)
    {
        ignored = null;
        Span<JsonSlice> f = stackalloc JsonSlice[6];
        JsonFields.Read(body, root, EventFields, f);
        var error = EventRules.Check(body, f[0], f[4], f[3], f[1], "data") ?? CheckType(body, f[2]);
        var anonymous = f[5];
        if (error is null && identifier is null && anonymous.IsPresent && !anonymous.IsNull)
        {
            error = IdentifierRules.CheckValue(body, anonymous, "anonymous_id");
        }

        if (error is not null)
        {
            return error;
        }

        if (EventRules.IsDuplicate(State, body, f[1]))
        {
            State.Counters.AddDuplicates(1);
            return null;
        }

        State.CountEventsReceived(1);
        if (State.SinkMode)
        {
            return null;
        }

        var name = f[0].Escaped ? f[0].GetString(body) : State.InternName(f[0].RawValue(body));
        var type = (f[2].IsString ? TypeName(body, f[2]) : null) ?? "event";
        var timestamp = f[3].IsPresent ? f[3].GetInt64(body) : null;
        Span<byte> scratch = stackalloc byte[256];
        var id = EventRules.IdBytes(body, f[1], scratch);
        var data = EventRules.Data(body, f[4]);
        if (identifier is null)
        {
            State.RecordAnonymousEvent(anonymous.IsString ? anonymous.GetString(body) : null, name, id, type, timestamp, data, now);
            return null;
        }

        ignored = State.RecordPersonEvent(IdentifierKind.Path, identifier, name, id, type, timestamp, data, now);
        return null;
    }

    private static OperationError? CheckType(ReadOnlySpan<byte> body, JsonSlice type)
    {
        if (!type.IsPresent || type.IsNull)
        {
            return null;
        }

        return type.IsString && TypeName(body, type) is not null ? null : Errors.Invalid("type", "type must be event, page or screen");
    }

    private static string? TypeName(ReadOnlySpan<byte> body, JsonSlice type) =>
        type.ValueEquals(body, "event"u8) ? "event"
        : type.ValueEquals(body, "page"u8) ? "page"
        : type.ValueEquals(body, "screen"u8) ? "screen"
        : null;
}
