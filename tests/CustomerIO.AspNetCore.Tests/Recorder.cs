using System.Collections.Concurrent;
using CustomerIO.Webhooks;

namespace CustomerIO.AspNetCore.Tests;

/// <summary>A handler that records each event and signals it, optionally holding until released or throwing.</summary>
internal sealed class Recorder
{
    private readonly ConcurrentQueue<ReportingWebhookEvent> _events = new();
    private readonly SemaphoreSlim _arrived = new(0);

    public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool Hold { get; init; }

    public int FailuresLeft { get; set; }

    public IReadOnlyList<ReportingWebhookEvent> Events => [.. _events];

    public int Started { get; private set; }

    public SemaphoreSlim StartedSignal { get; } = new(0);

    public async Task HandleAsync(ReportingWebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        Started++;
        StartedSignal.Release();
        if (Hold)
        {
            await Gate.Task.WaitAsync(TimeSpan.FromSeconds(20), cancellationToken);
        }

        if (FailuresLeft > 0)
        {
            FailuresLeft--;
            throw new InvalidOperationException("handler failed on purpose");
        }

        _events.Enqueue(webhookEvent);
        _arrived.Release();
    }

    /// <summary>Waits (at most 20 s) until <paramref name="count"/> events were handled in all.</summary>
    public async Task<IReadOnlyList<ReportingWebhookEvent>> WaitForAsync(int count)
    {
        while (_events.Count < count)
        {
            Assert.True(await _arrived.WaitAsync(TimeSpan.FromSeconds(20)), $"{_events.Count} of {count} events arrived");
        }

        return Events;
    }
}
