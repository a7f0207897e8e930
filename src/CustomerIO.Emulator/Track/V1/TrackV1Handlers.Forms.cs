using System.Text.Json;
using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.Json;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.Track.Shared;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.Track.V1;

/// <summary><c>POST /api/v1/forms/{form_id}/submit</c>: answers 204.</summary>
internal sealed partial class TrackV1Handlers
{
    private static readonly byte[][] FormFields = ["data"u8.ToArray()];
    private static readonly byte[][] FormIdentityFields = ["email"u8.ToArray(), "id"u8.ToArray()];

    /// <summary>Records the submission; when <c>data</c> names an <c>email</c> or <c>id</c>, identifies that person with the fields.</summary>
    internal OperationError? Form(HttpContext context, ReadOnlySpan<byte> body, JsonSlice root, DateTimeOffset now, out string? ignored)
    {
        ignored = null;
        var formId = RawPath.Segment(context, 3);
        Span<JsonSlice> f = stackalloc JsonSlice[1];
        JsonFields.Read(body, root, FormFields, f);
        var data = f[0];
        if (!data.IsObject)
        {
            return data.IsPresent && !data.IsNull ? Errors.MustBeObject("data") : Errors.Required("data");
        }

        var command = new IdentifyCommand();
        var error = IdentifyParser.Parse(body, data, "data", command, v1: true);
        if (error is not null || State.SinkMode)
        {
            return error;
        }

        var reader = data.Reader(body);
        State.RecordForm(new EmulatedFormSubmission { FormId = formId, Data = JsonElement.ParseValue(ref reader), ReceivedAt = now });
        Span<JsonSlice> identity = stackalloc JsonSlice[2];
        JsonFields.Read(body, data, FormIdentityFields, identity);
        var (kind, key) = identity[1].IsString ? (IdentifierKind.Id, identity[1]) : (IdentifierKind.Email, identity[0]);
        if (key.IsString && IdentifierRules.CheckValue(body, key, "data") is null)
        {
            ignored = State.Identify(kind, key.GetString(body), command, now);
        }

        return null;
    }
}
