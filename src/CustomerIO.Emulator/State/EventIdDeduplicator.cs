using System.IO.Hashing;

namespace CustomerIO.Emulator.State;

/// <summary>
/// Remembers recent event ids to ignore repeats, in bounded memory and without allocating: ids are
/// reduced to 64-bit fingerprints (XxHash3; a false repeat needs a collision among the remembered
/// ids, about 1 in 10^7 at a million) kept in open-addressing tables. Each of 64 stripes holds two
/// generations; when the current one fills, the previous is cleared and reused, so between half
/// and all of the configured capacity of the most recent ids is remembered.
/// </summary>
internal sealed class EventIdDeduplicator
{
    private const int StripeCount = 64;
    private readonly Stripe[] _stripes;

    public EventIdDeduplicator(int capacity)
    {
        // Each generation holds half the stripe's share at a load factor of at most 1/2.
        var perGeneration = Math.Max(16, capacity / StripeCount / 2);
        _stripes = new Stripe[StripeCount];
        for (var i = 0; i < StripeCount; i++)
        {
            _stripes[i] = new Stripe(perGeneration);
        }
    }

    /// <summary>Records <paramref name="id"/> (unescaped UTF-8) and answers false when it was seen before.</summary>
    public bool TryAdd(ReadOnlySpan<byte> id)
    {
        var hash = XxHash3.HashToUInt64(id);
        var fingerprint = hash == 0 ? 1 : hash; // 0 marks an empty slot
        var stripe = _stripes[(int)(fingerprint >> 58)];
        lock (stripe.Gate)
        {
            return stripe.TryAdd(fingerprint);
        }
    }

    public void Clear()
    {
        foreach (var stripe in _stripes)
        {
            lock (stripe.Gate)
            {
                stripe.Clear();
            }
        }
    }

    private sealed class Stripe(int perGeneration)
    {
        private readonly int _limit = perGeneration;
        private ulong[] _current = new ulong[Capacity(perGeneration)];
        private ulong[] _previous = new ulong[Capacity(perGeneration)];
        private int _count;

        public Lock Gate { get; } = new();

        public bool TryAdd(ulong fingerprint)
        {
            if (Contains(_previous, fingerprint) || !Insert(_current, fingerprint))
            {
                return false;
            }

            if (++_count >= _limit)
            {
                (_current, _previous) = (_previous, _current);
                Array.Clear(_current);
                _count = 0;
            }

            return true;
        }

        public void Clear()
        {
            Array.Clear(_current);
            Array.Clear(_previous);
            _count = 0;
        }

        private static int Capacity(int entries) => (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)entries * 2);

        private static bool Contains(ulong[] table, ulong fingerprint)
        {
            var mask = table.Length - 1;
            for (var i = (int)fingerprint & mask; ; i = (i + 1) & mask)
            {
                var slot = table[i];
                if (slot == fingerprint)
                {
                    return true;
                }

                if (slot == 0)
                {
                    return false;
                }
            }
        }

        /// <summary>Inserts unless present; answers false when it was already there.</summary>
        private static bool Insert(ulong[] table, ulong fingerprint)
        {
            var mask = table.Length - 1;
            for (var i = (int)fingerprint & mask; ; i = (i + 1) & mask)
            {
                var slot = table[i];
                if (slot == fingerprint)
                {
                    return false;
                }

                if (slot == 0)
                {
                    table[i] = fingerprint;
                    return true;
                }
            }
        }
    }
}
