using System.Linq;
using CustomerIO.Track;
using System.Text.Json;
using CustomerIO.Serialization;
using CustomerIO.Transport;
using CustomerIO.Track.Wire;

namespace CustomerIO.Track;

public partial class TrackClient
{
    /// <summary>Sends one Track v2 operation (<c>POST /api/v2/entity</c>).</summary>
    /// <param name="operation">The operation.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Customer.io has accepted the operation.</returns>
    public virtual Task SendAsync(TrackOperation operation, CancellationToken cancellationToken = default)
    {
        if (operation is null)
        {
            throw new ArgumentNullException(nameof(operation));
        }

        var request = TrackOperations.SendEntity.For().WithIdempotency(operation.IsIdempotent).WithJson(operation.Json);
        return _pipeline.SendAsync(request, cancellationToken);
    }

    /// <summary>
    /// Sends operations of any types together (<c>POST /api/v2/batch</c>). The body must stay under
    /// <see cref="CustomerIOLimits.MaxBatchBytes"/>: a larger batch is refused before sending (split it, or use a queue).
    /// </summary>
    /// <param name="operations">The operations, at least one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Which operations Customer.io refused as invalid (a 207 answer); all others were accepted.</returns>
    /// <exception cref="CustomerIOValidationException">The batch is empty or too large.</exception>
    public virtual async Task<TrackBatchResult> SendBatchAsync(IReadOnlyList<TrackOperation> operations, CancellationToken cancellationToken = default)
    {
        if (operations is null)
        {
            throw new ArgumentNullException(nameof(operations));
        }

        if (operations.Count == 0)
        {
            throw new CustomerIOValidationException(nameof(operations), "A batch needs at least one operation.");
        }

        var parts = new RawJson[operations.Count];
        var idempotent = true;
        for (var i = 0; i < parts.Length; i++)
        {
            var operation = operations[i] ?? throw new ArgumentNullException(nameof(operations), $"Operation {i} is null.");
            parts[i] = new RawJson(operation.Json);
            idempotent &= operation.IsIdempotent;
        }

        var body = WireJson.Serialize(new BatchBody { Batch = parts }, CustomerIOJsonContext.Wire.BatchBody, nameof(operations));
        if (body.Length >= CustomerIOLimits.MaxBatchBytes)
        {
            throw new CustomerIOValidationException(
                nameof(operations),
                $"The batch is {body.Length} bytes; Customer.io takes batches under {CustomerIOLimits.MaxBatchBytes} bytes. Split it into smaller batches.",
                CustomerIOLimits.MaxBatchBytes - 1,
                body.Length);
        }

        var request = TrackOperations.SendBatch.For().WithIdempotency(idempotent).WithJson(body);
        var response = await _pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if ((int)response.StatusCode != 207)
        {
            return new TrackBatchResult(operations.Count, []);
        }

        var failures = ApiErrorParser.Parse(response.Body)
            .Select(error =>
            {
                var index = error.BatchIndex ?? -1;
                return new TrackOperationFailure(index, index >= 0 && index < operations.Count ? operations[index] : null, error);
            })
            .ToArray();
        return new TrackBatchResult(operations.Count, failures);
    }
}
