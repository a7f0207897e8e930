namespace CustomerIO.Queue.Engine;

/// <summary>
/// One upload lane: a FIFO of operations and the loop that cuts it into batches and delivers them one at a time.
/// Every operation about one entity lands in the same lane, so its operations keep their order across batches,
/// retries and splits; lanes upload in parallel.
/// </summary>
internal sealed class Lane
{
    private readonly object _sync = new();
    private readonly ChunkedQueue<QueuedOperation> _queue = new();
    private readonly List<(long Through, TaskCompletionSource<bool> Done)> _flushWaiters = [];
    private readonly EngineLimits _limits;
    private readonly TimeProvider _time;
    private TaskCompletionSource<bool> _signal = NewSignal();
    private long _queuedBytes;
    private long _added;
    private long _removed;
    private long _inFlightFirst;
    private long _flushThrough;
    private bool _closing;
    private bool _drained;

    public Lane(EngineLimits limits, TimeProvider time)
    {
        _limits = limits;
        _time = time;
    }

    /// <summary>Accepts an operation at the tail, and wakes the uploader when a batch may be ready; false once drained.</summary>
    public bool TryAdd(QueuedOperation operation)
    {
        lock (_sync)
        {
            if (_drained)
            {
                return false;
            }

            _added++;
            _queue.Enqueue(operation);
            _queuedBytes += operation.Length + 1;
            if (_queue.Count == 1 || _queuedBytes + _limits.EnvelopeOverhead >= _limits.MaxBatchBytes || _queue.Count >= _limits.MaxBatchOperations)
            {
                _signal.TrySetResult(true);
            }

            return true;
        }
    }

    /// <summary>Takes the oldest waiting operation out (to make room); false when none waits.</summary>
    public bool TryEvictOldest(out QueuedOperation operation)
    {
        lock (_sync)
        {
            if (_queue.Count == 0)
            {
                operation = default;
                return false;
            }

            operation = _queue.Dequeue();
            _removed++;
            _queuedBytes -= operation.Length + 1;
            SettleFlushWaiters();
            return true;
        }
    }

    /// <summary>
    /// Asks for everything accepted so far to be sent without waiting for full batches, and completes when it has
    /// all been delivered, failed or dropped.
    /// </summary>
    public Task FlushAsync()
    {
        lock (_sync)
        {
            var through = _added;
            if (FirstUndone() > through)
            {
                return Task.CompletedTask;
            }

            _flushThrough = Math.Max(_flushThrough, through);
            var done = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            _flushWaiters.Add((through, done));
            _signal.TrySetResult(true);
            return done.Task;
        }
    }

    /// <summary>From now on, send whatever waits at once, and end the loop when nothing is left.</summary>
    public void Close()
    {
        lock (_sync)
        {
            _closing = true;
            _signal.TrySetResult(true);
        }
    }

    /// <summary>Takes every operation that is still waiting (after the loop ended), for the caller to settle.</summary>
    public List<QueuedOperation> DrainRemaining()
    {
        lock (_sync)
        {
            _drained = true;
            var rest = _queue.DrainAll();
            _removed += rest.Count;
            _queuedBytes = 0;
            SettleFlushWaiters();
            return rest;
        }
    }

    /// <summary>The lane's loop: wait until a batch is due, deliver it, repeat; ends when closed and empty, or when stopped.</summary>
    public async Task RunAsync(Func<List<QueuedOperation>, CancellationToken, Task> deliver, CancellationToken stopping)
    {
        var batch = new List<QueuedOperation>();
        while (true)
        {
            Task signal;
            TimeSpan? wait;
            lock (_sync)
            {
                if (stopping.IsCancellationRequested)
                {
                    return; // the shutdown deadline passed: what still waits is abandoned by the queue
                }

                if (TryTakeBatch(batch))
                {
                    _inFlightFirst = _removed - batch.Count + 1;
                    signal = Task.CompletedTask;
                    wait = null;
                }
                else if (_closing && _queue.Count == 0)
                {
                    return;
                }
                else
                {
                    if (_signal.Task.IsCompleted)
                    {
                        _signal = NewSignal();
                    }

                    signal = _signal.Task;
                    wait = _queue.Count == 0 ? null : _limits.FlushInterval - _time.GetElapsedTime(_queue.Peek().EnqueuedAt);
                }
            }

            if (batch.Count == 0)
            {
                await Delays.WaitAsync(_time, signal, wait, stopping).ConfigureAwait(false);
                continue;
            }

            try
            {
                await deliver(batch, stopping).ConfigureAwait(false);
            }
            finally
            {
                lock (_sync)
                {
                    _inFlightFirst = 0;
                    SettleFlushWaiters();
                }

                batch.Clear();
            }
        }
    }

    /// <summary>Moves the next batch from the queue into <paramref name="batch"/> when one is due. Caller holds the lock.</summary>
    private bool TryTakeBatch(List<QueuedOperation> batch)
    {
        if (_queue.Count == 0)
        {
            return false;
        }

        var head = _queue.Peek();
        var due = _closing
            || _flushThrough > _removed
            || _queuedBytes + _limits.EnvelopeOverhead >= _limits.MaxBatchBytes
            || _queue.Count >= _limits.MaxBatchOperations
            || _time.GetElapsedTime(head.EnqueuedAt) >= _limits.FlushInterval;
        if (!due)
        {
            return false;
        }

        var size = _limits.EnvelopeOverhead;
        while (_queue.Count > 0)
        {
            var next = _queue.Peek();

            // An operation that must not be repeated travels alone, so a retry of its neighbours cannot repeat it.
            if (batch.Count > 0 && (!next.IsIdempotent || !batch[0].IsIdempotent))
            {
                break;
            }

            var added = next.Length + (batch.Count > 0 ? 1 : 0);
            if (batch.Count > 0 && (size + added > _limits.MaxBatchBytes || batch.Count >= _limits.MaxBatchOperations))
            {
                break;
            }

            _queue.Dequeue();
            _removed++;
            _queuedBytes -= next.Length + 1;
            batch.Add(next);
            size += added;
        }

        return true;
    }

    /// <summary>
    /// The position (1, 2, … in order of arrival) of the first operation not yet settled: the first in flight, else
    /// the head of the queue (operations leave only from the head, so the head is number <c>_removed + 1</c>).
    /// </summary>
    private long FirstUndone() => _inFlightFirst != 0 ? _inFlightFirst : _removed + 1;

    private void SettleFlushWaiters()
    {
        if (_flushWaiters.Count == 0)
        {
            return;
        }

        var firstUndone = FirstUndone();
        for (var i = _flushWaiters.Count - 1; i >= 0; i--)
        {
            if (firstUndone > _flushWaiters[i].Through)
            {
                _flushWaiters[i].Done.TrySetResult(true);
                _flushWaiters.RemoveAt(i);
            }
        }
    }

    private static TaskCompletionSource<bool> NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
