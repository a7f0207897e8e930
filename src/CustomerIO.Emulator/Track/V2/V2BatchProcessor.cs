using System.Buffers;
using System.Text.Json;
using CustomerIO.Emulator.Json;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.Track.Shared;
using CustomerIO.Emulator.Validation;

namespace CustomerIO.Emulator.Track.V2;

/// <summary>The outcome of one v2 request: a whole-request error (400), per-operation errors (207), or success.</summary>
internal sealed record V2Result(OperationError? RequestError, List<(int? Index, OperationError Error)>? ItemErrors)
{
    public static readonly V2Result Success = new(null, null);
}

/// <summary>
/// Parses a whole v2 body into a pooled array of operations first (so malformed JSON applies nothing),
/// validates each, then applies the valid ones in order. Counters are added once per request.
/// </summary>
internal static class V2BatchProcessor
{
    private const int ActionCount = (int)V2Action.Unsuppress + 1;
    private static readonly string[] OperationNames = BuildOperationNames();

    public static V2Result Process(EmulatorState state, ReadOnlySpan<byte> body, bool batch)
    {
        var operations = ArrayPool<V2Operation>.Shared.Rent(batch ? 512 : 1);
        var count = 0;
        try
        {
            var requestError = batch ? ReadBatch(body, ref operations, ref count) : ReadEntity(body, ref operations, ref count);
            if (requestError is { } error)
            {
                state.Counters.AddRejected(error.Reason);
                return new V2Result(error, null);
            }

            return Apply(state, body, operations.AsSpan(0, count), batch);
        }
        finally
        {
            ArrayPool<V2Operation>.Shared.Return(operations, clearArray: false);
        }
    }

    private static OperationError? ReadEntity(ReadOnlySpan<byte> body, ref V2Operation[] operations, ref int count)
    {
        try
        {
            if (JsonFields.IsBlank(body))
            {
                return Errors.Required("body");
            }

            // Decodability is checked once over the whole body: the reader below skips nested values unread.
            JsonText.EnsureDecodable(body);
            var reader = new Utf8JsonReader(body, isFinalBlock: true, state: default);
            reader.Read();

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return Errors.MustBeObject("body");
            }

            operations[0] = default;
            V2OperationReader.Read(ref reader, ref operations[0]);
            count = 1;
            return reader.Read() ? Errors.MalformedJson("unexpected content after the JSON value") : null;
        }
        catch (JsonException exception)
        {
            return Errors.MalformedJson(exception.Message);
        }
    }

    private static OperationError? ReadBatch(ReadOnlySpan<byte> body, ref V2Operation[] operations, ref int count)
    {
        try
        {
            if (JsonFields.IsBlank(body))
            {
                return Errors.Required("batch");
            }

            // Decodability is checked once over the whole body: the reader below skips nested values unread.
            JsonText.EnsureDecodable(body);
            var reader = new Utf8JsonReader(body, isFinalBlock: true, state: default);
            reader.Read();

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return Errors.MustBeObject("body");
            }

            var sawBatch = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (!reader.ValueTextEquals("batch"u8))
                {
                    reader.Read();
                    reader.Skip();
                    continue;
                }

                reader.Read();
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    return Errors.Invalid("batch", "batch must be an array of operations");
                }

                sawBatch = true;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (count == operations.Length)
                    {
                        Grow(ref operations);
                    }

                    ref var op = ref operations[count++];
                    op = default;
                    if (reader.TokenType == JsonTokenType.StartObject)
                    {
                        V2OperationReader.Read(ref reader, ref op);
                    }
                    else
                    {
                        var item = JsonSlice.Capture(ref reader, 0);
                        op.Start = item.Start;
                        op.Length = item.Length;
                        op.Error = Errors.MustBeObject("operation");
                    }
                }
            }

            if (reader.Read())
            {
                return Errors.MalformedJson("unexpected content after the JSON value");
            }

            if (!sawBatch)
            {
                return Errors.Required("batch");
            }

            return count == 0 ? Errors.Invalid("batch", "batch must hold at least one operation") : null;
        }
        catch (JsonException exception)
        {
            return Errors.MalformedJson(exception.Message);
        }
    }

    private static V2Result Apply(EmulatorState state, ReadOnlySpan<byte> body, Span<V2Operation> operations, bool batch)
    {
        Span<int> accepted = stackalloc int[4 * ActionCount];
        accepted.Clear();
        List<(int? Index, OperationError Error)>? errors = null;
        long duplicates = 0, events = 0;
        var now = state.Now();
        for (var i = 0; i < operations.Length; i++)
        {
            ref var op = ref operations[i];
            var error = op.Error ?? V2OperationValidator.Validate(body, ref op);
            if (error is { } e)
            {
                state.Counters.AddRejected(e.Reason);
                (errors ??= []).Add((batch ? i : null, e));
                continue;
            }

            accepted[((int)op.Type * ActionCount) + (int)op.Action]++;
            if (op.IsEventLike)
            {
                if (EventRules.IsDuplicate(state, body, op.Fields[V2Field.Id]))
                {
                    duplicates++;
                    continue;
                }

                events++;
            }

            if (state.SinkMode)
            {
                continue;
            }

            if (V2OperationApplier.Apply(state, body, ref op, now) is { } ignored)
            {
                state.Counters.AddIgnored(ignored);
            }
        }

        for (var i = 0; i < accepted.Length; i++)
        {
            if (accepted[i] != 0)
            {
                state.Counters.AddAccepted(OperationNames[i], accepted[i]);
            }
        }

        state.Counters.AddDuplicates(duplicates);
        state.CountEventsReceived(events);
        if (errors is null)
        {
            return V2Result.Success;
        }

        return batch ? new V2Result(null, errors) : new V2Result(errors[0].Error, null);
    }

    private static void Grow(ref V2Operation[] operations)
    {
        var larger = ArrayPool<V2Operation>.Shared.Rent(operations.Length * 2);
        operations.AsSpan().CopyTo(larger);
        ArrayPool<V2Operation>.Shared.Return(operations, clearArray: false);
        operations = larger;
    }

    private static string[] BuildOperationNames()
    {
        var names = new string[4 * ActionCount];
        foreach (var type in Enum.GetValues<EntityType>())
        {
            foreach (var action in Enum.GetValues<V2Action>())
            {
                names[((int)type * ActionCount) + (int)action] = $"{Snake(type.ToString())}.{Snake(action.ToString())}";
            }
        }

        return names;
    }

    private static string Snake(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : string.Empty) + char.ToLowerInvariant(c) : c.ToString()));
}
