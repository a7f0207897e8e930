using CustomerIO.Track;

namespace CustomerIO;

/// <summary>Whether a <see cref="TrackQueue"/> took an operation, and if not, why.</summary>
public enum EnqueueStatus
{
    /// <summary>Queued for delivery.</summary>
    Accepted,

    /// <summary>Refused: the queue is full (bytes or count).</summary>
    QueueFull,

    /// <summary>Refused: the operation breaks a Customer.io limit (see <see cref="EnqueueResult.Message"/>).</summary>
    Invalid,

    /// <summary>Refused: the queue is shut down.</summary>
    Closed,
}

/// <summary>The answer of an enqueue: accepted, or refused and why. Refusals are also counted, logged and reported.</summary>
public readonly struct EnqueueResult : IEquatable<EnqueueResult>
{
    internal EnqueueResult(EnqueueStatus status, string? message = null)
    {
        Status = status;
        Message = message;
    }

    /// <summary>An accepted operation.</summary>
    public static EnqueueResult Accepted => default;

    /// <summary>What happened.</summary>
    public EnqueueStatus Status { get; }

    /// <summary>Whether the operation was queued.</summary>
    public bool IsAccepted => Status == EnqueueStatus.Accepted;

    /// <summary>Why it was refused (never holds personal data); null when accepted.</summary>
    public string? Message { get; }

    /// <summary>Compares two results.</summary>
    /// <param name="left">One result.</param>
    /// <param name="right">The other.</param>
    public static bool operator ==(EnqueueResult left, EnqueueResult right) => left.Equals(right);

    /// <summary>Compares two results.</summary>
    /// <param name="left">One result.</param>
    /// <param name="right">The other.</param>
    public static bool operator !=(EnqueueResult left, EnqueueResult right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(EnqueueResult other) => Status == other.Status && string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EnqueueResult other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (int)Status;

    /// <inheritdoc/>
    public override string ToString() => Message is null ? Status.ToString() : $"{Status}: {Message}";
}
