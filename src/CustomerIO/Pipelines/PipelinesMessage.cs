using System.Text;
using CustomerIO.Pipelines.Wire;

namespace CustomerIO.Pipelines;

/// <summary>
/// One Data Pipelines message (<c>identify</c>, <c>track</c>, <c>page</c>, <c>screen</c>, <c>group</c> or
/// <c>alias</c>), checked and serialized once, when created, with its <c>messageId</c>, <c>timestamp</c> and
/// <c>context.library</c> stamped then; <c>sentAt</c> is stamped at each attempt to send it. Create messages with the
/// factories here and in <see cref="PipelinesSemanticEvents"/>; send them with <see cref="PipelinesClient"/> or
/// <see cref="PipelinesQueue"/>. Immutable, and safe to send again: Customer.io applies a <c>messageId</c> once.
/// </summary>
/// <remarks>
/// Traits, properties and context values may be strings, numbers, booleans, arrays, dictionaries,
/// <see cref="System.Text.Json.JsonElement"/> values and times; times are written as ISO-8601 text (the Segment spec's
/// way, unlike the Track API's Unix seconds). Text must be valid Unicode: one with an unpaired surrogate is refused.
/// </remarks>
public sealed partial class PipelinesMessage
{
    private readonly byte[] _json;

    private PipelinesMessage(string type, string messageId, DateTimeOffset timestamp, byte[] json, int laneHash)
    {
        Type = type;
        MessageId = messageId;
        Timestamp = timestamp;
        _json = json;
        LaneHash = laneHash;
    }

    /// <summary>The message's type: <c>identify</c>, <c>track</c>, <c>page</c>, <c>screen</c>, <c>group</c> or <c>alias</c>.</summary>
    public string Type { get; }

    /// <summary>The message's <c>messageId</c> (given, or a UUID stamped at creation).</summary>
    public string MessageId { get; }

    /// <summary>The message's <c>timestamp</c> (given, or the time of creation).</summary>
    public DateTimeOffset Timestamp { get; }

    /// <summary>The message's size as JSON, in bytes, without the <c>sentAt</c> added when it is sent.</summary>
    public int SizeInBytes => _json.Length;

    /// <summary>The message as UTF-8 JSON, exactly as it is sent (the <c>sentAt</c> of each attempt aside).</summary>
    public ReadOnlyMemory<byte> Json => _json;

    /// <summary>The hash of the user the message is about: equal hashes share an upload lane, which keeps their order.</summary>
    internal int LaneHash { get; }

    /// <summary>The JSON array itself (never changed after creation), for the queue to hold without copying.</summary>
    internal byte[] JsonArray => _json;

    /// <summary>Names the type and size only: ids, traits and properties are personal data.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Type} message ({SizeInBytes} bytes)";

    internal static PipelinesMessage Create(in MessageParts parts)
    {
        var id = MessageIds.New();
        var now = DateTimeOffset.UtcNow;
        var json = MessageWriter.Write(parts, id, now).ToArray();
        var timestamp = parts.Options?.Timestamp ?? now;
        return new PipelinesMessage(parts.Type, parts.Options?.MessageId ?? id.ToString("D"), timestamp, json, MessageWriter.LaneHashOf(parts.User));
    }

    /// <summary>The message's JSON as text (tests, debugging); never logged by the SDK.</summary>
    internal string JsonText => Encoding.UTF8.GetString(_json);
}
