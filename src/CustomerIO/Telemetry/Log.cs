using Microsoft.Extensions.Logging;

namespace CustomerIO.Telemetry;

/// <summary>
/// Every log line the transport and the queues write (a queue names itself: "The Track queue …"). Only methods, path templates, statuses and counts are logged:
/// never identifiers, bodies or credentials.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Debug, "{Method} {PathTemplate} answered {StatusCode} in {ElapsedMs:F1} ms (attempt {Attempt})")]
    public static partial void AttemptCompleted(ILogger logger, string method, string pathTemplate, int statusCode, double elapsedMs, int attempt);

    [LoggerMessage(2, LogLevel.Debug, "{Method} {PathTemplate} failed after {ElapsedMs:F1} ms (attempt {Attempt}): {ErrorType}")]
    public static partial void AttemptFailed(ILogger logger, string method, string pathTemplate, double elapsedMs, int attempt, string errorType);

    [LoggerMessage(3, LogLevel.Debug, "{Method} {PathTemplate} will be retried in {DelayMs:F0} ms (retry {Retry})")]
    public static partial void Retrying(ILogger logger, string method, string pathTemplate, double delayMs, int retry);

    [LoggerMessage(4, LogLevel.Warning, "{Method} {PathTemplate} failed after {Attempts} attempts: {Outcome}")]
    public static partial void RetriesExhausted(ILogger logger, string method, string pathTemplate, int attempts, string outcome);

    [LoggerMessage(5, LogLevel.Debug, "{Method} {PathTemplate} was redirected ({StatusCode}) to host {Host}; credentials kept: {CredentialsKept}")]
    public static partial void Redirected(ILogger logger, string method, string pathTemplate, int statusCode, string host, bool credentialsKept);

    [LoggerMessage(10, LogLevel.Warning, "The {Queue} queue did not take {Count} operations since its last report: {Reasons}")]
    public static partial void OperationsNotTaken(ILogger logger, string queue, long count, string reasons);

    [LoggerMessage(11, LogLevel.Warning, "The {Queue} queue could not deliver {Count} operations: {Reason}")]
    public static partial void DeliveryFailed(ILogger logger, string queue, int count, string reason);

    [LoggerMessage(12, LogLevel.Information, "Customer.io is rate limiting the {Queue} queue: every upload pauses for {DelayMs:F0} ms")]
    public static partial void Paused(ILogger logger, string queue, double delayMs);

    [LoggerMessage(13, LogLevel.Debug, "A {Queue} batch of {Count} operations was refused as a whole ({StatusCode}); splitting it to isolate the bad ones")]
    public static partial void Splitting(ILogger logger, string queue, int count, int statusCode);

    [LoggerMessage(14, LogLevel.Warning, "A {Queue} batch upload failed ({ErrorType}); sending it again in {DelayMs:F0} ms")]
    public static partial void UploadRetry(ILogger logger, string queue, string errorType, double delayMs);

    [LoggerMessage(15, LogLevel.Warning, "The {Queue} queue shut down with {Count} operations undelivered")]
    public static partial void Abandoned(ILogger logger, string queue, long count);

    [LoggerMessage(16, LogLevel.Warning, "Customer.io asked for a pause ({Requested}) longer than the {Queue} queue takes: every upload pauses for {DelayMs:F0} ms, the cap (Retry.MaxRetryAfter)")]
    public static partial void PauseCapped(ILogger logger, string queue, string requested, double delayMs);
}
