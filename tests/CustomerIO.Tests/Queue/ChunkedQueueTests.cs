using CustomerIO.Queue.Engine;

namespace CustomerIO.Tests.Queue;

public sealed class ChunkedQueueTests
{
    [Fact]
    public void It_behaves_as_a_fifo_queue_across_chunk_boundaries_and_emptying()
    {
        var chunked = new ChunkedQueue<int>();
        var reference = new Queue<int>();
        var random = new Random(12345);
        var next = 0;
        for (var step = 0; step < 50_000; step++)
        {
            // Phases that grow past several chunks, drain to empty, and hover around a boundary.
            var enqueue = reference.Count == 0 || random.Next(100) < (step / 5_000 % 2 == 0 ? 70 : 30);
            if (enqueue)
            {
                chunked.Enqueue(next);
                reference.Enqueue(next++);
            }
            else
            {
                Assert.Equal(reference.Peek(), chunked.Peek());
                Assert.Equal(reference.Dequeue(), chunked.Dequeue());
            }

            Assert.Equal(reference.Count, chunked.Count);
        }

        Assert.Equal(reference.ToList(), chunked.DrainAll());
        Assert.Equal(0, chunked.Count);
        Assert.Throws<InvalidOperationException>(() => chunked.Peek());
    }
}
