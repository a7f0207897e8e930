using CustomerIO.Queue.Engine;

namespace CustomerIO.Tests.Queue;

/// <summary>The enqueue paths' per-thread buffer: reused while ordinary, let go of once an oversized input grew it.</summary>
public sealed class ReusableBufferWriterTests
{
    [Theory]
    [InlineData(ReusableBufferWriter.MaxKeptBytes, ReusableBufferWriter.MaxKeptBytes)]
    [InlineData(ReusableBufferWriter.MaxKeptBytes + 1, ReusableBufferWriter.InitialBytes)]
    public void A_reset_keeps_a_buffer_up_to_the_cap_and_starts_small_again_past_it(int written, int capacityAfterReset)
    {
        var writer = new ReusableBufferWriter();
        writer.GetSpan(written).Slice(0, written).Fill((byte)'x');
        writer.Advance(written);
        Assert.Equal(written, writer.WrittenSpan.Length);

        writer.Reset();

        Assert.Equal((0, capacityAfterReset), (writer.WrittenCount, writer.Capacity));
    }
}
