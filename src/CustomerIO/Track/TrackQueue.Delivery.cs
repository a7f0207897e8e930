using System.Buffers;
using System.Diagnostics;
using System.Net.Http;
using CustomerIO.Queue.Engine;
using CustomerIO.Telemetry;
using CustomerIO.Transport;

namespace CustomerIO.Track;

public sealed partial class TrackQueue
{
    private static readonly byte[] BatchStart = "{\"batch\":["u8.ToArray();

    /// <summary>Delivers one batch of a lane; every operation in it is settled when this returns (or abandoned on shutdown).</summary>
    private async Task DeliverAsync(List<QueuedOperation> batch, CancellationToken stopping)
    {
        Interlocked.Increment(ref _inFlight);
        QueueTelemetry.InFlight.Add(1);
        var started = _time.GetTimestamp();
        using var activity = CustomerIOTelemetry.ActivitySource.StartActivity("customerio.queue.upload", ActivityKind.Internal);
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
                Complete(batch[i], OutcomeStatus.Abandoned, "shutdown", error: null, exception: null);
            }
        }
#pragma warning disable CA1031 // Whatever goes wrong, every operation of the batch is settled and the lane goes on.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Log.DeliveryFailed(_logger, batch.Count - progress.Settled, "error");
            for (var i = progress.Settled; i < batch.Count; i++)
            {
                Complete(batch[i], OutcomeStatus.Failed, "error", error: null, exception: e);
            }
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
            QueueTelemetry.InFlight.Add(-1);
            QueueTelemetry.UploadDuration.Record(_time.GetElapsedTime(started).TotalSeconds);
        }
    }

    /// <summary>
    /// Sends <c>batch[start..start+count]</c> until it is settled: 429 pauses every lane, a whole-batch 400 or 413 is
    /// split in halves (in order) to isolate the bad operations, transient failures are sent again with backoff
    /// until <see cref="TrackQueueOptions.MaxRetryDuration"/>, and anything else fails the operations.
    /// </summary>
    private async Task SendRangeAsync(List<QueuedOperation> batch, int start, int count, long firstAttempt, Progress progress, CancellationToken stopping)
    {
        var idempotent = batch[start].IsIdempotent;
        for (var attempt = 0; ; attempt++)
        {
            await _pause.WaitAsync(stopping).ConfigureAwait(false);
            var (body, length) = BuildBody(batch, start, count);
            try
            {
                var request = new ApiRequest(HttpMethod.Post, "/api/v2/batch", "api/v2/batch", idempotent, body.AsMemory(0, length)) { RetryRateLimits = false };
                var response = await _pipeline.SendAsync(request, stopping).ConfigureAwait(false);
                QueueTelemetry.BatchBytes.Record(length);
                QueueTelemetry.BatchOperations.Record(count);
                Settle(batch, start, count, (int)response.StatusCode == 207 ? ApiErrorParser.Parse(response.Body) : null);
                progress.Settled = start + count;
                Volatile.Write(ref _consecutiveUploadFailures, 0);
                return;
            }
            catch (CustomerIORateLimitException e) when (_time.GetElapsedTime(firstAttempt) < _options.MaxRetryDuration)
            {
                var delay = RateLimitPause(e, attempt);
                _pause.PauseFor(delay);
                Log.Paused(_logger, delay.TotalMilliseconds);
            }
            catch (CustomerIOApiException e) when ((int)e.StatusCode is 400 or 413 && count > 1)
            {
                Log.Splitting(_logger, count, (int)e.StatusCode);
                var half = count / 2;
                ArrayPool<byte>.Shared.Return(body);
                body = null!;
                await SendRangeAsync(batch, start, half, firstAttempt, progress, stopping).ConfigureAwait(false);
                await SendRangeAsync(batch, start + half, count - half, firstAttempt, progress, stopping).ConfigureAwait(false);
                return;
            }
            catch (CustomerIOException e) when (IsTransient(e) && (idempotent || _retry.RetryUnsafeOperations) && _time.GetElapsedTime(firstAttempt) < _options.MaxRetryDuration)
            {
                var delay = Backoff(attempt);
                Interlocked.Increment(ref _consecutiveUploadFailures);
                Log.UploadRetry(_logger, e.GetType().Name, delay.TotalMilliseconds);
                await Delays.DelayAsync(_time, delay, stopping).ConfigureAwait(false);
            }
            catch (CustomerIOException e)
            {
                var reason = FailureReason(e);
                Interlocked.Increment(ref _consecutiveUploadFailures);
                Log.DeliveryFailed(_logger, count, reason);
                var error = e is CustomerIOApiException api ? (api.Errors.Count > 0 ? api.Errors[0] : new CustomerIOApiError(api.Message)) : null;
                for (var i = start; i < start + count; i++)
                {
                    Complete(batch[i], OutcomeStatus.Failed, reason, error, e);
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

    /// <summary>Settles a sent range: the operations a 207 names failed (not retried: they are invalid), all others delivered.</summary>
    private void Settle(List<QueuedOperation> batch, int start, int count, IReadOnlyList<CustomerIOApiError>? errors)
    {
        CustomerIOApiError?[]? failures = null;
        if (errors is not null)
        {
            failures = new CustomerIOApiError?[count];
            foreach (var error in errors)
            {
                if (error.BatchIndex is int index && index >= 0 && index < count)
                {
                    failures[index] ??= error;
                }
            }
        }

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

        ReleaseRoom(deliveredBytes, deliveredCount);
        var delivered = 0;
        for (var i = 0; i < count; i++)
        {
            if (failures?[i] is { } error)
            {
                Complete(batch[start + i], OutcomeStatus.Failed, "rejected", error, exception: null);
            }
            else
            {
                CompleteDelivered(batch[start + i]);
                delivered++;
            }
        }

        Interlocked.Add(ref _delivered, delivered);
        if (QueueTelemetry.Delivered.Enabled)
        {
            QueueTelemetry.Delivered.Add(delivered);
        }
    }

    /// <summary>Writes <c>{"batch":[op,op,…]}</c> into a pooled buffer.</summary>
    private static (byte[] Body, int Length) BuildBody(List<QueuedOperation> batch, int start, int count)
    {
        var length = Lane.BatchOverhead + count - 1;
        for (var i = start; i < start + count; i++)
        {
            length += batch[i].Length;
        }

        var body = ArrayPool<byte>.Shared.Rent(length);
        BatchStart.CopyTo(body, 0);
        var position = BatchStart.Length;
        for (var i = start; i < start + count; i++)
        {
            if (i > start)
            {
                body[position++] = (byte)',';
            }

            batch[i].Json.CopyTo(body.AsSpan(position));
            position += batch[i].Length;
        }

        body[position++] = (byte)']';
        body[position++] = (byte)'}';
        return (body, position);
    }

    private static bool IsTransient(CustomerIOException exception) => exception switch
    {
        CustomerIOTimeoutException or CustomerIOConnectionException => true,
        CustomerIOApiException api => RetryRules.IsTransientStatus((int)api.StatusCode),
        _ => false,
    };

    private static string FailureReason(CustomerIOException exception) => exception switch
    {
        CustomerIORateLimitException => "rate_limited",
        CustomerIOAuthenticationException => "unauthorized",
        CustomerIOApiException api when (int)api.StatusCode is 400 or 413 => "rejected",
        CustomerIOApiException api => "http_" + ((int)api.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture),
        CustomerIOTimeoutException => "timeout",
        CustomerIOConnectionException => "connection",
        _ => "error",
    };

    /// <summary>
    /// The queue's own wait between two sends of a batch: 0.5 s doubling, up to 25% jitter on top, at most
    /// <see cref="TrackQueueOptions.MaxRetryDelay"/> (5 s). This is a second layer on purpose: the transport's retries
    /// ride out blips within one send; the queue re-sends across outages (up to
    /// <see cref="TrackQueueOptions.MaxRetryDuration"/>), because it holds the operations and must not lose them. The
    /// cap is short so that the first send after Customer.io is back comes within seconds: a queue re-sending every
    /// few seconds costs one request per lane, while a long backoff would hold every operation back for as long.
    /// </summary>
    private TimeSpan Backoff(int attempt) =>
        TimeSpan.FromTicks((long)Math.Min(_options.MaxRetryDelay.Ticks, TimeSpan.TicksPerMillisecond * 500 * Math.Pow(2, Math.Min(attempt, 16)) * (1 + (0.25 * _random()))));

    /// <summary>
    /// How long a 429 pauses every lane: its <c>Retry-After</c>, at most <see cref="CustomerIORetryOptions.MaxRetryAfter"/>
    /// (as the client waits no longer), or at most the queue's backoff when that is longer (so a cap of zero does not
    /// make the queue hammer the API). A header too large or unreadable pauses for the cap: Customer.io asked for a
    /// pause, so one is taken, but a bounded one. Without the header, the queue's backoff.
    /// </summary>
    private TimeSpan RateLimitPause(CustomerIORateLimitException e, int attempt)
    {
        var backoff = Backoff(attempt);
        if (e.RetryAfter is null && !e.RetryAfterUnreadable)
        {
            return backoff;
        }

        var cap = _retry.MaxRetryAfter > backoff ? _retry.MaxRetryAfter : backoff;
        if (e.RetryAfter is { } asked && asked <= cap)
        {
            return asked < TimeSpan.Zero ? TimeSpan.Zero : asked;
        }

        Log.PauseCapped(_logger, e.RetryAfter is { } requested ? requested.TotalSeconds.ToString("F0", System.Globalization.CultureInfo.InvariantCulture) + " s" : "an unreadable Retry-After", cap.TotalMilliseconds);
        return cap;
    }

    /// <summary>How far a batch's settling got, so a shutdown mid-upload abandons only the rest.</summary>
    private sealed class Progress
    {
        public int Settled { get; set; }
    }
}
