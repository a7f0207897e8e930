using System.Diagnostics;
using CustomerIO.Telemetry;

namespace CustomerIO.Transport;

/// <summary>The pipeline's telemetry: one duration measurement per attempt, and a warning when retries run out.</summary>
internal sealed partial class HttpPipeline
{
    private void Record(ApiRequest request, int attempt, TimeSpan elapsed, int? statusCode, string? errorType)
    {
        if (!CustomerIOTelemetry.RequestDuration.Enabled)
        {
            return;
        }

        var tags = new TagList
        {
            { "customerio.api", _api },
            { "http.request.method", request.Method.Method },
            { "url.template", request.PathTemplate },
            { "customerio.attempt", attempt },
        };
        if (statusCode is { } status)
        {
            tags.Add("http.response.status_code", status);
        }

        if (errorType is not null)
        {
            tags.Add("error.type", errorType);
        }

        CustomerIOTelemetry.RequestDuration.Record(elapsed.TotalSeconds, tags);
    }

    private void LogGaveUp(ApiRequest request, int attempts, string outcome)
    {
        if (attempts > 1)
        {
            Log.RetriesExhausted(_logger, request.Method.Method, request.PathTemplate, attempts, outcome);
        }
    }
}
