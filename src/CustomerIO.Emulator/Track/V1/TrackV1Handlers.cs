using System.Text;
using System.Text.Json;
using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.Json;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.Track.V1;

/// <summary>
/// Track API v1 (<c>/api/v1/...</c> and <c>/unsubscribe/...</c>), routed by <see cref="TrackRoutes"/>. Each endpoint
/// reads its body into a pooled buffer, validates, applies (unless in sink mode), counts and returns an
/// <see cref="Reply"/>. Endpoints live in partial files by resource. Request bodies stay on the span readers of
/// <c>Track/Shared</c> rather than being deserialized into records: they are the v2 hot path's own rules and code
/// (sizes measured on raw or unescaped bytes, values stored raw), so v1 and v2 cannot drift apart.
/// </summary>
internal sealed partial class TrackV1Handlers(EmulatorRuntime runtime)
{
    /// <summary>Processes a parsed body; answers an error, or null with the reason it was ignored (if any).</summary>
    internal delegate OperationError? BodyProcessor(HttpContext context, ReadOnlySpan<byte> body, JsonSlice root, DateTimeOffset now, out string? ignored);

    /// <summary>Processes a request without a body.</summary>
    internal delegate OperationError? PathProcessor(HttpContext context, DateTimeOffset now, out string? ignored);

    /// <summary>v1 answers validation errors as <c>{"meta":{"errors":[..]}}</c>, or on some endpoints <c>{"meta":{"error":".."}}</c>.</summary>
    internal enum ErrorShape
    {
        Errors,
        Error,
    }

    private EmulatorState State => runtime.State;

    /// <summary>An endpoint with a JSON body: read into a pooled buffer (at most 1 MB), parsed, processed, answered and counted.</summary>
    public RequestDelegate WithBody(string operation, ErrorShape shape, BodyProcessor process, bool allowEmpty = false, bool noContent = false) => Reply.Handler(async context =>
    {
        using var body = await PooledBody.ReadAsync(context.Request, Limits.V1BodyBytes, context.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            return Reject(shape, StatusCodes.Status413RequestEntityTooLarge, Errors.BodyTooLarge(Limits.V1BodyBytes));
        }

        context.Features.Get<RequestRecordFeature>()?.CaptureBody(body.Span);
        var error = Run(context, body.Span, process, allowEmpty, out var ignored);
        return Finish(operation, shape, error, ignored, noContent);
    });

    /// <summary>An endpoint addressed by its path only.</summary>
    public RequestDelegate WithoutBody(string operation, PathProcessor process) => Reply.Handler(context =>
    {
        var error = process(context, State.Now(), out var ignored);
        return Finish(operation, ErrorShape.Errors, error, ignored, noContent: false);
    });

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

    /// <summary>Counts the call; success answers are pre-serialized, so an accepted call allocates no answer.</summary>
    private Reply Finish(string operation, ErrorShape shape, OperationError? error, string? ignored, bool noContent)
    {
        if (error is { } e)
        {
            return Reject(shape, StatusCodes.Status400BadRequest, e);
        }

        State.Counters.AddAccepted(operation);
        if (ignored is not null)
        {
            State.Counters.AddIgnored(ignored);
        }

        return noContent ? Replies.NoContent : Replies.Ok;
    }

    private Reply Reject(ErrorShape shape, int status, OperationError error)
    {
        State.Counters.AddRejected(error.Reason);
        return shape == ErrorShape.Error ? Replies.MetaError(status, error.Message) : Replies.MetaErrors(status, error.Message);
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
