using CustomerIO.Emulator.Json;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.Track.V1;

/// <summary><c>POST /api/v1/merge_customers</c>: <c>{"primary":{"id"|"email"|"cio_id":..},"secondary":{..}}</c>.</summary>
internal sealed partial class TrackV1Handlers
{
    private static readonly byte[][] MergeFields = ["primary"u8.ToArray(), "secondary"u8.ToArray()];

    internal OperationError? Merge(HttpContext context, ReadOnlySpan<byte> body, JsonSlice root, DateTimeOffset now, out string? ignored)
    {
        ignored = null;
        Span<JsonSlice> f = stackalloc JsonSlice[2];
        JsonFields.Read(body, root, MergeFields, f);
        var error = IdentifierRules.ParsePerson(body, f[0], "primary", out var primaryKind, out var primary);
        if (error is not null)
        {
            return error;
        }

        error = IdentifierRules.ParsePerson(body, f[1], "secondary", out var secondaryKind, out var secondary);
        if (error is null && !State.SinkMode)
        {
            ignored = State.Merge(primaryKind, primary.GetString(body), secondaryKind, secondary.GetString(body), now);
        }

        return error;
    }
}
