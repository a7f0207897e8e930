using System.Text;

namespace CustomerIO.Emulator.Throughput;

/// <summary>
/// One Track v2 batch of realistic person event operations, built once; every send stamps fresh
/// ULID-like ids into fixed offsets, so the emulator sees unique events without the harness
/// re-serializing anything.
/// </summary>
internal sealed class BatchTemplate
{
    private const string Crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static readonly string[] EventNames = ["product_viewed", "added_to_cart", "checkout_started", "order_completed", "page_viewed", "search"];
    private static readonly string[] Categories = ["shoes", "shirts", "books", "garden", "toys", "music"];
    private readonly int[] _idOffsets;
    private readonly int _sender;
    private long _sequence;

    public BatchTemplate(int sender, int targetBytes, int people, int seed)
    {
        _sender = sender;
        var random = new Random(seed);
        var builder = new StringBuilder(targetBytes + 1024);
        builder.Append("{\"batch\":[");
        var offsets = new List<int>();
        var count = 0;
        while (true)
        {
            var person = random.Next(people);
            var op = new StringBuilder();
            op.Append("{\"type\":\"person\",\"action\":\"event\",\"identifiers\":{\"id\":\"user-").Append(person).Append("\"},");
            op.Append("\"name\":\"").Append(EventNames[random.Next(EventNames.Length)]).Append("\",\"id\":\"");
            var idStart = op.Length;
            op.Append(new string('0', 26)).Append("\",\"timestamp\":").Append(1_732_000_000 + random.Next(1_000_000));
            op.Append(",\"attributes\":{\"product_id\":\"sku-").Append(random.Next(100_000)).Append("\",\"price\":").Append(random.Next(100, 99_999) / 100.0);
            op.Append(",\"currency\":\"USD\",\"category\":\"").Append(Categories[random.Next(Categories.Length)]).Append("\",\"source\":\"web\",\"session\":\"s-");
            op.Append(random.Next(1_000_000)).Append("\"}}");
            if (builder.Length + op.Length + 3 > targetBytes)
            {
                break;
            }

            if (count++ > 0)
            {
                builder.Append(',');
            }

            offsets.Add(builder.Length + idStart);
            builder.Append(op);
        }

        builder.Append("]}");
        Bytes = Encoding.ASCII.GetBytes(builder.ToString());
        _idOffsets = [.. offsets];
    }

    /// <summary>The batch body (reused: stamp before each send).</summary>
    public byte[] Bytes { get; }

    public int Operations => _idOffsets.Length;

    /// <summary>Writes a new unique ULID-like id (10 time chars + sender + sequence) into every operation.</summary>
    public void StampIds(long unixMilliseconds)
    {
        Span<byte> id = stackalloc byte[26];
        Encode(unixMilliseconds, id[..10]);
        Encode(_sender, id.Slice(10, 3));
        foreach (var offset in _idOffsets)
        {
            Encode(_sequence++, id[13..]);
            id.CopyTo(Bytes.AsSpan(offset, 26));
        }
    }

    private static void Encode(long value, Span<byte> destination)
    {
        for (var i = destination.Length - 1; i >= 0; i--)
        {
            destination[i] = (byte)Crockford[(int)(value & 31)];
            value >>= 5;
        }
    }
}
