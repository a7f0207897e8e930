using Microsoft.Extensions.Logging;

namespace CustomerIO.AspNetCore.Internal;

/// <summary>
/// What the webhook endpoint logs: refusal reasons, event ids, object types and metrics. Never a secret, a
/// signature, a body or anything from <c>data</c> (personal data).
/// </summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Warning, "Customer.io webhook refused ({Status}): {Reason}: {Message}")]
    public static partial void Refused(ILogger logger, int status, string reason, string message);

    [LoggerMessage(2, LogLevel.Debug, "Customer.io webhook {EventId} ({ObjectType} {Metric}) was handled before; answered without handling it again")]
    public static partial void Duplicate(ILogger logger, string eventId, string objectType, string metric);

    [LoggerMessage(8, LogLevel.Information, "Customer.io webhook {EventId} ({ObjectType} {Metric}) arrived again while its first delivery is still being handled; answered 503 so Customer.io comes back")]
    public static partial void InProgress(ILogger logger, string eventId, string objectType, string metric);

    [LoggerMessage(3, LogLevel.Error, "Customer.io webhook {EventId} ({ObjectType} {Metric}): the handler failed; answered 500 so Customer.io retries")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string eventId, string objectType, string metric);

    [LoggerMessage(4, LogLevel.Error, "Customer.io webhook {EventId} ({ObjectType} {Metric}): the background handler failed; the event was acknowledged and is not retried")]
    public static partial void BackgroundHandlerFailed(ILogger logger, Exception exception, string eventId, string objectType, string metric);

    [LoggerMessage(5, LogLevel.Warning, "Customer.io webhook {EventId}: the background queue is full ({Capacity} events); answered 503 so Customer.io retries")]
    public static partial void QueueFull(ILogger logger, string eventId, int capacity);

    [LoggerMessage(6, LogLevel.Warning, "Customer.io webhook {EventId} ({ObjectType} {Metric}) is not typed by this SDK version: {Reason}")]
    public static partial void Unrecognized(ILogger logger, string eventId, string objectType, string metric, string reason);

    [LoggerMessage(7, LogLevel.Warning, "Customer.io webhooks: the host stopped with {Count} events not handled in the background")]
    public static partial void Abandoned(ILogger logger, int count);
}
