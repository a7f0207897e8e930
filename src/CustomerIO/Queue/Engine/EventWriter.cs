using System.Text.Json;
using CustomerIO.Serialization;
using CustomerIO.Track;

namespace CustomerIO.Queue.Engine;

/// <summary>
/// The enqueue fast path for person events, page and screen views: writes the Track v2 operation straight into a
/// reused per-thread buffer and copies it once into the thread's <see cref="OperationArena"/> segment. No
/// intermediate objects, no ULID string; a plain <see cref="Dictionary{TKey, TValue}"/> of primitive values is
/// written directly (no boxed enumerator, no serializer dispatch per value), anything else by the serializer.
/// </summary>
internal static class EventWriter
{
    // The SDK's writer settings (so a replaced surrogate is recognisable), without the checks the code here makes needless.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = WireJson.WriterOptions.Encoder, SkipValidation = true };

    [ThreadStatic]
    private static State? t_state;

    /// <summary>Serializes the operation into the calling thread's arena segment; throws <see cref="CustomerIOValidationException"/> on a limit.</summary>
    public static ArenaSegment Write(PersonIdentifier person, ReadOnlySpan<byte> action, string name, IReadOnlyDictionary<string, object?>? data, EventOptions? options, out int offset, out int length)
    {
        EventBodies.Name(name);
        var value = PersonOperation.Checked(person, nameof(person)).Value;
        var state = t_state ??= new State();
        var buffer = state.Buffer;
        var json = state.Json;
        buffer.Reset();
        json.Reset(buffer);

        json.WriteStartObject();
        json.WriteString("type"u8, "person"u8);
        json.WriteString("action"u8, action);
        json.WriteStartObject("identifiers"u8);
        json.WriteString(person.WireName, value);
        json.WriteEndObject();
        json.WriteString("name"u8, name);
        if (options?.Id is { } id)
        {
            Validation.Guard.Ulid(id, "options.Id");
            json.WriteString("id"u8, id);
        }
        else
        {
            Span<char> ulid = stackalloc char[26];
            Ulid.NewUlid().TryWriteStringify(ulid);
            json.WriteString("id"u8, ulid);
        }

        if (options?.Timestamp is { } timestamp)
        {
            Validation.Guard.Timestamp(timestamp, "options.Timestamp");
            json.WriteNumber("timestamp"u8, timestamp.ToUnixTimeSeconds());
        }

        if (data is not null)
        {
            json.WritePropertyName("attributes"u8);
            var before = json.BytesCommitted + json.BytesPending;
            if (!PrimitiveDictionary.TryWrite(json, data))
            {
                Serialize(json, data);
            }

            var size = json.BytesCommitted + json.BytesPending - before;
            if (size > CustomerIOLimits.MaxEventDataBytes)
            {
                throw Validation.Guard.TooLarge(EventBodies.DataParameter, "event data", CustomerIOLimits.MaxEventDataBytes, size);
            }
        }

        json.WriteEndObject();
        json.Flush();
        if (data is not null)
        {
            // The name and identifier are checked already; only the data can hold a text the writer replaced.
            WireJson.RefuseReplacedSurrogates(buffer.WrittenSpan, EventBodies.DataParameter);
        }

        length = buffer.WrittenCount;
        if (length > CustomerIOLimits.MaxOperationBytes)
        {
            throw Validation.Guard.TooLarge("operation", "person event operation", CustomerIOLimits.MaxOperationBytes, length);
        }

        return OperationArena.Append(buffer.WrittenSpan, out offset);
    }

    private static void Serialize(Utf8JsonWriter json, IReadOnlyDictionary<string, object?> data) =>
#pragma warning disable CS8620 // Older source generators annotate the metadata without nullable values.
        WireJson.Write(json, data, CustomerIOJsonContext.Wire.IReadOnlyDictionaryStringObject, EventBodies.DataParameter);
#pragma warning restore CS8620

    /// <summary>One thread's reusable buffer and writer.</summary>
    private sealed class State
    {
        public State()
        {
            Buffer = new ReusableBufferWriter();
            Json = new Utf8JsonWriter(Buffer, WriterOptions);
        }

        public ReusableBufferWriter Buffer { get; }

        public Utf8JsonWriter Json { get; }
    }
}
