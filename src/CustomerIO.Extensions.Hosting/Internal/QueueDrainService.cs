using System.Linq;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CustomerIO.Extensions.Hosting.Internal;

/// <summary>
/// Starts every workspace's queues with the host (Pipelines' when the workspace has a write key), and at shutdown delivers what they hold within the host's
/// shutdown timeout, logging what could not be delivered.
/// </summary>
internal sealed partial class QueueDrainService(CustomerIOWorkspaces workspaces, ILogger<QueueDrainService> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Creating the queues now starts their upload loops, so the first event is not the one that pays for it.
        foreach (var workspace in workspaces.All)
        {
            _ = workspace.Queue;
            if (workspace.HasPipelines)
            {
                _ = workspace.PipelinesQueue;
            }
        }

        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        var closing = workspaces.Queues.Select(async queue =>
        {
            var result = await queue.CloseAsync(cancellationToken).ConfigureAwait(false);
            if (result.Abandoned > 0 || result.Failed > 0)
            {
                LogUndelivered(logger, queue.Label, result.Abandoned, result.Failed, result.Delivered);
            }
            else
            {
                LogDrained(logger, queue.Label, result.Delivered);
            }
        });
        await Task.WhenAll(closing).ConfigureAwait(false);
    }

    [LoggerMessage(1, LogLevel.Warning, "Customer.io workspace {Workspace}: {Abandoned} queued operations could not be delivered before shutdown and {Failed} failed ({Delivered} delivered)")]
    private static partial void LogUndelivered(ILogger logger, string workspace, long abandoned, long failed, long delivered);

    [LoggerMessage(2, LogLevel.Information, "Customer.io workspace {Workspace}: queue drained at shutdown ({Delivered} operations delivered in all)")]
    private static partial void LogDrained(ILogger logger, string workspace, long delivered);
}
