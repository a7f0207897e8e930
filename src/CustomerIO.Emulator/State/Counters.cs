using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace CustomerIO.Emulator.State;

/// <summary>Thread-safe counters. Hot paths add per request (not per operation) to avoid contention.</summary>
internal sealed class Counters
{
    private readonly ConcurrentDictionary<int, StrongBox<long>> _byStatus = new();
    private readonly ConcurrentDictionary<string, StrongBox<long>> _accepted = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, StrongBox<long>> _rejected = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, StrongBox<long>> _ignored = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, StrongBox<long>> _pipelinesDropped = new(StringComparer.Ordinal);
    private long _requests;
    private long _acceptedTotal;
    private long _rejectedTotal;
    private long _duplicates;
    private long _faults;
    private long _duplicateMessages;
    private long _webhooksSent;
    private long _webhooksFailed;

    public void AddRequest(int status)
    {
        Interlocked.Increment(ref _requests);
        Interlocked.Increment(ref _byStatus.GetOrAdd(status, static _ => new StrongBox<long>()).Value);
    }

    public void AddAccepted(string operation, long count = 1)
    {
        if (count == 0)
        {
            return;
        }

        Interlocked.Add(ref _acceptedTotal, count);
        Interlocked.Add(ref _accepted.GetOrAdd(operation, static _ => new StrongBox<long>()).Value, count);
    }

    public void AddRejected(string reason, long count = 1)
    {
        Interlocked.Add(ref _rejectedTotal, count);
        Interlocked.Add(ref _rejected.GetOrAdd(reason, static _ => new StrongBox<long>()).Value, count);
    }

    public void AddIgnored(string reason, long count = 1)
    {
        if (count != 0)
        {
            Interlocked.Add(ref _ignored.GetOrAdd(reason, static _ => new StrongBox<long>()).Value, count);
        }
    }

    public void AddDuplicates(long count)
    {
        if (count != 0)
        {
            Interlocked.Add(ref _duplicates, count);
        }
    }

    public void AddFault() => Interlocked.Increment(ref _faults);

    /// <summary>A Pipelines call answered 200 but dropped (permissive mode), by reason.</summary>
    public void AddPipelinesDropped(string reason, long count = 1) =>
        Interlocked.Add(ref _pipelinesDropped.GetOrAdd(reason, static _ => new StrongBox<long>()).Value, count);

    /// <summary>Pipelines messages ignored because their <c>messageId</c> was seen before.</summary>
    public void AddDuplicateMessages(long count)
    {
        if (count != 0)
        {
            Interlocked.Add(ref _duplicateMessages, count);
        }
    }

    public void AddWebhook(bool delivered) => Interlocked.Increment(ref delivered ? ref _webhooksSent : ref _webhooksFailed);

    public EmulatorCounters Snapshot(long eventsReceived) => new()
    {
        Requests = Volatile.Read(ref _requests),
        RequestsByStatus = Copy(_byStatus),
        AcceptedOperations = Volatile.Read(ref _acceptedTotal),
        AcceptedByOperation = Copy(_accepted),
        RejectedOperations = Volatile.Read(ref _rejectedTotal),
        RejectedByReason = Copy(_rejected),
        DuplicateEvents = Volatile.Read(ref _duplicates),
        IgnoredByReason = Copy(_ignored),
        FaultsInjected = Volatile.Read(ref _faults),
        EventsReceived = eventsReceived,
        PipelinesDroppedByReason = Copy(_pipelinesDropped),
        DuplicateMessages = Volatile.Read(ref _duplicateMessages),
        WebhooksSent = Volatile.Read(ref _webhooksSent),
        WebhooksFailed = Volatile.Read(ref _webhooksFailed),
    };

    public void Clear()
    {
        _byStatus.Clear();
        _accepted.Clear();
        _rejected.Clear();
        _ignored.Clear();
        _pipelinesDropped.Clear();
        Volatile.Write(ref _duplicateMessages, 0);
        Volatile.Write(ref _webhooksSent, 0);
        Volatile.Write(ref _webhooksFailed, 0);
        Volatile.Write(ref _requests, 0);
        Volatile.Write(ref _acceptedTotal, 0);
        Volatile.Write(ref _rejectedTotal, 0);
        Volatile.Write(ref _duplicates, 0);
        Volatile.Write(ref _faults, 0);
    }

    private static SortedDictionary<TKey, long> Copy<TKey>(ConcurrentDictionary<TKey, StrongBox<long>> source)
        where TKey : notnull
    {
        var copy = new SortedDictionary<TKey, long>();
        foreach (var pair in source)
        {
            copy[pair.Key] = Volatile.Read(ref pair.Value.Value);
        }

        return copy;
    }
}
