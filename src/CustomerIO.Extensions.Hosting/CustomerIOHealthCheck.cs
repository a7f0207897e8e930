using CustomerIO.Extensions.Hosting.Internal;
using CustomerIO.Track;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CustomerIO.Extensions.Hosting;

/// <summary>
/// Reports the health of every workspace's queues (Track's, and Pipelines' when it has one) from their state now, so it follows an outage within seconds both
/// ways: degraded from the first upload that failed (after the transport's own retries) and while paused by a rate
/// limit or more than 80% full; unhealthy once uploads have failed three times in a row or a queue is closed;
/// healthy again as soon as one upload succeeds. The data holds the counts.
/// </summary>
/// <remarks>
/// How soon the queue tries again after an outage, and so how soon this turns healthy, is bounded by
/// <see cref="CustomerIOQueueOptions.MaxRetryDelay"/> (5 s); a rate-limit pause by <see cref="CustomerIORetryOptions.MaxRetryAfter"/>.
/// </remarks>
internal sealed class CustomerIOHealthCheck(CustomerIOWorkspaces workspaces) : IHealthCheck
{
    /// <summary>Consecutive failed upload attempts that make a queue unhealthy (fewer, but at least one, make it degraded).</summary>
    internal const int FailingUploads = 3;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>(StringComparer.Ordinal);
        var worst = HealthStatus.Healthy;
        var problems = new List<string>();
        foreach (var queue in workspaces.Queues)
        {
            var name = queue.Label;
            var stats = queue.Statistics();
            var limits = queue.Options;
            var key = queue.DataPrefix;
            data[key + "pending"] = stats.Pending;
            data[key + "pending_bytes"] = stats.PendingBytes;
            data[key + "delivered"] = stats.Delivered;
            data[key + "failed"] = stats.Failed;
            data[key + "dropped"] = stats.Dropped + stats.Refused;
            data[key + "paused"] = stats.IsPaused;
            data[key + "consecutive_upload_failures"] = stats.ConsecutiveUploadFailures;

            var failures = stats.ConsecutiveUploadFailures;
            if (stats.IsClosed || failures >= FailingUploads)
            {
                worst = HealthStatus.Unhealthy;
                problems.Add(stats.IsClosed ? $"{name}: queue closed" : $"{name}: {failures} uploads failed in a row");
                continue;
            }

            var degraded = new List<string>();
            if (failures > 0)
            {
                degraded.Add(failures == 1 ? "an upload failed; sending it again" : $"{failures} uploads failed in a row; sending again");
            }

            if (stats.IsPaused)
            {
                degraded.Add("paused by a rate limit");
            }

            if (stats.PendingBytes > limits.MaxQueueBytes * 0.8 || stats.Pending > limits.MaxQueueOperations * 0.8)
            {
                degraded.Add("backlog over 80% of its bound");
            }

            if (degraded.Count > 0)
            {
                worst = worst == HealthStatus.Unhealthy ? worst : HealthStatus.Degraded;
                problems.Add($"{name}: {string.Join(", ", degraded)}");
            }
        }

        var description = problems.Count == 0 ? "Customer.io queues are delivering." : string.Join("; ", problems);
        // Unhealthy is reported as the registration's failure status (Unhealthy unless the app chose otherwise).
        var status = worst == HealthStatus.Unhealthy ? context.Registration.FailureStatus : worst;
        return Task.FromResult(new HealthCheckResult(status, description, data: data));
    }
}
