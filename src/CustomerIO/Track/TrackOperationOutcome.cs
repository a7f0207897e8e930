namespace CustomerIO.Track;

/// <summary>The outcome of one queued operation, as given to <see cref="TrackQueueOptions.OnOutcome"/> and to awaiting callers.</summary>
public sealed class TrackOperationOutcome
{
    internal TrackOperationOutcome(OutcomeStatus status, string type, string action, string? eventId, string? reason, CustomerIOApiError? error, Exception? exception)
    {
        Status = status;
        Type = type;
        Action = action;
        EventId = eventId;
        Reason = reason;
        Error = error;
        Exception = exception;
    }

    /// <summary>What happened.</summary>
    public OutcomeStatus Status { get; }

    /// <summary>The operation's entity type (<c>person</c>, <c>object</c>, <c>delivery</c>).</summary>
    public string Type { get; }

    /// <summary>The operation's action (<c>identify</c>, <c>event</c>, …).</summary>
    public string Action { get; }

    /// <summary>The event's ULID id, for events, page and screen views.</summary>
    public string? EventId { get; }

    /// <summary>Why it was not delivered, in a few words (never personal data); null when delivered.</summary>
    public string? Reason { get; }

    /// <summary>The error Customer.io gave for this very operation (a 207 entry, or the whole answer for a refused batch).</summary>
    public CustomerIOApiError? Error { get; }

    /// <summary>The last failure of the attempts to deliver it, when there was one.</summary>
    public Exception? Exception { get; }

    /// <inheritdoc/>
    public override string ToString() => Reason is null ? $"{Type} {Action}: {Status}" : $"{Type} {Action}: {Status} ({Reason})";
}
