using System.Text.Json;

namespace CustomerIO.Emulator;

/// <summary>One valid Pipelines message as it was received (a single call's body, or one message of a batch), before it was applied.</summary>
public sealed record EmulatedPipelinesMessage
{
    /// <summary>The message's type: <c>identify</c>, <c>track</c>, <c>page</c>, <c>screen</c>, <c>group</c> or <c>alias</c>.</summary>
    public required string Type { get; init; }

    /// <summary>The <c>messageId</c>, if sent.</summary>
    public string? MessageId { get; init; }

    /// <summary>The <c>userId</c>, if sent.</summary>
    public string? UserId { get; init; }

    /// <summary>The <c>anonymousId</c>, if sent.</summary>
    public string? AnonymousId { get; init; }

    /// <summary>The <c>event</c> of a track message (a semantic event's name included).</summary>
    public string? Event { get; init; }

    /// <summary>Whether its <c>messageId</c> had been seen before (a duplicate is answered 200 and not applied again).</summary>
    public bool Duplicate { get; init; }

    /// <summary>The <c>sentAt</c> it came with: its own, or its batch's; null when neither was sent.</summary>
    public string? SentAt { get; init; }

    /// <summary>The message's JSON, exactly as received.</summary>
    public required JsonElement Body { get; init; }

    /// <summary>When the emulator received it.</summary>
    public DateTimeOffset ReceivedAt { get; init; }
}
