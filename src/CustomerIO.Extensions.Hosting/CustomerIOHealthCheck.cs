using CustomerIO.Extensions.Hosting.Internal;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CustomerIO.Extensions.Hosting;

/// <summary>
/// Reports the health of every workspace's queue: unhealthy while uploads keep failing or a queue is closed,
/// degraded while paused by a rate limit or more than 80% full, healthy otherwise. The data holds the counts.
/// </summary>
internal sealed class CustomerIOHealthCheck(CustomerIOWorkspaces workspaces) : IHealthCheck
{
    /// <summary>Consecutive failed upload attempts that make a queue unhealthy.</summary>
    internal const int FailingUploads = 3;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>(StringComparer.Ordinal);
        var worst = HealthStatus.Healthy;
        var problems = new List<string>();
        foreach (var workspace in workspaces.WithQueues)
        {
            var name = workspace.Name.Length == 0 ? "default" : workspace.Name;
            var stats = workspace.Queue.GetStatistics();
            var limits = workspace.QueueOptions;
            data[name + ".pending"] = stats.Pending;
            data[name + ".pending_bytes"] = stats.PendingBytes;
            data[name + ".delivered"] = stats.Delivered;
            data[name + ".failed"] = stats.Failed;
            data[name + ".dropped"] = stats.Dropped + stats.Refused;
            data[name + ".paused"] = stats.IsPaused;
            data[name + ".consecutive_upload_failures"] = stats.ConsecutiveUploadFailures;

            if (stats.IsClosed || stats.ConsecutiveUploadFailures >= FailingUploads)
            {
                worst = HealthStatus.Unhealthy;
                problems.Add(stats.IsClosed ? $"{name}: queue closed" : $"{name}: {stats.ConsecutiveUploadFailures} uploads failed in a row");
            }
            else if (stats.IsPaused || stats.PendingBytes > limits.MaxQueueBytes * 0.8 || stats.Pending > limits.MaxQueueOperations * 0.8)
            {
                worst = worst == HealthStatus.Unhealthy ? worst : HealthStatus.Degraded;
                problems.Add(stats.IsPaused ? $"{name}: paused by a rate limit" : $"{name}: backlog over 80% of its bound");
            }
        }

        var description = problems.Count == 0 ? "Customer.io queues are delivering." : string.Join("; ", problems);
        // Unhealthy is reported as the registration's failure status (Unhealthy unless the app chose otherwise).
        var status = worst == HealthStatus.Unhealthy ? context.Registration.FailureStatus : worst;
        return Task.FromResult(new HealthCheckResult(status, description, data: data));
    }
}
