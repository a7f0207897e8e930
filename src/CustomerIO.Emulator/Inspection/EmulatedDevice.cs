using System.Text.Json;

namespace CustomerIO.Emulator;

/// <summary>A person's device (push token).</summary>
public sealed record EmulatedDevice
{
    /// <summary>The push token (v1 <c>device.id</c>, v2 <c>device.token</c>).</summary>
    public required string Token { get; init; }

    /// <summary><c>ios</c> or <c>android</c>.</summary>
    public string? Platform { get; init; }

    /// <summary>Unix seconds, if sent.</summary>
    public long? LastUsed { get; init; }

    /// <summary>Device attributes, if sent.</summary>
    public JsonElement? Attributes { get; init; }

    /// <summary>The owning person's cio id.</summary>
    public string? PersonCioId { get; init; }

    /// <summary>When the device was last added or updated.</summary>
    public DateTimeOffset UpdatedAt { get; init; }
}
