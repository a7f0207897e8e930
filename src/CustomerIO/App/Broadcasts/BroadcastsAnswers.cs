using System.Text.Json.Serialization;
using CustomerIO.Paging;

namespace CustomerIO.App;

// The Broadcasts answers' envelopes. Internal; unknown fields are ignored.

/// <summary><c>{"broadcasts":[..]}</c>.</summary>
internal sealed class BroadcastsAnswer : IPageAnswer<Broadcast>
{
    [JsonPropertyName("broadcasts")]
    public IReadOnlyList<Broadcast>? Broadcasts { get; set; }

    IReadOnlyList<Broadcast>? IPageAnswer<Broadcast>.Values => Broadcasts;
}

/// <summary><c>{"broadcast":{..}}</c>.</summary>
internal sealed class BroadcastAnswer
{
    [JsonPropertyName("broadcast")]
    public Broadcast? Broadcast { get; set; }
}

/// <summary><c>{"triggers":[..]}</c>.</summary>
internal sealed class BroadcastTriggersAnswer : IPageAnswer<BroadcastTriggerStatus>
{
    [JsonPropertyName("triggers")]
    public IReadOnlyList<BroadcastTriggerStatus>? Triggers { get; set; }

    IReadOnlyList<BroadcastTriggerStatus>? IPageAnswer<BroadcastTriggerStatus>.Values => Triggers;
}

/// <summary><c>{"trigger":{..}}</c>.</summary>
internal sealed class BroadcastTriggerStatusAnswer
{
    [JsonPropertyName("trigger")]
    public BroadcastTriggerStatus? Trigger { get; set; }
}
