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
                if (call == PipelinesCall.Unknown)
                {
                    batchSentAt = ReadBatch(body, ref messages, errors);
                }
                else
                {
                    var root = JsonFields.Root(body);
                    if (!root.IsObject)
                    {
                        errors.Add(root.IsPresent ? Errors.MustBeObject("body") : Errors.Required("body"));
                        return errors;
                    }

                    var message = PipelinesMessage.Read(body, root, call);
                    Check(body, ref message, null, ref messages, errors);
                }
            }
            catch (JsonException exception)
            {
                // Malformed anywhere: the body is refused whole, whatever was read before the fault.
                errors.Clear();
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

    /// <summary>
    /// Reads a batch in one pass, as the Track API's batches are read: each message as the reader meets it (not captured,
    /// then read again), its errors by position, and the batch's own <c>sentAt</c>, answered when valid. Malformed
    /// JSON throws <see cref="JsonException"/>.
    /// </summary>
    private static string? ReadBatch(ReadOnlySpan<byte> body, ref ValidMessages messages, List<OperationError> errors)
    {
        if (JsonFields.IsBlank(body))
        {
            errors.Add(Errors.Required("body"));
            return null;
        }

        // Decodability is checked once over the whole body: the reader below skips nested values unread.
        JsonText.EnsureDecodable(body);
        var reader = new Utf8JsonReader(body, isFinalBlock: true, state: default);
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            JsonSlice.Capture(ref reader, 0);
            EnsureEnd(ref reader);
            errors.Add(Errors.MustBeObject("body"));
            return null;
        }

        JsonSlice batch = default, sentAt = default;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("batch"u8))
            {
                // The last "batch" wins, as a repeated key does everywhere else: forget what an earlier one held.
                reader.Read();
                messages.Clear();
                errors.Clear();
                batch = reader.TokenType == JsonTokenType.StartArray ? ReadItems(body, ref reader, ref messages, errors) : JsonSlice.Capture(ref reader, 0);
            }
            else if (reader.ValueTextEquals("sentAt"u8))
            {
                reader.Read();
                sentAt = JsonSlice.Capture(ref reader, 0);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        EnsureEnd(ref reader);
        if (!batch.IsArray)
        {
            errors.Add(batch.IsPresent && !batch.IsNull ? Errors.Invalid("batch", "batch must be an array") : Errors.Required("batch"));
            return null;
        }

        if (!sentAt.IsPresent || sentAt.IsNull)
        {
            return null;
        }

        if (sentAt.IsString && IsoTime.TryParse(body, sentAt, out _))
        {
            return sentAt.GetString(body);
        }

        // The batch's own error comes before its messages' errors.
        errors.Insert(0, Errors.Invalid("sentAt", "sentAt must be an ISO-8601 date"));
        return null;
    }

    /// <summary>Reads the batch array's items from its start to its end; answers the array's slice.</summary>
    private static JsonSlice ReadItems(ReadOnlySpan<byte> body, ref Utf8JsonReader reader, ref ValidMessages messages, List<OperationError> errors)
    {
        var start = (int)reader.TokenStartIndex;
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var position = index++;
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                JsonSlice.Capture(ref reader, 0);
                errors.Add(Errors.MustBeObject(Prefix(position)));
                continue;
            }

            var message = PipelinesMessage.ReadItem(body, ref reader);
            Check(body, ref message, position, ref messages, errors);
        }

        return new JsonSlice(start, (int)reader.BytesConsumed - start, JsonTokenType.StartArray, false);
    }

    private static void EnsureEnd(ref Utf8JsonReader reader)
    {
        if (reader.Read())
        {
            throw new JsonException("unexpected content after the JSON value");
        }
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

    /// <summary>Whether the message id was seen before (kept as <c>cdp:</c> and its unescaped bytes, apart from Track's event ids).</summary>
    private bool IsDuplicate(ReadOnlySpan<byte> body, JsonSlice messageId)
    {
        // Per message at volume: built on the stack (a rented buffer for an unusually long id), not as strings.
        const int StackBytes = 256;
        var rented = 4 + messageId.Length > StackBytes ? ArrayPool<byte>.Shared.Rent(4 + messageId.Length) : null;
        try
        {
            var key = rented is null ? stackalloc byte[StackBytes] : rented;
            "cdp:"u8.CopyTo(key);
            var length = messageId.Unescape(body, key.Slice(4));
            return State.IsDuplicateEvent(key.Slice(0, 4 + length));
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
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

        /// <summary>Forgets every message (the array is kept for the ones to come).</summary>
        public void Clear() => _count = 0;

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
