namespace CustomerIO.Track;

/// <summary>Optional fields of an event.</summary>
public sealed class EventOptions
{
    /// <summary>
    /// The event's id, a ULID: Customer.io ignores a repeated id, so it makes retries safe. When null the SDK
    /// stamps a new ULID; set it (for example from <see cref="EventIds.NewId"/>, stored with the event) to
    /// de-duplicate across processes or restarts. Anything but a ULID (26 characters of Crockford's base 32, either
    /// case, the first at most <c>7</c>) is refused with a <see cref="CustomerIOValidationException"/>.
    /// </summary>
    public string? Id { get; init; }

    /// <summary>
    /// When the event happened (Unix seconds on the wire); the time of receipt when left empty. A time before
    /// 1970-01-01 UTC (such as <see cref="DateTimeOffset.MinValue"/>) is refused.
    /// </summary>
    public DateTimeOffset? Timestamp { get; init; }
}
