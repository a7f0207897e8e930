using System.Text.Json;
using CustomerIO.Emulator.Json;

namespace CustomerIO.Emulator.Pipelines;

/// <summary>The Segment-spec call types Pipelines accepts.</summary>
internal enum PipelinesCall
{
    Unknown,
    Identify,
    Track,
    Page,
    Screen,
    Group,
    Alias,
}

/// <summary>The camelCase fields of one message, as offsets into the request body.</summary>
internal enum M
{
    Type,
    UserId,
    AnonymousId,
    MessageId,
    Timestamp,
    Context,
    Traits,
    Properties,
    Event,
    GroupId,
    PreviousId,
    Name,
    SentAt,
}

/// <summary>One message (a single call's body or a batch item): its call type and fields.</summary>
internal struct PipelinesMessage
{
    public static readonly byte[][] FieldNames =
    [
        "type"u8.ToArray(), "userId"u8.ToArray(), "anonymousId"u8.ToArray(), "messageId"u8.ToArray(), "timestamp"u8.ToArray(),
        "context"u8.ToArray(), "traits"u8.ToArray(), "properties"u8.ToArray(), "event"u8.ToArray(), "groupId"u8.ToArray(),
        "previousId"u8.ToArray(), "name"u8.ToArray(), "sentAt"u8.ToArray(),
    ];

    public PipelinesCall Call;
    public JsonSlice Root;
    public Fields Values;

    /// <summary>Unix seconds of <c>timestamp</c>, once validated.</summary>
    public long? Timestamp;

    public readonly JsonSlice this[M field] => Values[(int)field];

    /// <summary>How many call types there are (<see cref="PipelinesCall.Unknown"/> included), for counting by type.</summary>
    public const int CallCount = (int)PipelinesCall.Alias + 1;

    /// <summary>The counter a message of each type is counted under (<c>cdp.track</c>, …), built once, not per message.</summary>
    private static readonly Dictionary<PipelinesCall, string> CounterNames = Enum.GetValues<PipelinesCall>().ToDictionary(c => c, c => "cdp." + Name(c));

    /// <summary>The counter a message of this type is counted under.</summary>
    public static string CounterName(PipelinesCall call) => CounterNames[call];

    public static string Name(PipelinesCall call) => call switch
    {
        PipelinesCall.Identify => "identify",
        PipelinesCall.Track => "track",
        PipelinesCall.Page => "page",
        PipelinesCall.Screen => "screen",
        PipelinesCall.Group => "group",
        PipelinesCall.Alias => "alias",
        _ => "unknown",
    };

    /// <summary>Reads the fields of a message object; <paramref name="call"/> is the endpoint's type, or Unknown to read <c>type</c> (batch items).</summary>
    public static PipelinesMessage Read(ReadOnlySpan<byte> buffer, JsonSlice root, PipelinesCall call)
    {
        var message = new PipelinesMessage { Root = root, Call = call };
        JsonFields.Read(buffer, root, FieldNames, message.Values);
        if (call == PipelinesCall.Unknown)
        {
            message.Call = CallOf(buffer, message[M.Type]);
        }

        return message;
    }

    /// <summary>Reads a batch item at the reader's current token (its start) in the pass that reads the batch; leaves the reader on its end.</summary>
    public static PipelinesMessage ReadItem(ReadOnlySpan<byte> buffer, ref Utf8JsonReader reader)
    {
        var message = default(PipelinesMessage);
        message.Root = JsonFields.ReadObject(ref reader, 0, FieldNames, message.Values);
        message.Call = CallOf(buffer, message[M.Type]);
        return message;
    }

    private static PipelinesCall CallOf(ReadOnlySpan<byte> buffer, JsonSlice type) =>
        !type.IsString ? PipelinesCall.Unknown
        : type.ValueEquals(buffer, "identify"u8) ? PipelinesCall.Identify
        : type.ValueEquals(buffer, "track"u8) ? PipelinesCall.Track
        : type.ValueEquals(buffer, "page"u8) ? PipelinesCall.Page
        : type.ValueEquals(buffer, "screen"u8) ? PipelinesCall.Screen
        : type.ValueEquals(buffer, "group"u8) ? PipelinesCall.Group
        : type.ValueEquals(buffer, "alias"u8) ? PipelinesCall.Alias
        : PipelinesCall.Unknown;

    /// <summary>The thirteen field slices, inline.</summary>
    [System.Runtime.CompilerServices.InlineArray(13)]
    internal struct Fields
    {
        private JsonSlice _first;
    }
}
