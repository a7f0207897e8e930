using System.Buffers;

namespace CustomerIO.Queue.Engine;

/// <summary>A growable byte buffer that is reset and reused, so serializing at enqueue allocates nothing once warm.</summary>
internal sealed class ReusableBufferWriter : IBufferWriter<byte>
{
    /// <summary>The size a buffer starts at, and goes back to when a reset finds it grown past <see cref="MaxKeptBytes"/>.</summary>
    public const int InitialBytes = 4096;

    /// <summary>
    /// The most a buffer keeps between uses: twice the largest operation any API takes (32 KB). An oversized input
    /// (refused afterwards for its size) grows it once; kept, it would pin that memory, and that caller's data, on
    /// every thread it ever ran on.
    /// </summary>
    public const int MaxKeptBytes = 64 * 1024;

    private byte[] _buffer = new byte[InitialBytes];

    public int WrittenCount { get; private set; }

    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, WrittenCount);

    /// <summary>The bytes it can hold before growing.</summary>
    public int Capacity => _buffer.Length;

    public void Reset()
    {
        WrittenCount = 0;
        if (_buffer.Length > MaxKeptBytes)
        {
            _buffer = new byte[InitialBytes];
        }
    }

    public void Advance(int count) => WrittenCount += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsMemory(WrittenCount);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsSpan(WrittenCount);
    }

    private void Ensure(int sizeHint)
    {
        var needed = WrittenCount + Math.Max(sizeHint, 256);
        if (needed > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(needed, _buffer.Length * 2));
        }
    }
}
