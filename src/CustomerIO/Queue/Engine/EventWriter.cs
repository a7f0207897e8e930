using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using CustomerIO.Serialization;
using CustomerIO.Track;

namespace CustomerIO.Queue.Engine;

/// <summary>
/// The enqueue fast path for person events, page and screen views: writes the Track v2 operation straight into a
/// reused per-thread buffer and copies it once into a pooled array. No intermediate objects, no ULID string.
/// </summary>
internal static class EventWriter
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    [ThreadStatic]
    private static State? t_state;

    /// <summary>Serializes the operation into a rented array; throws <see cref="CustomerIOValidationException"/> on a limit.</summary>
    public static byte[] Write(PersonIdentifier person, ReadOnlySpan<byte> action, string name, IReadOnlyDictionary<string, object?>? data, EventOptions? options, out int length)
    {
        EventBodies.Name(name);
        var value = person.Value;
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
            Validation.Guard.NotEmpty(id, "options.Id", "event id");
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
            json.WriteNumber("timestamp"u8, timestamp.ToUnixTimeSeconds());
        }

        if (data is not null)
        {
            json.WritePropertyName("attributes"u8);
            var before = json.BytesCommitted + json.BytesPending;
            Serialize(json, data);
            var size = json.BytesCommitted + json.BytesPending - before;
            if (size > CustomerIOLimits.MaxEventDataBytes)
            {
                throw Validation.Guard.TooLarge(EventBodies.DataParameter, "event data", CustomerIOLimits.MaxEventDataBytes, size);
            }
        }

        json.WriteEndObject();
        json.Flush();

        length = buffer.WrittenCount;
        if (length > CustomerIOLimits.MaxOperationBytes)
        {
            throw Validation.Guard.TooLarge("operation", "person event operation", CustomerIOLimits.MaxOperationBytes, length);
        }

        var array = ArrayPool<byte>.Shared.Rent(length);
        buffer.WrittenSpan.CopyTo(array);
        return array;
    }

    private static void Serialize(Utf8JsonWriter json, IReadOnlyDictionary<string, object?> data)
    {
        try
        {
#pragma warning disable CS8620 // Older source generators annotate the metadata without nullable values.
            JsonSerializer.Serialize(json, data, CustomerIOJsonContext.Wire.IReadOnlyDictionaryStringObject);
#pragma warning restore CS8620
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException)
        {
            throw new CustomerIOValidationException(EventBodies.DataParameter, "A value's type cannot be serialized without reflection. " + e.Message);
        }
    }

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
