using Microsoft.Extensions.Logging;

namespace CustomerIO.Telemetry;

/// <summary>
/// Every log line the transport writes. Only methods, path templates, statuses and counts are logged:
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
}
