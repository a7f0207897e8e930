using System.Text.Json;

namespace CustomerIO.Emulator;

/// <summary>One stored event (event, page or screen), from Track v1 or v2.</summary>
public sealed record EmulatedEvent
{
    /// <summary>The owning person's cio id (after anonymous linking and merges), or null for an unlinked anonymous event.</summary>
    public string? PersonCioId { get; init; }

    /// <summary>The anonymous id the event was sent with, if any.</summary>
    public string? AnonymousId { get; init; }

    /// <summary>The event name.</summary>
    public required string Name { get; init; }

    /// <summary>The de-duplication id (a ULID), if sent.</summary>
    public string? Id { get; init; }

    /// <summary><c>event</c>, <c>page</c> or <c>screen</c>.</summary>
    public required string Type { get; init; }

    /// <summary>The event's own timestamp (unix seconds), if sent.</summary>
    public long? Timestamp { get; init; }

    /// <summary>The event data (v1 <c>data</c>, v2 <c>attributes</c>).</summary>
    public JsonElement? Data { get; init; }

    /// <summary>When the emulator received it.</summary>
    public DateTimeOffset ReceivedAt { get; init; }
}
