namespace CustomerIO.Emulator.Faults;

/// <summary>What to do to one request: wait, then answer a status, abort, or let it through.</summary>
internal readonly record struct FaultDecision(TimeSpan Latency, int? Status, int? RetryAfterSeconds, bool Abort, string? Label)
{
    public static FaultDecision None => default;

    public bool IsNone => Label is null;
}
