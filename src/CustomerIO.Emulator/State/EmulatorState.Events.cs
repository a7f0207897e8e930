namespace CustomerIO.Emulator.State;

/// <summary>Events and delivery data: the hot path of ingestion, lock-free apart from de-duplication stripes.</summary>
internal sealed partial class EmulatorState
{
    /// <summary>Answers true when this event id was seen before (and records it otherwise).</summary>
    public bool IsDuplicateEvent(ReadOnlySpan<byte> id) => !Deduplicator.TryAdd(id);

    /// <summary>Counts events received (stored or not); called once per request with the batch's count.</summary>
    public void CountEventsReceived(long count)
    {
        if (count != 0)
        {
            Interlocked.Add(ref _eventsReceived, count);
        }
    }

    /// <summary>Stores an event for a person, creating the person when missing (as Customer.io does).</summary>
    public string? RecordPersonEvent(IdentifierKind kind, ReadOnlySpan<char> value, string name, ReadOnlySpan<byte> id, string type, long? timestamp, ReadOnlySpan<byte> data, DateTimeOffset now)
    {
        if (IsSuppressed(kind, value))
        {
            return IgnoredReasons.Suppressed;
        }

        var person = People.GetOrCreate(kind, value, now);
        if (person is null)
        {
            return IgnoredReasons.UnknownCioId;
        }

        person.AddEvents(1);
        Events.Add(person, null, name, type, timestamp, id, data, now);
        return null;
    }

    /// <summary>Stores an anonymous event; it belongs to whoever is (or is later) identified with the same anonymous id.</summary>
    public void RecordAnonymousEvent(string? anonymousId, string name, ReadOnlySpan<byte> id, string type, long? timestamp, ReadOnlySpan<byte> data, DateTimeOffset now)
    {
        AnonymousProfile? profile = null;
        if (anonymousId is not null)
        {
            profile = People.GetOrAddAnonymous(anonymousId);
            profile.AddEvent();
        }

        Events.Add(null, profile, name, type, timestamp, id, data, now);
    }

    public void RecordMetric(EmulatedDeliveryMetric metric) => Metrics.Add(metric);

    public void RecordForm(EmulatedFormSubmission form) => Forms.Add(form);
}
