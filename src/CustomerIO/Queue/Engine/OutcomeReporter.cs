namespace CustomerIO.Queue.Engine;

/// <summary>
/// Settles operations: counts each one, gives its room back, answers its waiter and tells the caller's callback,
/// which may throw without stopping delivery. Outcomes are built (through the protocol) only when someone listens:
/// a delivered operation nobody awaits costs nothing here.
/// </summary>
/// <typeparam name="TOutcome">The front end's outcome type.</typeparam>
internal sealed class OutcomeReporter<TOutcome>
    where TOutcome : class
{
    private readonly IBatchProtocol<TOutcome> _protocol;
    private readonly QueueCounters _counters;
    private readonly QueueBudget _budget;
    private readonly DropReporter _drops;
    private readonly Action<TOutcome>? _onOutcome;
    private readonly bool _reportDeliveries;

    public OutcomeReporter(IBatchProtocol<TOutcome> protocol, QueueCounters counters, QueueBudget budget, DropReporter drops, Action<TOutcome>? onOutcome, bool reportDeliveries)
    {
        _protocol = protocol;
        _counters = counters;
        _budget = budget;
        _drops = drops;
        _onOutcome = onOutcome;
        _reportDeliveries = reportDeliveries;
    }

    /// <summary>A delivered operation: release it, answer its waiter (counted, and its room given back, in bulk by the caller).</summary>
    public void CompleteDelivered(in QueuedOperation operation)
    {
        Report(operation, OutcomeStatus.Delivered, reason: null, error: null, exception: null);
        operation.Release();
    }

    /// <summary>An operation that was not delivered (failed, dropped or abandoned): count it, report it, release it, give its room back.</summary>
    public void Complete(in QueuedOperation operation, OutcomeStatus status, string reason, CustomerIOApiError? error, Exception? exception)
    {
        switch (status)
        {
            case OutcomeStatus.Failed:
                _counters.Failed(reason);
                break;
            case OutcomeStatus.Dropped:
                _counters.Dropped(reason);
                _drops.Report(reason);
                break;
            case OutcomeStatus.Abandoned:
                _counters.Abandon(reason);
                break;
        }

        Report(operation, status, reason, error, exception);
        operation.Release();
        _budget.Release(operation.Length);
    }

    /// <summary>An operation refused at enqueue (never held): count it, log it (summed), report it.</summary>
    /// <param name="facts">What the outcome tells about the operation.</param>
    /// <param name="reason">The reason's code (<c>closed</c>, <c>invalid</c>, <c>queue_full</c>).</param>
    /// <param name="message">Why, in words (parameters and limits, never data).</param>
    /// <param name="waiter">The caller awaiting the operation, if any.</param>
    public void Refuse(in OperationFacts facts, string reason, string message, TaskCompletionSource<TOutcome>? waiter)
    {
        _counters.Refused(reason);
        _drops.Report(reason);
        if (_onOutcome is not null || waiter is not null)
        {
            var outcome = _protocol.CreateOutcome(OutcomeStatus.Refused, facts, reason + ": " + message, error: null, exception: null);
            waiter?.TrySetResult(outcome);
            Invoke(outcome);
        }
    }

    private void Report(in QueuedOperation operation, OutcomeStatus status, string? reason, CustomerIOApiError? error, Exception? exception)
    {
        var report = _onOutcome is not null && (status != OutcomeStatus.Delivered || _reportDeliveries);
        if (!report && operation.Waiter is null)
        {
            return;
        }

        var outcome = _protocol.CreateOutcome(status, _protocol.Describe(operation.Json), reason, error, exception);
        if (operation.Waiter is not null)
        {
            // Only this engine's front end puts waiters in, always of its outcome type.
            ((TaskCompletionSource<TOutcome>)operation.Waiter).TrySetResult(outcome);
        }

        if (report)
        {
            Invoke(outcome);
        }
    }

    private void Invoke(TOutcome outcome)
    {
        try
        {
            _onOutcome?.Invoke(outcome);
        }
#pragma warning disable CA1031 // A failing callback must never stop delivery.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }
}
