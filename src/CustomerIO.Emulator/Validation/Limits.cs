namespace CustomerIO.Emulator.Validation;

/// <summary>The documented Customer.io Track limits, all in UTF-8 bytes unless named otherwise.</summary>
internal static class Limits
{
    public const int IdentifierBytes = 150;
    public const int AttributeNameBytes = 150;
    public const int AttributeValueBytes = 1000;
    public const int AttributesPerCall = 300;
    public const int EventNameBytes = 100;
    public const int EventDataBytes = 100_000;
    public const int ObjectAttributesBytes = 100 * 1024;

    /// <summary>A v2 operation (entity body or batch item) may be at most this size.</summary>
    public const int OperationBytes = 32 * 1024;

    /// <summary>A v2 batch body must be strictly smaller than this ("under 500 KB").</summary>
    public const int BatchBytesExclusive = 500 * 1024;

    /// <summary>v1 bodies have no documented total; this cap only protects the emulator (event data is 100,000 bytes).</summary>
    public const int V1BodyBytes = 1024 * 1024;

    public const int SegmentIdsMin = 1;
    public const int SegmentIdsMax = 1000;
}
