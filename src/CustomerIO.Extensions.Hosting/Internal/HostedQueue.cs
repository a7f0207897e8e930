namespace CustomerIO.Extensions.Hosting.Internal;

/// <summary>
/// One created queue of a workspace, whichever API it delivers for, as the drain and the health check see it: its
/// name in their words (<c>default</c>, <c>default pipelines</c>), its counts, its bounds, and how to close it.
/// </summary>
/// <param name="Label">How logs and the health check name it: the workspace's name, then the API's unless it is Track.</param>
/// <param name="DataPrefix">The prefix of its keys in the health check's data (<c>default.</c>, <c>default.pipelines.</c>).</param>
/// <param name="Statistics">Its counts now.</param>
/// <param name="Options">The settings it was made with (its bounds).</param>
/// <param name="CloseAsync">Closes it, delivering what it holds until the token gives up.</param>
internal sealed record HostedQueue(
    string Label,
    string DataPrefix,
    Func<CustomerIOQueueStatistics> Statistics,
    CustomerIOQueueOptions Options,
    Func<CancellationToken, Task<CustomerIOQueueStatistics>> CloseAsync);
