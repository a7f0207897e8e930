namespace CustomerIO.Emulator;

/// <summary>One request the emulator answered (admin requests are not logged).</summary>
public sealed record ReceivedRequest
{
    /// <summary>When it arrived.</summary>
    public DateTimeOffset Time { get; init; }

    /// <summary>The API it addressed, or null when the path belongs to none.</summary>
    public EmulatorApi? Api { get; init; }

    /// <summary>HTTP method.</summary>
    public required string Method { get; init; }

    /// <summary>The request path as routed (percent-decoded, except <c>%2F</c>).</summary>
    public required string Path { get; init; }

    /// <summary>The query string, including its '?', if any.</summary>
    public string? Query { get; init; }

    /// <summary>The status answered; 0 when the connection was aborted.</summary>
    public int Status { get; init; }

    /// <summary>The injected fault, if any (<c>status:503</c>, <c>abort</c>, <c>latency:200ms</c>, <c>down</c>, <c>rate_limit</c>).</summary>
    public string? Fault { get; init; }

    /// <summary>The request body length in bytes, when it was read.</summary>
    public long? BodyLength { get; init; }

    /// <summary>The first bytes of the body as text (capped by <see cref="CustomerIOEmulatorOptions.RequestBodyCaptureBytes"/>).</summary>
    public string? BodyPrefix { get; init; }

    /// <summary>How long the emulator took to answer, in milliseconds.</summary>
    public double DurationMilliseconds { get; init; }
}
