using System.Text.Json;

namespace CustomerIO.Emulator;

/// <summary>A snapshot of one person as the emulator stores them.</summary>
public sealed record EmulatedPerson
{
    /// <summary>The emulator-assigned Customer.io id (address the person as <c>cio_</c> + this).</summary>
    public required string CioId { get; init; }

    /// <summary>The person's <c>id</c>, when known.</summary>
    public string? Id { get; init; }

    /// <summary>The person's <c>email</c>, when known.</summary>
    public string? Email { get; init; }

    /// <summary>The person's <c>phone</c>, when known.</summary>
    public string? Phone { get; init; }

    /// <summary>Attributes by name (identifiers and reserved instruction keys are not attributes).</summary>
    public required IReadOnlyDictionary<string, JsonElement> Attributes { get; init; }

    /// <summary>The person's devices.</summary>
    public required IReadOnlyList<EmulatedDevice> Devices { get; init; }

    /// <summary>Subscription preferences by topic (<c>topic_1</c>: true).</summary>
    public required IReadOnlyDictionary<string, bool> SubscriptionTopics { get; init; }

    /// <summary>Manual segments the person was added to.</summary>
    public required IReadOnlyList<string> Segments { get; init; }

    /// <summary>Relationships to objects.</summary>
    public required IReadOnlyList<EmulatedRelationship> Relationships { get; init; }

    /// <summary>Anonymous ids linked to this person (their events belong to the person).</summary>
    public required IReadOnlyList<string> AnonymousIds { get; init; }

    /// <summary>Events received for this person, including linked anonymous and merged ones (may exceed what the event log still holds).</summary>
    public long EventCount { get; init; }

    /// <summary>When the emulator created the person.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the person last changed.</summary>
    public DateTimeOffset UpdatedAt { get; init; }
}
