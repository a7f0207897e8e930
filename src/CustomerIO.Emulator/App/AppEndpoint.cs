using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.Json;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.App;

/// <summary>What an App API handler decided: an error (400 or 422, <c>{"meta":{"error":".."}}</c>) or a typed answer.</summary>
internal readonly record struct AppOutcome(int Status, OperationError? Error, Reply? Reply)
{
    public static AppOutcome Fail(OperationError error, int status = StatusCodes.Status400BadRequest) => new(status, error, null);

    /// <summary>A <c>200</c> whose body is a record of <see cref="AppJsonContext"/>.</summary>
    public static AppOutcome Ok<T>(T body, JsonTypeInfo<T> typeInfo) => new(StatusCodes.Status200OK, null, Reply.Json(body, typeInfo));
}

/// <summary>Processes a parsed App API body (a JSON object, or default when empty and allowed).</summary>
internal delegate AppOutcome AppBodyProcessor(HttpContext context, ReadOnlySpan<byte> body, JsonSlice root, DateTimeOffset now);

/// <summary>
/// The shared shape of App API endpoints: for writes, the body read once into a pooled buffer (at most
/// <see cref="MaxBodyBytes"/>) and parsed; for every call, the outcome counted and turned into a <see cref="Reply"/>.
/// </summary>
internal static class AppEndpoint
{
    /// <summary>The emulator's own cap: 2 MB of attachments take about 2.7 MB as base64.</summary>
    public const int MaxBodyBytes = 8 * 1024 * 1024;

    public static RequestDelegate WithBody(EmulatorState state, string operation, AppBodyProcessor process, bool allowEmpty = false) => Reply.Handler(async context =>
    {
        using var body = await PooledBody.ReadAsync(context.Request, MaxBodyBytes, context.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            return Finish(state, operation, AppOutcome.Fail(Errors.BodyTooLarge(MaxBodyBytes), StatusCodes.Status413RequestEntityTooLarge));
        }

        context.Features.Get<RequestRecordFeature>()?.CaptureBody(body.Span);
        return Finish(state, operation, Run(context, state, body.Span, process, allowEmpty));
    });

    /// <summary>Counts the outcome (accepted under <paramref name="operation"/>, or rejected by reason) and answers it.</summary>
    public static Reply Finish(EmulatorState state, string operation, AppOutcome outcome)
    {
        if (outcome.Error is { } error)
        {
            state.Counters.AddRejected(error.Reason);
            return Replies.MetaError(outcome.Status, error.Message);
        }

        state.Counters.AddAccepted(operation);
        return outcome.Reply!;
    }

    private static AppOutcome Run(HttpContext context, EmulatorState state, ReadOnlySpan<byte> body, AppBodyProcessor process, bool allowEmpty)
    {
        JsonSlice root;
        try
        {
            root = JsonFields.Root(body);
        }
        catch (JsonException exception)
        {
            return AppOutcome.Fail(Errors.MalformedJson(exception.Message));
        }

        if (!root.IsPresent && !allowEmpty)
        {
            return AppOutcome.Fail(Errors.Required("body"));
        }

        if (root.IsPresent && !root.IsObject)
        {
            return AppOutcome.Fail(Errors.MustBeObject("body"));
        }

        return process(context, body, root, state.Now());
    }
}
