using System.Text.Json.Serialization;

namespace CustomerIO.Webhooks;

/// <summary>One device of a push event (<c>data.recipients[]</c>).</summary>
public sealed class PushRecipient
{

    /// <summary>The device token (<c>device_id</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("device_id")]
    public string? DeviceId { get; internal set; }

    /// <summary>The platform, <c>ios</c> or <c>android</c> (<c>device_platform</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("device_platform")]
    public string? DevicePlatform { get; internal set; }

    /// <summary>Why this device failed (<c>failure_message</c>; sent, bounced, dropped).</summary>
    [JsonInclude]
    [JsonPropertyName("failure_message")]
    public string? FailureMessage { get; internal set; }

    /// <summary>Describes the device without its token.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"PushRecipient({DevicePlatform ?? "unknown platform"})";
}
