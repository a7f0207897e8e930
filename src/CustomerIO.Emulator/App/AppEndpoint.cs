using System.Text.Json;
using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.Json;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.App;

/// <summary>What an App API handler decided: an error (400 or 422, <c>{"meta":{"error":".."}}</c>) or a JSON answer.</summary>
internal readonly record struct AppOutcome(int Status, OperationError? Error, Action<Utf8JsonWriter>? Write)
{
    public static AppOutcome Fail(OperationError error, int status = StatusCodes.Status400BadRequest) => new(status, error, null);

    public static AppOutcome Ok(Action<Utf8JsonWriter> write) => new(StatusCodes.Status200OK, null, write);
}

/// <summary>Processes a parsed App API body (a JSON object, or default when empty and allowed).</summary>
internal delegate AppOutcome AppBodyProcessor(HttpContext context, ReadOnlySpan<byte> body, JsonSlice root, DateTimeOffset now);

/// <summary>
/// The shared shape of App API write endpoints: the body read once into a pooled buffer (at most
/// <see cref="MaxBodyBytes"/>), parsed, handed to the processor, answered and counted.
/// </summary>
internal static class AppEndpoint
{
    /// <summary>The emulator's own cap: 2 MB of attachments take about 2.7 MB as base64.</summary>
    public const int MaxBodyBytes = 8 * 1024 * 1024;

    public static RequestDelegate WithBody(EmulatorState state, string operation, AppBodyProcessor process, bool allowEmpty = false) => async context =>
    {
        using var body = await PooledBody.ReadAsync(context.Request, MaxBodyBytes, context.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            await FinishAsync(context, state, operation, AppOutcome.Fail(Errors.BodyTooLarge(MaxBodyBytes), StatusCodes.Status413RequestEntityTooLarge)).ConfigureAwait(false);
            return;
        }

        context.Features.Get<RequestRecordFeature>()?.CaptureBody(body.Span);
        await FinishAsync(context, state, operation, Run(context, state, body.Span, process, allowEmpty)).ConfigureAwait(false);
    };

    public static Task FinishAsync(HttpContext context, EmulatorState state, string operation, AppOutcome outcome)
    {
        if (outcome.Error is { } error)
        {
            state.Counters.AddRejected(error.Reason);
            return Responses.MetaError(context, outcome.Status, error.Message);
        }

        state.Counters.AddAccepted(operation);
        return Responses.Write(context, outcome.Status, outcome.Write!);
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
