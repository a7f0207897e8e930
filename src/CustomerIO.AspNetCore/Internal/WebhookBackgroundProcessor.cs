using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CustomerIO.AspNetCore.Internal;

/// <summary>
/// Runs queued events' handlers one at a time, each in its own service scope. At shutdown it stops taking events
/// and finishes the queued ones until the host's shutdown timeout, then cancels the running handler and logs how
/// many were left.
/// </summary>
internal sealed class WebhookBackgroundProcessor(WebhookBackgroundQueue queue, IServiceScopeFactory scopes, ILogger<WebhookBackgroundProcessor> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _abort = new();
    private Task _loop = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _loop = Task.Run(RunAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        using var registration = cancellationToken.Register(() => _abort.Cancel());
        try
        {
            await _loop.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Log.Abandoned(logger, queue.Reader.Count);
        }
    }

    public void Dispose() => _abort.Dispose();

    private async Task RunAsync()
    {
        await foreach (var item in queue.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            if (_abort.IsCancellationRequested)
            {
                return;
            }

            var scope = scopes.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                try
                {
                    await item.Handler(scope.ServiceProvider, item.Event, _abort.Token).ConfigureAwait(false);
                }
                catch (Exception exception)
                {
                    Log.BackgroundHandlerFailed(logger, exception, item.Event.EventId, item.Event.ObjectType.Value, item.Event.Metric.Value);
                }
            }
        }
    }
}
