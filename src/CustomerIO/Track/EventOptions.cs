namespace CustomerIO;

/// <summary>Optional fields of an event.</summary>
public sealed class EventOptions
{
    /// <summary>
    /// The event's id, a ULID: Customer.io ignores a repeated id, so it makes retries safe. When null the SDK
    /// stamps a new ULID; set it to de-duplicate across processes or restarts. An empty id is refused.
    /// </summary>
    public string? Id { get; init; }

    /// <summary>When the event happened (Unix seconds on the wire); the time of receipt when left empty.</summary>
    public DateTimeOffset? Timestamp { get; init; }
}
