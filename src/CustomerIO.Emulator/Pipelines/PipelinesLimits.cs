namespace CustomerIO.Emulator.Pipelines;

/// <summary>The documented Pipelines limits (first-party spec: 32 KB per call, 500 KB per batch).</summary>
internal static class PipelinesLimits
{
    /// <summary>A single call's body, or one message inside a batch, may be at most this size.</summary>
    public const int CallBytes = 32 * 1024;

    /// <summary>A batch body may be at most this size.</summary>
    public const int BatchBytes = 500 * 1024;
}
