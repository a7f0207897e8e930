using System.Text;
using System.Text.Json;
using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.Json;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CustomerIO.Emulator.Track.V1;

/// <summary>
/// Track API v1 (<c>/api/v1/...</c> and <c>/unsubscribe/...</c>). Each endpoint reads its body into a pooled
/// buffer, validates, applies (unless in sink mode) and counts. Endpoints live in partial files by resource.
/// </summary>
internal sealed partial class TrackV1Handlers(EmulatorRuntime runtime)
{
    /// <summary>Processes a parsed body; answers an error, or null with the reason it was ignored (if any).</summary>
    private delegate OperationError? BodyProcessor(HttpContext context, ReadOnlySpan<byte> body, JsonSlice root, DateTimeOffset now, out string? ignored);

    /// <summary>Processes a request without a body.</summary>
    private delegate OperationError? PathProcessor(HttpContext context, DateTimeOffset now, out string? ignored);

    /// <summary>v1 answers validation errors as <c>{"meta":{"errors":[..]}}</c>, or on some endpoints <c>{"meta":{"error":".."}}</c>.</summary>
    private enum ErrorShape
    {
        Errors,
        Error,
    }

    private EmulatorState State => runtime.State;

    /// <summary>
    /// Whether a v1 path answers errors as <c>{"meta":{"errors":[..]}}</c>: the customer and event endpoints
    /// (<see cref="ErrorShape.Errors"/> in <see cref="Map"/>); the others answer <c>{"meta":{"error":".."}}</c>.
    /// </summary>
    public static bool UsesErrorList(PathString path) =>
        path.StartsWithSegments("/api/v1/customers") || path.StartsWithSegments("/api/v1/events");

    public void Map(IEndpointRouteBuilder endpoints)
    {
        var v1 = endpoints.MapGroup("/api/v1");
        v1.MapPut("/customers/{identifier}", WithBody("v1.identify", ErrorShape.Errors, Identify, allowEmpty: true));
        v1.MapDelete("/customers/{identifier}", WithoutBody("v1.delete", Delete));
        v1.MapPost("/customers/{identifier}/suppress", WithoutBody("v1.suppress", Suppress));
        v1.MapPost("/customers/{identifier}/unsuppress", WithoutBody("v1.unsuppress", Unsuppress));
        v1.MapPost("/customers/{identifier}/events", WithBody("v1.event", ErrorShape.Errors, PersonEvent));
        v1.MapPost("/events", WithBody("v1.anonymous_event", ErrorShape.Errors, AnonymousEvent));
        v1.MapPut("/customers/{identifier}/devices", WithBody("v1.add_device", ErrorShape.Errors, AddDevice));
        v1.MapDelete("/customers/{identifier}/devices/{token}", WithoutBody("v1.delete_device", DeleteDevice));
        v1.MapPost("/merge_customers", WithBody("v1.merge", ErrorShape.Error, Merge));
        v1.MapPost("/push/events", WithBody("v1.push_event", ErrorShape.Error, PushEvent));
        v1.MapPost("/metrics", WithBody("v1.metric", ErrorShape.Error, Metric));
        v1.MapPost("/segments/{segment_id}/add_customers", WithBody("v1.segment_add", ErrorShape.Error, SegmentAdd));
        v1.MapPost("/segments/{segment_id}/remove_customers", WithBody("v1.segment_remove", ErrorShape.Error, SegmentRemove));
        v1.MapPost("/forms/{form_id}/submit", WithBody("v1.form", ErrorShape.Error, Form, successStatus: StatusCodes.Status204NoContent));
        v1.MapGet("/accounts/region", Region);
        endpoints.MapPost("/unsubscribe/{delivery_id}", WithBody("unsubscribe", ErrorShape.Error, Unsubscribe));
    }

    private RequestDelegate WithBody(string operation, ErrorShape shape, BodyProcessor process, bool allowEmpty = false, int successStatus = StatusCodes.Status200OK) => async context =>
    {
        using var body = await PooledBody.ReadAsync(context.Request, Limits.V1BodyBytes, context.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            await RejectAsync(context, shape, StatusCodes.Status413RequestEntityTooLarge, Errors.BodyTooLarge(Limits.V1BodyBytes)).ConfigureAwait(false);
            return;
        }

        context.Features.Get<RequestRecordFeature>()?.CaptureBody(body.Span);
        var error = Run(context, body.Span, process, allowEmpty, out var ignored);
        await FinishAsync(context, operation, shape, error, ignored, successStatus).ConfigureAwait(false);
    };

    private RequestDelegate WithoutBody(string operation, PathProcessor process) => async context =>
    {
        var error = process(context, State.Now(), out var ignored);
        await FinishAsync(context, operation, ErrorShape.Errors, error, ignored, StatusCodes.Status200OK).ConfigureAwait(false);
    };

    private OperationError? Run(HttpContext context, ReadOnlySpan<byte> body, BodyProcessor process, bool allowEmpty, out string? ignored)
    {
        ignored = null;
        JsonSlice root;
        try
        {
            root = JsonFields.Root(body);
        }
        catch (JsonException exception)
        {
            return Errors.MalformedJson(exception.Message);
        }

        if (!root.IsPresent && !allowEmpty)
        {
            return Errors.Required("body");
        }

        if (root.IsPresent && !root.IsObject)
        {
            return Errors.MustBeObject("body");
        }

        return process(context, body, root, State.Now(), out ignored);
    }

    private async Task FinishAsync(HttpContext context, string operation, ErrorShape shape, OperationError? error, string? ignored, int successStatus)
    {
        if (error is { } e)
        {
            await RejectAsync(context, shape, StatusCodes.Status400BadRequest, e).ConfigureAwait(false);
            return;
        }

        State.Counters.AddAccepted(operation);
        if (ignored is not null)
        {
            State.Counters.AddIgnored(ignored);
        }

        if (successStatus == StatusCodes.Status204NoContent)
        {
            context.Response.StatusCode = successStatus;
            return;
        }

        await Responses.Ok(context).ConfigureAwait(false);
    }

    private Task RejectAsync(HttpContext context, ErrorShape shape, int status, OperationError error)
    {
        State.Counters.AddRejected(error.Reason);
        return shape == ErrorShape.Error
            ? Responses.MetaError(context, status, error.Message)
            : Responses.MetaErrors(context, status, error.Message);
    }

    /// <summary>Reads and checks the path identifier at segment <paramref name="index"/> (id, email or cio_ id; at most 150 bytes).</summary>
    private static OperationError? PathIdentifier(HttpContext context, int index, out string identifier)
    {
        identifier = RawPath.Segment(context, index);
        var length = Encoding.UTF8.GetByteCount(identifier);
        if (length == 0)
        {
            return Errors.IdentifierEmpty("identifier");
        }

        return length > Limits.IdentifierBytes ? Errors.IdentifierTooLong("identifier") : null;
    }
}
