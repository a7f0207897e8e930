using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.Json;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.Track.Shared;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.Track.V1;

/// <summary><c>/api/v1/customers/{identifier}</c>: identify, delete, suppress, unsuppress, devices.</summary>
internal sealed partial class TrackV1Handlers
{
    private const int IdentifierSegment = 3;
    private const int DeviceTokenSegment = 5;

    internal OperationError? Identify(HttpContext context, ReadOnlySpan<byte> body, JsonSlice root, DateTimeOffset now, out string? ignored)
    {
        ignored = null;
        var error = PathIdentifier(context, IdentifierSegment, out var identifier);
        if (error is not null)
        {
            return error;
        }

        var command = State.SinkMode ? null : new IdentifyCommand();
        error = IdentifyParser.Parse(body, root, "attributes", command, v1: true);
        if (error is not null || command is null)
        {
            return error;
        }

        ignored = State.Identify(IdentifierKind.Path, identifier, command, now);
        return null;
    }

    internal OperationError? Delete(HttpContext context, DateTimeOffset now, out string? ignored)
    {
        ignored = null;
        var error = PathIdentifier(context, IdentifierSegment, out var identifier);
        if (error is null && !State.SinkMode)
        {
            ignored = State.DeletePerson(IdentifierKind.Path, identifier);
        }

        return error;
    }

    internal OperationError? Suppress(HttpContext context, DateTimeOffset now, out string? ignored)
    {
        ignored = null;
        var error = PathIdentifier(context, IdentifierSegment, out var identifier);
        if (error is null && !State.SinkMode)
        {
            State.Suppress(IdentifierKind.Path, identifier);
        }

        return error;
    }

    internal OperationError? Unsuppress(HttpContext context, DateTimeOffset now, out string? ignored)
    {
        ignored = null;
        var error = PathIdentifier(context, IdentifierSegment, out var identifier);
        if (error is null && !State.SinkMode)
        {
            State.Unsuppress(IdentifierKind.Path, identifier);
        }

        return error;
    }

    private static readonly byte[][] DeviceBodyFields = ["device"u8.ToArray()];

    internal OperationError? AddDevice(HttpContext context, ReadOnlySpan<byte> body, JsonSlice root, DateTimeOffset now, out string? ignored)
    {
        ignored = null;
        var error = PathIdentifier(context, IdentifierSegment, out var identifier);
        if (error is not null)
        {
            return error;
        }

        Span<JsonSlice> fields = stackalloc JsonSlice[1];
        JsonFields.Read(body, root, DeviceBodyFields, fields);
        error = DeviceParser.Parse(body, fields[0], v1: true, tokenOnly: false, out var device);
        if (error is null && !State.SinkMode)
        {
            ignored = State.AddDevice(IdentifierKind.Path, identifier, device!, now);
        }

        return error;
    }

    internal OperationError? DeleteDevice(HttpContext context, DateTimeOffset now, out string? ignored)
    {
        ignored = null;
        var error = PathIdentifier(context, IdentifierSegment, out var identifier);
        var token = RawPath.Segment(context, DeviceTokenSegment);
        if (error is null && token.Length == 0)
        {
            error = Errors.Required("device token");
        }

        if (error is null && !State.SinkMode)
        {
            ignored = State.DeleteDevice(IdentifierKind.Path, identifier, token);
        }

        return error;
    }
}
