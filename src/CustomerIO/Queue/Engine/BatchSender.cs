using System.Buffers;
using System.Diagnostics;
using CustomerIO.Telemetry;
using CustomerIO.Transport;
using Microsoft.Extensions.Logging;

namespace CustomerIO.Queue.Engine;

/// <summary>
/// Delivers one lane's batch until every operation in it is settled: a 429 pauses every lane together, a whole-batch
/// 400 or 413 is split in halves (in order) to isolate the bad operations, a partial answer fails only the operations
/// it names, transient failures are sent again with a capped backoff until the retry duration has passed, and
/// anything else fails the operations. The decisions themselves are <see cref="SendDecisions"/>'.
/// </summary>
/// <typeparam name="TOutcome">The front end's outcome type.</typeparam>
internal sealed class BatchSender<TOutcome>
    where TOutcome : class
{
    private readonly HttpPipeline _pipeline;
    private readonly IBatchProtocol<TOutcome> _protocol;
    private readonly EngineLimits _limits;
    private readonly PauseGate _pause;
    private readonly QueueCounters _counters;
    private readonly QueueBudget _budget;
    private readonly OutcomeReporter<TOutcome> _outcomes;
    private readonly TimeProvider _time;
    private readonly Func<double> _random;
    private readonly ILogger _logger;

    public BatchSender(HttpPipeline pipeline, IBatchProtocol<TOutcome> protocol, EngineLimits limits, PauseGate pause, QueueCounters counters, QueueBudget budget, OutcomeReporter<TOutcome> outcomes, TimeProvider time, Func<double> random, ILogger logger)
    {
        _pipeline = pipeline;
        _protocol = protocol;
        _limits = limits;
        _pause = pause;
        _counters = counters;
        _budget = budget;
        _outcomes = outcomes;
        _time = time;
        _random = random;
        _logger = logger;
    }

    /// <summary>Delivers one batch of a lane; every operation in it is settled when this returns (or abandoned on shutdown).</summary>
    public async Task DeliverAsync(List<QueuedOperation> batch, CancellationToken stopping)
    {
        _counters.UploadStarted();
        var started = _time.GetTimestamp();
        using var activity = CustomerIOTelemetry.ActivitySource.StartActivity("customerio.queue.upload", ActivityKind.Internal);
        activity?.SetTag(QueueTelemetry.QueueTag, _protocol.Name);
        activity?.SetTag("customerio.batch.operations", batch.Count);
        var progress = new Progress();
        try
        {
            await SendRangeAsync(batch, 0, batch.Count, started, progress, stopping).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The shutdown deadline passed mid-upload: what was not settled is abandoned.
            for (var i = progress.Settled; i < batch.Count; i++)
            {
                _outcomes.Complete(batch[i], OutcomeStatus.Abandoned, "shutdown", error: null, exception: null);
            }
        }
#pragma warning disable CA1031 // Whatever goes wrong, every operation of the batch is settled and the lane goes on.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Log.DeliveryFailed(_logger, _protocol.DisplayName, batch.Count - progress.Settled, "error");
            for (var i = progress.Settled; i < batch.Count; i++)
            {
                _outcomes.Complete(batch[i], OutcomeStatus.Failed, "error", error: null, exception: e);
            }
        }
        finally
        {
            _counters.UploadEnded(_time.GetElapsedTime(started).TotalSeconds);
        }
    }

    /// <summary>Sends <c>batch[start..start+count]</c> until it is settled (see the class).</summary>
    private async Task SendRangeAsync(List<QueuedOperation> batch, int start, int count, long firstAttempt, Progress progress, CancellationToken stopping)
    {
        var idempotent = batch[start].IsIdempotent;
        for (var attempt = 0; ; attempt++)
        {
            await _pause.WaitAsync(stopping).ConfigureAwait(false);
            var (body, length) = BuildBody(batch, start, count);
            try
            {
                var response = await _pipeline.SendAsync(_protocol.CreateRequest(body.AsMemory(0, length), idempotent), stopping).ConfigureAwait(false);
                _counters.BatchSent(length, count);
                Settle(batch, start, count, _protocol.ParseFailures(response, count));
                progress.Settled = start + count;
                return;
            }
            catch (CustomerIORateLimitException e) when (_time.GetElapsedTime(firstAttempt) < _limits.MaxRetryDuration)
            {
                var (delay, capped) = SendDecisions.RateLimitPause(e, Backoff(attempt), _limits.MaxRetryAfter);
                if (capped)
                {
                    var requested = e.RetryAfter is { } asked ? asked.TotalSeconds.ToString("F0", System.Globalization.CultureInfo.InvariantCulture) + " s" : "an unreadable Retry-After";
                    Log.PauseCapped(_logger, _protocol.DisplayName, requested, delay.TotalMilliseconds);
                }

                _pause.PauseFor(delay);
                Log.Paused(_logger, _protocol.DisplayName, delay.TotalMilliseconds);
            }
            catch (CustomerIOApiException e) when (SendDecisions.IsSplittable(e) && count > 1)
            {
                Log.Splitting(_logger, _protocol.DisplayName, count, (int)e.StatusCode);
                var half = count / 2;
                ArrayPool<byte>.Shared.Return(body);
                body = null!;
                await SendRangeAsync(batch, start, half, firstAttempt, progress, stopping).ConfigureAwait(false);
                await SendRangeAsync(batch, start + half, count - half, firstAttempt, progress, stopping).ConfigureAwait(false);
                return;
            }
            catch (CustomerIOException e) when (SendDecisions.IsTransient(e) && (idempotent || _limits.RetryUnsafeOperations) && _time.GetElapsedTime(firstAttempt) < _limits.MaxRetryDuration)
            {
                var delay = Backoff(attempt);
                _counters.UploadFailed();
                Log.UploadRetry(_logger, _protocol.DisplayName, e.GetType().Name, delay.TotalMilliseconds);
                await Delays.DelayAsync(_time, delay, stopping).ConfigureAwait(false);
            }
            catch (CustomerIOException e)
            {
                var reason = SendDecisions.FailureReason(e);
                _counters.UploadFailed();
                Log.DeliveryFailed(_logger, _protocol.DisplayName, count, reason);
                var error = SendDecisions.FailureError(e);
                for (var i = start; i < start + count; i++)
                {
                    _outcomes.Complete(batch[i], OutcomeStatus.Failed, reason, error, e);
                }

                progress.Settled = start + count;
                return;
            }
            finally
            {
                if (body is not null)
                {
                    ArrayPool<byte>.Shared.Return(body);
                }
            }
        }
    }

    /// <summary>Settles a sent range: the operations the answer names failed (not retried: they are invalid), all others delivered.</summary>
    private void Settle(List<QueuedOperation> batch, int start, int count, CustomerIOApiError?[]? failures)
    {
        // The room of the delivered operations goes back at once: one update of the shared budget per batch, not per operation.
        long deliveredBytes = 0;
        var deliveredCount = 0;
        for (var i = 0; i < count; i++)
        {
            if (failures?[i] is null)
            {
                deliveredBytes += batch[start + i].Length;
                deliveredCount++;
            }
        }

        _budget.Release(deliveredBytes, deliveredCount);
        for (var i = 0; i < count; i++)
        {
            if (failures?[i] is { } error)
            {
                _outcomes.Complete(batch[start + i], OutcomeStatus.Failed, "rejected", error, exception: null);
            }
            else
            {
                _outcomes.CompleteDelivered(batch[start + i]);
            }
        }

        _counters.Delivered(deliveredCount);
    }

    /// <summary>Writes the envelope around <c>op,op,…</c> into a pooled buffer (once per attempt: the protocol may stamp it).</summary>
    private (byte[] Body, int Length) BuildBody(List<QueuedOperation> batch, int start, int count)
    {
        var length = _limits.EnvelopeOverhead + count - 1;
        for (var i = start; i < start + count; i++)
        {
            length += batch[i].Length;
        }

        var body = ArrayPool<byte>.Shared.Rent(length);
        _protocol.EnvelopeStart.CopyTo(body);
        var position = _protocol.EnvelopeStart.Length;
        for (var i = start; i < start + count; i++)
        {
            if (i > start)
            {
                body[position++] = (byte)',';
            }

            batch[i].Json.CopyTo(body.AsSpan(position));
            position += batch[i].Length;
        }

        // The length sent is the one computed up front: were it wrong, the body would be cut or carry stale bytes.
        _protocol.WriteEnvelopeEnd(body.AsSpan(position, _protocol.EnvelopeEndLength));
        return (body, length);
    }

    private TimeSpan Backoff(int attempt) => SendDecisions.Backoff(attempt, _limits.MaxRetryDelay, _random());

    /// <summary>How far a batch's settling got, so a shutdown mid-upload abandons only the rest.</summary>
    private sealed class Progress
    {
        public int Settled { get; set; }
    }
}
