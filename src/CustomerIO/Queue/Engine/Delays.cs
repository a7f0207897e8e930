namespace CustomerIO.Queue.Engine;

/// <summary>Waiting through a <see cref="TimeProvider"/> on every target framework.</summary>
internal static class Delays
{
    public static Task DelayAsync(TimeProvider time, TimeSpan delay, CancellationToken cancellationToken) =>
#if NET8_0_OR_GREATER
        Task.Delay(delay, time, cancellationToken);
#else
        time.Delay(delay, cancellationToken);
#endif

    /// <summary>Completes when <paramref name="signal"/> completes, <paramref name="timeout"/> passes (if given), or cancellation is requested (then throws).</summary>
    public static async Task WaitAsync(TimeProvider time, Task signal, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        if (timeout is { } elapsed && elapsed <= TimeSpan.Zero)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return;
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var cancelled = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        using (linked.Token.Register(static s => ((TaskCompletionSource<bool>)s!).TrySetResult(true), cancelled))
        {
            var delay = timeout is { } t ? DelayAsync(time, t, linked.Token) : null;
            await (delay is null ? Task.WhenAny(signal, cancelled.Task) : Task.WhenAny(signal, delay, cancelled.Task)).ConfigureAwait(false);
            linked.Cancel();
        }

        cancellationToken.ThrowIfCancellationRequested();
    }
}
