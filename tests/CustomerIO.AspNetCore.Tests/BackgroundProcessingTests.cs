using CustomerIO.Emulator;
using CustomerIO.Webhooks;

namespace CustomerIO.AspNetCore.Tests;

/// <summary>
/// Acknowledge at once: a slow handler never holds the answer (Customer.io waits 4 s, then retries); the bounded
/// queue answers 503 when full, so Customer.io retries later instead of the app queueing without end.
/// </summary>
public sealed class BackgroundProcessingTests : IAsyncLifetime
{
    private readonly Recorder _recorder = new() { Hold = true };
    private CustomerIOEmulator _emulator = null!;
    private WebhookApp _app = null!;

    public async Task InitializeAsync()
    {
        _emulator = await CustomerIOEmulator.StartAsync();
        _app = await WebhookApp.StartAsync(_recorder.HandleAsync, o =>
        {
            o.ProcessInBackground = true;
            o.BackgroundQueueCapacity = 1;
        });
    }

    public async Task DisposeAsync()
    {
        _recorder.Gate.TrySetResult();
        await _app.DisposeAsync();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task A_slow_handler_does_not_delay_the_answer()
    {
        var (status, eventId, _) = await _emulator.TriggerAsync(_app, """{"object_type":"email","metric":"opened"}""");

        // Answered while the handler is still held: it has started, and nothing is handled yet.
        Assert.Equal(202, status);
        Assert.True(await _recorder.StartedSignal.WaitAsync(TimeSpan.FromSeconds(20)));
        Assert.Empty(_recorder.Events);

        _recorder.Gate.SetResult();
        Assert.Equal(eventId, Assert.Single(await _recorder.WaitForAsync(1)).EventId);
    }

    [Fact]
    public async Task A_full_queue_is_answered_503_and_the_retry_is_taken_once_there_is_room()
    {
        var first = await _app.PostAsync(WebhookEndpointTests.Payload("e1"));
        Assert.True(await _recorder.StartedSignal.WaitAsync(TimeSpan.FromSeconds(20))); // e1 is in the handler, held
        var second = await _app.PostAsync(WebhookEndpointTests.Payload("e2"));          // e2 fills the queue (capacity 1)
        var third = await _app.PostAsync(WebhookEndpointTests.Payload("e3"));           // no room

        Assert.Equal((HttpStatusCode.Accepted, "queued"), first);
        Assert.Equal((HttpStatusCode.Accepted, "queued"), second);
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "the background queue is full"), third);

        _recorder.Gate.SetResult();
        await _recorder.WaitForAsync(2);
        var retried = await _app.PostAsync(WebhookEndpointTests.Payload("e3")); // not a duplicate: the 503 released it

        Assert.Equal((HttpStatusCode.Accepted, "queued"), retried);
        Assert.Equal(["e1", "e2", "e3"], (await _recorder.WaitForAsync(3)).Select(e => e.EventId));
    }

    [Fact]
    public async Task At_shutdown_the_queued_events_are_finished_before_the_host_stops()
    {
        Assert.Equal(HttpStatusCode.Accepted, (await _app.PostAsync(WebhookEndpointTests.Payload("s1"))).Status);
        Assert.True(await _recorder.StartedSignal.WaitAsync(TimeSpan.FromSeconds(20)));
        Assert.Equal(HttpStatusCode.Accepted, (await _app.PostAsync(WebhookEndpointTests.Payload("s2"))).Status);

        var stopping = _app.StopAsync();
        Assert.False(stopping.IsCompleted); // waits for the held handler and the queued event
        _recorder.Gate.SetResult();
        await stopping.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(["s1", "s2"], _recorder.Events.Select(e => e.EventId));
    }

    [Fact]
    public async Task A_failing_background_handler_is_logged_and_the_loop_goes_on()
    {
        _recorder.FailuresLeft = 1;
        _recorder.Gate.SetResult();

        Assert.Equal(HttpStatusCode.Accepted, (await _app.PostAsync(WebhookEndpointTests.Payload("e-fails"))).Status);
        Assert.Equal(HttpStatusCode.Accepted, (await _app.PostAsync(WebhookEndpointTests.Payload("e-next"))).Status);

        Assert.Equal("e-next", Assert.Single(await _recorder.WaitForAsync(1)).EventId);
        var failed = Assert.Single(_app.Logs.GetSnapshot(), r => r.Id.Id == 4);
        Assert.Equal("Customer.io webhook e-fails (email delivered): the background handler failed; the event was acknowledged and is not retried", failed.Message);
        Assert.IsType<InvalidOperationException>(failed.Exception);
    }
}
