using System.Text.Json.Serialization;

namespace CustomerIO.Emulator;

/// <summary>
/// One fault: for requests matching <see cref="Api"/> and <see cref="PathPattern"/>, a fraction
/// (<see cref="Rate"/>) get <see cref="Latency"/> added and then are answered with <see cref="Status"/>,
/// aborted (<see cref="Abort"/>), or served normally when neither is set.
/// </summary>
public sealed record FaultRule
{
    /// <summary>The API to match; null matches every API.</summary>
    public EmulatorApi? Api { get; set; }

    /// <summary>A path pattern where <c>*</c> matches any characters (<c>/api/v2/*</c>); null matches every path.</summary>
    public string? PathPattern { get; set; }

    /// <summary>The fraction of matching requests affected, from 0 to 1. Default 1 (every one; no random draw).</summary>
    public double Rate { get; set; } = 1.0;

    /// <summary>The status to answer (429, 500, 502, 503, ...); null serves the request normally (after any latency).</summary>
    public int? Status { get; set; }

    /// <summary>The <c>Retry-After</c> seconds sent with <see cref="Status"/>; 429 answers default to 1.</summary>
    public int? RetryAfterSeconds { get; set; }

    /// <summary>Latency added before answering. Default none.</summary>
    [JsonPropertyName("latency_ms")]
    [JsonConverter(typeof(MillisecondsConverter))]
    public TimeSpan Latency { get; set; }

    /// <summary>Abort the connection instead of answering.</summary>
    public bool Abort { get; set; }

    /// <summary>Fire at most this many times (null: without limit); handy for "fail the next 2 requests".</summary>
    public int? MaxCount { get; set; }

    internal void Validate()
    {
        if (Rate is < 0 or > 1 || double.IsNaN(Rate))
        {
            throw new ArgumentException("Rate must be between 0 and 1.", nameof(Rate));
        }

        if (Status is < 400 or > 599)
        {
            throw new ArgumentException("Status must be an error status (400-599).", nameof(Status));
        }

        if (Latency < TimeSpan.Zero || Latency > TimeSpan.FromMinutes(5))
        {
            throw new ArgumentException("Latency must be between 0 and 5 minutes.", nameof(Latency));
        }

        if (RetryAfterSeconds is < 0 || MaxCount is < 0)
        {
            throw new ArgumentException("RetryAfterSeconds and MaxCount must not be negative.");
        }
    }
}
