using System.Collections.Concurrent;

namespace CustomerIO.Emulator.State;

/// <summary>
/// Everything the emulator remembers. Operations live in partial files by concern (people, events,
/// objects, inspection). Memory is bounded by rings for events, metrics, forms and requests, and a
/// bounded window of event ids; people and objects grow with distinct identifiers, like a workspace.
/// </summary>
internal sealed partial class EmulatorState
{
    private const int MaxInternedNames = 10_000;
    private readonly ConcurrentDictionary<string, Person> _deviceOwners = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _names = new(StringComparer.Ordinal);

    public EmulatorState(CustomerIOEmulatorOptions options)
    {
        Options = options;
        Time = options.TimeProvider;
        Events = new EventLog(options.MaxStoredEvents);
        Metrics = new BoundedRing<EmulatedDeliveryMetric>(options.MaxStoredDeliveryMetrics);
        Forms = new BoundedRing<EmulatedFormSubmission>(options.MaxStoredDeliveryMetrics);
        Requests = new BoundedRing<ReceivedRequest>(options.MaxReceivedRequests);
        Deduplicator = new EventIdDeduplicator(options.MaxRememberedEventIds);
        Deliveries = new BoundedRing<EmulatedDelivery>(options.MaxStoredDeliveryMetrics);
        BroadcastTriggers = new BoundedRing<EmulatedBroadcastTrigger>(options.MaxStoredDeliveryMetrics);
        PipelinesMessages = new BoundedRing<EmulatedPipelinesMessage>(options.MaxStoredEvents);
    }

    public CustomerIOEmulatorOptions Options { get; }

    public TimeProvider Time { get; }

    public bool SinkMode => Options.SinkMode;

    public PersonStore People { get; } = new();

    public ObjectStore Objects { get; } = new();

    public SuppressionList Suppressed { get; } = new();

    public EventIdDeduplicator Deduplicator { get; }

    public Counters Counters { get; } = new();

    public EventLog Events { get; }

    public BoundedRing<EmulatedDeliveryMetric> Metrics { get; }

    public BoundedRing<EmulatedFormSubmission> Forms { get; }

    public BoundedRing<ReceivedRequest> Requests { get; }

    /// <summary>Transactional deliveries queued by App API sends, oldest first.</summary>
    public BoundedRing<EmulatedDelivery> Deliveries { get; }

    public BoundedRing<EmulatedBroadcastTrigger> BroadcastTriggers { get; }

    /// <summary>Valid Pipelines messages as received, oldest first (not kept in sink mode).</summary>
    public BoundedRing<EmulatedPipelinesMessage> PipelinesMessages { get; }

    /// <summary>Events received in total (stored or not), including sink mode.</summary>
    public long EventsReceived => Interlocked.Read(ref _eventsReceived);

    private long _eventsReceived;

    public DateTimeOffset Now() => Time.GetUtcNow();

    /// <summary>Forgets everything: state, logs, counters and remembered event ids (faults stay).</summary>
    public void Reset()
    {
        People.Clear();
        Objects.Clear();
        Suppressed.Clear();
        Deduplicator.Clear();
        Counters.Clear();
        Events.Clear();
        Metrics.Clear();
        Forms.Clear();
        Requests.Clear();
        PipelinesMessages.Clear();
        ResetApp();
        _deviceOwners.Clear();
        Volatile.Write(ref _eventsReceived, 0);
    }

    /// <summary>Event names repeat endlessly; keep one string per distinct name (bounded).</summary>
    public string InternName(ReadOnlySpan<byte> utf8Name)
    {
        Span<char> chars = stackalloc char[256];
        if (utf8Name.Length > chars.Length)
        {
            return System.Text.Encoding.UTF8.GetString(utf8Name);
        }

        var name = chars[..System.Text.Encoding.UTF8.GetChars(utf8Name, chars)];
        var lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(name, out var known))
        {
            return known;
        }

        var text = name.ToString();
        return _names.Count < MaxInternedNames ? _names.GetOrAdd(text, text) : text;
    }

    private bool IsSuppressed(IdentifierKind kind, ReadOnlySpan<char> value)
    {
        if (Suppressed.IsEmpty)
        {
            return false;
        }

        return kind == IdentifierKind.CioId ? Suppressed.Contains(string.Concat("cio_", value)) : Suppressed.Contains(value);
    }

    private static string SuppressionKey(IdentifierKind kind, string value) => kind == IdentifierKind.CioId ? "cio_" + value : value;
}
