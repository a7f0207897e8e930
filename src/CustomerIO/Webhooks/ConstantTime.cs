namespace CustomerIO.Webhooks;

/// <summary>
/// Compares secrets-derived bytes in time that depends only on their length, so an attacker timing the answers
/// learns nothing about how many leading bytes of a forged signature were right.
/// </summary>
internal static class ConstantTime
{
    /// <summary>Whether the two spans hold the same bytes; the time taken depends on the lengths only.</summary>
    public static bool AreEqual(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
#if NET8_0_OR_GREATER
        return System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(left, right);
#else
        return FallbackEquals(left, right);
#endif
    }

    /// <summary>
    /// The comparison netstandard2.0 uses (it has no <c>CryptographicOperations</c>): every byte is visited and
    /// differences are OR-ed together, with no early exit. Not inlined or optimised into an early-exit loop.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining | System.Runtime.CompilerServices.MethodImplOptions.NoOptimization)]
    internal static bool FallbackEquals(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        if (left.Length != right.Length)
        {
            return false;
        }

        var difference = 0;
        for (var i = 0; i < left.Length; i++)
        {
            difference |= left[i] ^ right[i];
        }

        return difference == 0;
    }
}
