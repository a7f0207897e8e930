using CustomerIO.Queue.Engine;
using CustomerIO.Telemetry;

namespace CustomerIO.Track;

public sealed partial class TrackQueue
{
    /// <summary>A delivered operation: release it, answer its waiter (counted, and its room given back, in bulk by the caller).</summary>
    private void CompleteDelivered(in QueuedOperation operation)
    {
        if (operation.Waiter is not null || (_options.ReportDeliveries && _options.OnOutcome is not null))
        {
            Report(operation, OutcomeStatus.Delivered, reason: null, error: null, exception: null);
        }

        operation.Release();
    }

    /// <summary>An operation that was not delivered: count it, report it, release it.</summary>
    private void Complete(in QueuedOperation operation, OutcomeStatus status, string reason, CustomerIOApiError? error, Exception? exception)
    {
        switch (status)
        {
            case OutcomeStatus.Failed:
                Interlocked.Increment(ref _failed);
                QueueTelemetry.Failed.Add(1, new KeyValuePair<string, object?>("reason", reason));
                break;
            case OutcomeStatus.Dropped:
                Interlocked.Increment(ref _dropped);
                QueueTelemetry.Dropped.Add(1, new KeyValuePair<string, object?>("reason", reason));
                _drops.Report(reason);
                break;
            case OutcomeStatus.Abandoned:
                Interlocked.Increment(ref _abandoned);
                QueueTelemetry.Dropped.Add(1, new KeyValuePair<string, object?>("reason", reason));
                break;
        }

        Report(operation, status, reason, error, exception);
        operation.Release();
        ReleaseRoom(operation.Length);
    }

    /// <summary>An operation refused at enqueue: count it, log it (summed), report it, answer why.</summary>
    private EnqueueResult Refuse(EnqueueStatus status, string reason, string message, string type, string action, TaskCompletionSource<TrackOperationOutcome>? waiter = null)
    {
        Interlocked.Increment(ref _refused);
        QueueTelemetry.Dropped.Add(1, new KeyValuePair<string, object?>("reason", reason));
        _drops.Report(reason);
        if (_options.OnOutcome is not null || waiter is not null)
        {
            var outcome = new TrackOperationOutcome(OutcomeStatus.Refused, type, action, eventId: null, reason + ": " + message, error: null, exception: null);
            waiter?.TrySetResult(outcome);
            Invoke(outcome);
        }

        return new EnqueueResult(status, message);
    }

    private void Report(in QueuedOperation operation, OutcomeStatus status, string? reason, CustomerIOApiError? error, Exception? exception)
    {
        var report = _options.OnOutcome is not null && (status != OutcomeStatus.Delivered || _options.ReportDeliveries);
        if (!report && operation.Waiter is null)
        {
            return;
        }

        var (type, action, eventId) = OperationInfo.Read(operation.Json);
        var outcome = new TrackOperationOutcome(status, type, action, eventId, reason, error, exception);
        operation.Waiter?.TrySetResult(outcome);
        if (report)
        {
            Invoke(outcome);
        }
    }

    private void Invoke(TrackOperationOutcome outcome)
    {
        try
        {
            _options.OnOutcome?.Invoke(outcome);
        }
#pragma warning disable CA1031 // A failing callback must never stop delivery.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }
}
