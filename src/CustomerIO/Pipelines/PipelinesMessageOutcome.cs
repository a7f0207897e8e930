namespace CustomerIO.Pipelines;

/// <summary>The outcome of one queued message, as given to <see cref="PipelinesQueueOptions.OnOutcome"/> and to awaiting callers.</summary>
public sealed class PipelinesMessageOutcome
{
    internal PipelinesMessageOutcome(OutcomeStatus status, string type, string? messageId, string? reason, CustomerIOApiError? error, Exception? exception)
    {
        Status = status;
        Type = type;
        MessageId = messageId;
        Reason = reason;
        Error = error;
        Exception = exception;
    }

    /// <summary>What happened.</summary>
    public OutcomeStatus Status { get; }

    /// <summary>The message's type (<c>identify</c>, <c>track</c>, …), or <c>?</c> for one refused before it was written.</summary>
    public string Type { get; }

    /// <summary>The message's <c>messageId</c>; null for one refused before it was written.</summary>
    public string? MessageId { get; }

    /// <summary>Why it was not delivered, in a few words (never personal data); null when delivered.</summary>
    public string? Reason { get; }

    /// <summary>The error Customer.io gave (in strict mode, the 400 that refused this very message).</summary>
    public CustomerIOApiError? Error { get; }

    /// <summary>The last failure of the attempts to deliver it, when there was one.</summary>
    public Exception? Exception { get; }

    /// <inheritdoc/>
    public override string ToString() => Reason is null ? $"{Type} message: {Status}" : $"{Type} message: {Status} ({Reason})";
}
