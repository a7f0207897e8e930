using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;
using CustomerIO.Queue.Engine;
using CustomerIO.Serialization;
using CustomerIO.Telemetry;
using CustomerIO.Validation;

namespace CustomerIO.Pipelines.Wire;

/// <summary>
/// Writes every Pipelines message, for the client and the queue alike: checks it (ids, names, the 32 KB limit with
/// the <c>sentAt</c> it gets when sent), then writes it into a reused per-thread buffer, stamping what is stamped
/// once, at creation: <c>messageId</c>, <c>timestamp</c> and <c>context.library</c>. The queue copies the bytes
/// into its arena; a <see cref="PipelinesMessage"/> into its own array.
/// </summary>
internal static class MessageWriter
{
    /// <summary>The name <c>context.library</c> gives this SDK (the <c>User-Agent</c>'s product token).</summary>
    public const string LibraryName = "CustomerIO-DotNet";

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = WireJson.WriterOptions.Encoder, SkipValidation = true };
    private static readonly JsonEncodedText Library = JsonEncodedText.Encode(LibraryName);
    private static readonly JsonEncodedText Version = JsonEncodedText.Encode(CustomerIOTelemetry.Version);

    /// <summary><c>{"library":{"name":..,"version":..}}</c>: the context of a message whose caller gave none.</summary>
    private static readonly byte[] LibraryOnlyContext = System.Text.Encoding.UTF8.GetBytes(
        "{\"library\":{\"name\":\"" + Library.ToString() + "\",\"version\":\"" + Version.ToString() + "\"}}");

    [ThreadStatic]
    private static State? t_state;

    /// <summary>
    /// Checks and writes the message; the bytes stay valid until the calling thread writes the next one.
    /// <paramref name="messageId"/> is used unless the options give one.
    /// </summary>
    /// <exception cref="CustomerIOValidationException">A check failed (the message names the parameter and the limit).</exception>
    public static ReadOnlySpan<byte> Write(in MessageParts parts, Guid messageId, DateTimeOffset now)
    {
        Check(parts);
        var state = t_state ??= new State();
        var buffer = state.Buffer;
        var json = state.Json;
        buffer.Reset();
        json.Reset(buffer);

        json.WriteStartObject();
        json.WriteString(Names.Type, parts.Type);
        WriteOptional(json, Names.UserId, parts.User.UserId);
        WriteOptional(json, Names.AnonymousId, parts.User.AnonymousId);
        WriteOptional(json, Names.PreviousId, parts.PreviousId);
        WriteOptional(json, Names.GroupId, parts.GroupId);
        WriteOptional(json, Names.Event, parts.Event);
        WriteOptional(json, Names.Name, parts.Name);
        WriteOptional(json, Names.Category, parts.Category);
        if (parts.Payload is not null || parts.TypedPayload is not null)
        {
            WritePayload(json, buffer, parts);
        }

        var options = parts.Options;
        if (options?.Context is null && options?.Integrations is null && parts.DeviceToken is null)
        {
            // The common case: a context of the library alone, the same bytes for every message.
            json.WritePropertyName(Names.Context);
            json.WriteRawValue(LibraryOnlyContext, skipInputValidation: true);
        }
        else
        {
            var contextStart = Position(json);
            WriteContext(json, parts, options?.Context);
            if (options?.Integrations is { } integrations)
            {
                ContextWriter.WriteIntegrations(json, integrations);
            }

            json.Flush();
            WireJson.RefuseReplacedSurrogates(buffer.WrittenSpan.Slice(contextStart), "options");
        }

        if (options?.MessageId is { } given)
        {
            json.WriteString(Names.MessageId, given);
        }
        else
        {
            // Hex digits and dashes need no escaping: written as they are, quoted.
            Span<byte> id = stackalloc byte[38];
            id[0] = id[37] = (byte)'"';
            Utf8Formatter.TryFormat(messageId, id.Slice(1), out _, new StandardFormat('D'));
            json.WritePropertyName(Names.MessageId);
            json.WriteRawValue(id, skipInputValidation: true);
        }

        Span<byte> time = stackalloc byte[SentAt.TimeLength + 2];
        time[0] = time[SentAt.TimeLength + 1] = (byte)'"';
        SentAt.WriteTime(options?.Timestamp ?? now, time.Slice(1));
        json.WritePropertyName(Names.Timestamp);
        json.WriteRawValue(time, skipInputValidation: true);
        json.WriteEndObject();
        json.Flush();

        var length = buffer.WrittenCount;
        if (length + SentAt.MessageOverhead > CustomerIOLimits.MaxPipelinesMessageBytes)
        {
            throw Guard.TooLarge("message", $"{parts.Type} message (with the sentAt it is sent with)", CustomerIOLimits.MaxPipelinesMessageBytes, length + SentAt.MessageOverhead);
        }

        return buffer.WrittenSpan;
    }

    /// <summary>Writes the message into the calling thread's arena segment (the queue's enqueue path).</summary>
    public static ArenaSegment WriteToArena(in MessageParts parts, DateTimeOffset now, out int offset, out int length)
    {
        var json = Write(parts, MessageIds.New(), now);
        length = json.Length;
        return OperationArena.Append(json, out offset);
    }

    /// <summary>The lane of a message: its <c>userId</c>'s, else its <c>anonymousId</c>'s, so each user's messages keep their order.</summary>
    public static int LaneHashOf(PipelinesUser user) =>
        user.UserId is { } id ? LaneHash.Of("userId", id) : LaneHash.Of("anonymousId", user.AnonymousId ?? string.Empty);

    private static void Check(in MessageParts parts)
    {
        var user = parts.User;
        switch (parts.Type)
        {
            case "alias":
                Guard.Text(user.UserId, "userId", CustomerIOLimits.MaxIdentifierBytes, "userId");
                Guard.Text(parts.PreviousId, "previousId", CustomerIOLimits.MaxIdentifierBytes, "previousId");
                break;
            case "track":
                Guard.Text(parts.Event, "event", CustomerIOLimits.MaxEventNameBytes, "event name");
                break;
            case "group":
                Guard.Text(parts.GroupId, "groupId", CustomerIOLimits.MaxIdentifierBytes, "groupId");
                break;
        }

        if (user.UserId is null && user.AnonymousId is null && !parts.IdentityOptional)
        {
            throw new CustomerIOValidationException("user", $"A {parts.Type} message needs a userId, an anonymousId, or both.");
        }

        Id(user.UserId, "user.UserId", "userId");
        Id(user.AnonymousId, "user.AnonymousId", "anonymousId");
        Optional(parts.DeviceToken, "token", "device token");
        Optional(parts.DeviceType, "type", "device type");
        Optional(parts.Name, "name", "name");
        Optional(parts.Category, "category", "category");
        if (parts.Options?.MessageId is { } messageId)
        {
            Guard.Text(messageId, "options.MessageId", CustomerIOLimits.MaxIdentifierBytes, "message id");
        }

        if (parts.Options?.Context is { } context)
        {
            ContextWriter.Check(context, "options.Context", deviceEvent: parts.DeviceToken is not null);
        }
    }

    private static void Id(string? value, string parameterName, string what)
    {
        if (value is not null)
        {
            Guard.Text(value, parameterName, CustomerIOLimits.MaxIdentifierBytes, what);
        }
    }

    private static void Optional(string? value, string parameterName, string what)
    {
        if (value is not null)
        {
            Guard.Text(value, parameterName, CustomerIOLimits.MaxPipelinesMessageBytes, what);
        }
    }

    private static void WriteOptional(Utf8JsonWriter json, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static void WritePayload(Utf8JsonWriter json, ReusableBufferWriter buffer, in MessageParts parts)
    {
        json.WritePropertyName(parts.PayloadIsTraits ? Names.Traits : Names.Properties);
        json.Flush();
        var start = buffer.WrittenCount;
        if (parts.TypedPayload is { } typed)
        {
            typed.Write(json, parts.PayloadParameter);
        }
        else if (!PrimitiveDictionary.TryWrite(json, parts.Payload!))
        {
#pragma warning disable CS8620 // Older source generators annotate the metadata without nullable values.
            WireJson.Write(json, parts.Payload!, PipelinesJsonContext.Wire.IReadOnlyDictionaryStringObject, parts.PayloadParameter);
#pragma warning restore CS8620
        }

        json.Flush();
        var written = buffer.WrittenSpan.Slice(start);
        if (written.Length == 0 || written[0] != (byte)'{')
        {
            throw new CustomerIOValidationException(parts.PayloadParameter, $"The {parts.PayloadParameter} must be a JSON object (a dictionary or a class), not a single value or an array.");
        }

        WireJson.RefuseReplacedSurrogates(written, parts.PayloadParameter);
    }

    private static void WriteContext(Utf8JsonWriter json, in MessageParts parts, PipelinesContext? context)
    {
        json.WriteStartObject("context"u8);
        if (context is not null)
        {
            ContextWriter.Write(json, context, "options.Context");
        }

        if (parts.DeviceToken is { } token)
        {
            json.WriteStartObject("device"u8);
            json.WriteString("token"u8, token);
            if (parts.DeviceType is { } type)
            {
                json.WriteString("type"u8, type);
            }

            json.WriteEndObject();
        }

        json.WriteStartObject("library"u8);
        json.WriteString("name"u8, Library);
        json.WriteString("version"u8, Version);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static int Position(Utf8JsonWriter json)
    {
        json.Flush();
        return (int)json.BytesCommitted;
    }

    /// <summary>The top-level property names, encoded once: the writer then checks none of them for escaping.</summary>
    private static class Names
    {
        public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
        public static readonly JsonEncodedText UserId = JsonEncodedText.Encode("userId");
        public static readonly JsonEncodedText AnonymousId = JsonEncodedText.Encode("anonymousId");
        public static readonly JsonEncodedText PreviousId = JsonEncodedText.Encode("previousId");
        public static readonly JsonEncodedText GroupId = JsonEncodedText.Encode("groupId");
        public static readonly JsonEncodedText Event = JsonEncodedText.Encode("event");
        public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
        public static readonly JsonEncodedText Category = JsonEncodedText.Encode("category");
        public static readonly JsonEncodedText Traits = JsonEncodedText.Encode("traits");
        public static readonly JsonEncodedText Properties = JsonEncodedText.Encode("properties");
        public static readonly JsonEncodedText Context = JsonEncodedText.Encode("context");
        public static readonly JsonEncodedText MessageId = JsonEncodedText.Encode("messageId");
        public static readonly JsonEncodedText Timestamp = JsonEncodedText.Encode("timestamp");
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
