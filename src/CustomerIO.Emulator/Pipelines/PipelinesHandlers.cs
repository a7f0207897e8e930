using System.Buffers;
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

    private static readonly byte[][] BatchFields = ["batch"u8.ToArray(), "sentAt"u8.ToArray()];

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

        // A batch holds up to a few thousand messages: their slices live in a rented array, not a growing list.
        var messages = new ValidMessages();
        try
        {
            string? batchSentAt = null;
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
                    batchSentAt = ReadBatch(body, root, ref messages, errors);
                }
                else
                {
                    var message = PipelinesMessage.Read(body, root, call);
                    Check(body, ref message, null, ref messages, errors);
                }
            }
            catch (JsonException exception)
            {
                errors.Add(Errors.MalformedJson(exception.Message));
                return errors;
            }

            if (errors.Count == 0 || !strict)
            {
                Apply(body, messages.Span, batchSentAt);
            }

            return errors;
        }
        finally
        {
            messages.Return();
        }
    }

    /// <summary>Reads a batch's messages; answers its own <c>sentAt</c>, if it has a valid one.</summary>
    private static string? ReadBatch(ReadOnlySpan<byte> body, JsonSlice root, ref ValidMessages messages, List<OperationError> errors)
    {
        Span<JsonSlice> f = stackalloc JsonSlice[2];
        JsonFields.Read(body, root, BatchFields, f);
        if (!f[0].IsArray)
        {
            errors.Add(f[0].IsPresent && !f[0].IsNull ? Errors.Invalid("batch", "batch must be an array") : Errors.Required("batch"));
            return null;
        }

        string? sentAt = null;
        if (f[1].IsPresent && !f[1].IsNull)
        {
            if (f[1].IsString && DateTimeOffset.TryParse(f[1].GetString(body), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out _))
            {
                sentAt = f[1].GetString(body);
            }
            else
            {
                errors.Add(Errors.Invalid("sentAt", "sentAt must be an ISO-8601 date"));
            }
        }

        var reader = f[0].Reader(body);
        reader.Read();
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var item = JsonSlice.Capture(ref reader, f[0].Start);
            var position = index++;
            if (!item.IsObject)
            {
                errors.Add(Errors.MustBeObject(Prefix(position)));
                continue;
            }

            var message = PipelinesMessage.Read(body, item, PipelinesCall.Unknown);
            Check(body, ref message, position, ref messages, errors);
        }

        return sentAt;
    }

    /// <summary>Where a batch item's errors point: <c>batch[3]</c>, written only when there is an error to point at.</summary>
    private static string Prefix(int position) => "batch[" + position.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";

    // position: the item's index in the batch; null for a single call.
    private static void Check(ReadOnlySpan<byte> body, ref PipelinesMessage message, int? position, ref ValidMessages messages, List<OperationError> errors)
    {
        var error = message.Root.Length > PipelinesLimits.CallBytes
            ? new OperationError(ErrorReasons.TooLarge, "message", $"a message must be at most {PipelinesLimits.CallBytes} bytes")
            : PipelinesValidator.Validate(body, ref message);
        if (error is { } e)
        {
            errors.Add(position is not { } at ? e : e with { Field = Prefix(at) + "." + e.Field });
        }
        else
        {
            messages.Add(in message);
        }
    }

    /// <summary>De-duplicates, records and applies the valid messages, counting them once per call rather than per message.</summary>
    private void Apply(ReadOnlySpan<byte> body, ReadOnlySpan<PipelinesMessage> messages, string? batchSentAt)
    {
        var now = State.Now();
        Span<int> accepted = stackalloc int[PipelinesMessage.CallCount];
        accepted.Clear();
        long duplicates = 0;
        foreach (ref readonly var message in messages)
        {
            var messageId = message[M.MessageId];
            var duplicate = messageId.IsString && messageId.Length > 2 && IsDuplicate(body, messageId);
            if (!State.SinkMode)
            {
                Record(body, in message, duplicate, batchSentAt, now);
            }

            if (duplicate)
            {
                duplicates++;
            }
            else if (!State.SinkMode && PipelinesApplier.Apply(State, body, in message, now) is { } ignored)
            {
                State.Counters.AddIgnored(ignored);
            }

            accepted[(int)message.Call]++;
        }

        State.Counters.AddDuplicateMessages(duplicates);
        for (var call = 0; call < accepted.Length; call++)
        {
            State.Counters.AddAccepted(PipelinesMessage.CounterName((PipelinesCall)call), accepted[call]);
        }
    }

    /// <summary>Keeps the message as received, for inspection.</summary>
    private void Record(ReadOnlySpan<byte> body, in PipelinesMessage message, bool duplicate, string? batchSentAt, DateTimeOffset now)
    {
        using var document = JsonDocument.Parse(message.Root.ToArray(body));
        State.PipelinesMessages.Add(new EmulatedPipelinesMessage
        {
            Type = PipelinesMessage.Name(message.Call),
            MessageId = Text(body, message[M.MessageId]),
            UserId = Text(body, message[M.UserId]),
            AnonymousId = Text(body, message[M.AnonymousId]),
            Event = Text(body, message[M.Event]),
            Duplicate = duplicate,
            SentAt = Text(body, message[M.SentAt]) ?? batchSentAt,
            Body = document.RootElement.Clone(),
            ReceivedAt = now,
        });
    }

    private static string? Text(ReadOnlySpan<byte> body, JsonSlice value) => value.IsString || value.IsNumber ? value.GetString(body) : null;

    /// <summary>Message ids share the Track de-duplication window, in their own namespace (prefixed <c>cdp:</c>).</summary>
    /// <summary>Whether the message id was seen before (kept as <c>cdp:</c> and its unescaped bytes, apart from Track's event ids).</summary>
    private bool IsDuplicate(ReadOnlySpan<byte> body, JsonSlice messageId)
    {
        // Per message at volume: built in a rented buffer, not as strings.
        var key = ArrayPool<byte>.Shared.Rent(4 + messageId.Length);
        try
        {
            "cdp:"u8.CopyTo(key);
            var length = messageId.Unescape(body, key.AsSpan(4));
            return State.IsDuplicateEvent(key.AsSpan(0, 4 + length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(key);
        }
    }

    /// <summary>The messages of one call that passed validation, in an array rented for the call.</summary>
    private struct ValidMessages
    {
        private PipelinesMessage[]? _items;
        private int _count;

        public readonly ReadOnlySpan<PipelinesMessage> Span => _items.AsSpan(0, _count);

        public void Add(in PipelinesMessage message)
        {
            if (_items is null || _count == _items.Length)
            {
                var larger = ArrayPool<PipelinesMessage>.Shared.Rent(Math.Max(16, _count * 2));
                Span.CopyTo(larger);
                Return();
                _items = larger;
            }

            _items[_count++] = message;
        }

        /// <summary>Gives the array back (its slices hold no references, so it needs no clearing).</summary>
        public readonly void Return()
        {
            if (_items is not null)
            {
                ArrayPool<PipelinesMessage>.Shared.Return(_items);
            }
        }
    }
}
