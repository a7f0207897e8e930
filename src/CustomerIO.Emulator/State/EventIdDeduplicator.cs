using System.IO.Hashing;

namespace CustomerIO.Emulator.State;

/// <summary>
/// Remembers the most recent event ids (as 128-bit hashes: no string per event) to ignore repeats.
/// Memory is bounded: past the capacity the oldest ids are forgotten, as Customer.io's own
/// de-duplication window is finite. Striped locks keep concurrent batches from contending.
/// </summary>
internal sealed class EventIdDeduplicator
{
    private const int StripeCount = 64;
    private readonly Stripe[] _stripes;
    private readonly int _perStripe;

    public EventIdDeduplicator(int capacity)
    {
        _perStripe = Math.Max(1, capacity / StripeCount);
        _stripes = new Stripe[StripeCount];
        for (var i = 0; i < StripeCount; i++)
        {
            _stripes[i] = new Stripe();
        }
    }

    /// <summary>Records <paramref name="id"/> (unescaped UTF-8) and answers false when it was seen before.</summary>
    public bool TryAdd(ReadOnlySpan<byte> id)
    {
        var hash = XxHash128.HashToUInt128(id);
        var stripe = _stripes[(int)((ulong)hash & (StripeCount - 1))];
        lock (stripe.Gate)
        {
            if (!stripe.Seen.Add(hash))
            {
                return false;
            }

            stripe.Order.Enqueue(hash);
            if (stripe.Order.Count > _perStripe)
            {
                stripe.Seen.Remove(stripe.Order.Dequeue());
            }

            return true;
        }
    }

    public void Clear()
    {
        foreach (var stripe in _stripes)
        {
            lock (stripe.Gate)
            {
                stripe.Seen.Clear();
                stripe.Order.Clear();
            }
        }
    }

    private sealed class Stripe
    {
        public Lock Gate { get; } = new();

        public HashSet<UInt128> Seen { get; } = [];

        public Queue<UInt128> Order { get; } = new();
    }
}
