namespace CustomerIO.Queue.Engine;

/// <summary>
/// The hash that picks an operation's upload lane. Operations about the same entity hash alike, however they
/// were created, so they travel through one lane and keep their order.
/// </summary>
internal static class LaneHash
{
    public static int Of(string kind, string value) =>
        (StringComparer.Ordinal.GetHashCode(kind) * 31) ^ StringComparer.Ordinal.GetHashCode(value);

    /// <summary>The lane index for a hash (never negative).</summary>
    public static int Lane(int hash, int lanes) => (int)((uint)hash % (uint)lanes);
}
