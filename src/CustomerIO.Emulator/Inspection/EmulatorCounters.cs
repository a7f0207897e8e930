namespace CustomerIO.Emulator;

/// <summary>Counters since start or the last reset. Operations are Track v1 calls, v2 operations, App API calls (<c>app.*</c>) or Pipelines messages (<c>cdp.*</c>).</summary>
public sealed record EmulatorCounters
{
    /// <summary>Requests answered (admin requests excluded).</summary>
    public long Requests { get; init; }

    /// <summary>Requests by HTTP status answered (0: aborted).</summary>
    public required IReadOnlyDictionary<int, long> RequestsByStatus { get; init; }

    /// <summary>Operations accepted (including duplicates and ignored ones: the API answered success for them).</summary>
    public long AcceptedOperations { get; init; }

    /// <summary>Accepted operations by <c>type.action</c> (v2) or endpoint name (v1).</summary>
    public required IReadOnlyDictionary<string, long> AcceptedByOperation { get; init; }

    /// <summary>Operations refused (400, 413, or a 207 item).</summary>
    public long RejectedOperations { get; init; }

    /// <summary>Refused operations by reason (<c>too_long</c>, <c>required</c>, ...).</summary>
    public required IReadOnlyDictionary<string, long> RejectedByReason { get; init; }

    /// <summary>Events accepted but ignored because their <c>id</c> was seen before.</summary>
    public long DuplicateEvents { get; init; }

    /// <summary>Accepted operations that changed nothing, by reason (<c>suppressed</c>, <c>stale_timestamp</c>, <c>update_only_missing</c>, ...).</summary>
    public required IReadOnlyDictionary<string, long> IgnoredByReason { get; init; }

    /// <summary>Requests answered by fault injection or rate limiting.</summary>
    public long FaultsInjected { get; init; }

    /// <summary>Events received in total (the event log keeps only the latest).</summary>
    public long EventsReceived { get; init; }

    /// <summary>Pipelines calls or messages answered 200 but dropped (permissive mode), by reason (<c>unauthorized</c>, <c>too_large</c>, <c>required</c>, ...).</summary>
    public IReadOnlyDictionary<string, long> PipelinesDroppedByReason { get; init; } = new Dictionary<string, long>();

    /// <summary>Pipelines messages answered 200 and ignored because their <c>messageId</c> was seen before.</summary>
    public long DuplicateMessages { get; init; }

    /// <summary>Reporting webhooks for transactional deliveries answered 2xx by the receiver.</summary>
    public long WebhooksSent { get; init; }

    /// <summary>Reporting webhooks for transactional deliveries given up after their last attempt.</summary>
    public long WebhooksFailed { get; init; }
}
