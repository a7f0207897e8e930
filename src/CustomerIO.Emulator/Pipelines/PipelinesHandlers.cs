using System.Text.Json;
using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.Json;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.Pipelines;

/// <summary>
/// <c>POST /cdp/v1/identify|track|page|screen|group|alias|batch</c> (routed by <see cref="PipelinesRoutes"/>). Each valid message is de-duplicated by
/// <c>messageId</c>, applied (unless in sink mode) and counted as <c>cdp.&lt;type&gt;</c>. Invalid or
/// oversized calls answer <c>200 {}</c> and are dropped (counted by reason); with <c>X-Strict-Mode: 1</c>
/// they answer <c>400 {"errors":[{reason,field,message}]}</c> and a batch with any invalid message applies nothing.
/// </summary>
internal sealed class PipelinesHandlers(EmulatorRuntime runtime, PipelinesApiModule module)
{
    public const string UnauthorizedReason = "unauthorized";

    public static readonly OperationError Unauthorized = new(UnauthorizedReason, "authorization", "unauthorized: check the write key");

    private static readonly byte[][] BatchFields = ["batch"u8.ToArray()];

    private EmulatorState State => runtime.State;

    /// <summary>The single calls, each with its path under <c>/cdp/v1/</c>.</summary>
    public static IReadOnlyList<PipelinesCall> Calls { get; } =
        [PipelinesCall.Identify, PipelinesCall.Track, PipelinesCall.Page, PipelinesCall.Screen, PipelinesCall.Group, PipelinesCall.Alias];

    public Task<Reply> Single(HttpContext context, PipelinesCall call) => HandleAsync(context, call);

    public Task<Reply> Batch(HttpContext context) => HandleAsync(context, PipelinesCall.Unknown);

    private async Task<Reply> HandleAsync(HttpContext context, PipelinesCall call)
    {
        var strict = PipelinesApiModule.IsStrict(context);
        if (!module.HasCredentials(context))
        {
            // Only reached in permissive mode: strict calls without credentials were answered 401 at the front door.
            State.Counters.AddPipelinesDropped(UnauthorizedReason);
            return Replies.Ok;
        }

        var batch = call == PipelinesCall.Unknown;
        var limit = batch ? PipelinesLimits.BatchBytes : PipelinesLimits.CallBytes;
        using var body = await PooledBody.ReadAsync(context.Request, limit, context.RequestAborted).ConfigureAwait(false);
        List<OperationError> errors;
        if (body is null)
        {
            errors = [new OperationError(ErrorReasons.TooLarge, batch ? "batch" : "body", $"{(batch ? "a batch" : "a call")} must be at most {limit} bytes")];
        }
        else
        {
            context.Features.Get<RequestRecordFeature>()?.CaptureBody(body.Span);
            errors = Process(body.Span, call, strict);
        }

        if (errors.Count > 0 && strict)
        {
            foreach (var error in errors)
            {
                State.Counters.AddRejected(error.Reason);
            }

            return Replies.V2Errors(StatusCodes.Status400BadRequest, [.. errors.Select(e => ((int?)null, e))]);
        }

        foreach (var error in errors)
        {
            State.Counters.AddPipelinesDropped(error.Reason);
        }

        return Replies.Ok;
    }

    /// <summary>Validates, then applies the valid messages (in strict mode only when all are valid); answers the errors.</summary>
    private List<OperationError> Process(ReadOnlySpan<byte> body, PipelinesCall call, bool strict)
    {
        var errors = new List<OperationError>();
        var messages = new List<PipelinesMessage>();
        try
        {
            var root = JsonFields.Root(body);
            if (!root.IsObject)
            {
                errors.Add(root.IsPresent ? Errors.MustBeObject("body") : Errors.Required("body"));
                return errors;
            }

            if (call == PipelinesCall.Unknown)
            {
                ReadBatch(body, root, messages, errors);
            }
            else
            {
                var message = PipelinesMessage.Read(body, root, call);
                Check(body, ref message, null, messages, errors);
            }
        }
        catch (JsonException exception)
        {
            errors.Add(Errors.MalformedJson(exception.Message));
            return errors;
        }

        if (errors.Count > 0 && strict)
        {
            return errors;
        }

        var now = State.Now();
        foreach (var message in messages)
        {
            Apply(body, in message, now);
        }

        return errors;
    }

    private static void ReadBatch(ReadOnlySpan<byte> body, JsonSlice root, List<PipelinesMessage> messages, List<OperationError> errors)
    {
        Span<JsonSlice> f = stackalloc JsonSlice[1];
        JsonFields.Read(body, root, BatchFields, f);
        if (!f[0].IsArray)
        {
            errors.Add(f[0].IsPresent && !f[0].IsNull ? Errors.Invalid("batch", "batch must be an array") : Errors.Required("batch"));
            return;
        }

        var reader = f[0].Reader(body);
        reader.Read();
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var item = JsonSlice.Capture(ref reader, f[0].Start);
            var prefix = $"batch[{index++}]";
            if (!item.IsObject)
            {
                errors.Add(Errors.MustBeObject(prefix));
                continue;
            }

            var message = PipelinesMessage.Read(body, item, PipelinesCall.Unknown);
            Check(body, ref message, prefix, messages, errors);
        }
    }

    private static void Check(ReadOnlySpan<byte> body, ref PipelinesMessage message, string? prefix, List<PipelinesMessage> messages, List<OperationError> errors)
    {
        var error = message.Root.Length > PipelinesLimits.CallBytes
            ? new OperationError(ErrorReasons.TooLarge, "message", $"a message must be at most {PipelinesLimits.CallBytes} bytes")
            : PipelinesValidator.Validate(body, ref message);
        if (error is { } e)
        {
            errors.Add(prefix is null ? e : e with { Field = prefix + "." + e.Field });
        }
        else
        {
            messages.Add(message);
        }
    }

    private void Apply(ReadOnlySpan<byte> body, in PipelinesMessage message, DateTimeOffset now)
    {
        var messageId = message[M.MessageId];
        if (messageId.IsString && messageId.Length > 2 && IsDuplicate(body, messageId))
        {
            State.Counters.AddDuplicateMessage();
        }
        else if (!State.SinkMode && PipelinesApplier.Apply(State, body, in message, now) is { } ignored)
        {
            State.Counters.AddIgnored(ignored);
        }

        State.Counters.AddAccepted("cdp." + PipelinesMessage.Name(message.Call));
    }

    /// <summary>Message ids share the Track de-duplication window, in their own namespace (prefixed <c>cdp:</c>).</summary>
    private bool IsDuplicate(ReadOnlySpan<byte> body, JsonSlice messageId)
    {
        var id = System.Text.Encoding.UTF8.GetBytes("cdp:" + messageId.GetString(body));
        return State.IsDuplicateEvent(id);
    }
}
