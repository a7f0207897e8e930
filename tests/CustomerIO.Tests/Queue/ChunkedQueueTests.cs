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
        Assert.Equal("The queue is empty.", Assert.Throws<InvalidOperationException>(() => chunked.Peek()).Message);
        Assert.Equal("The queue is empty.", Assert.Throws<InvalidOperationException>(() => chunked.Dequeue()).Message);
    }

    [Fact]
    public void DrainAll_answers_every_item_in_order_and_leaves_the_queue_usable()
    {
        var chunked = new ChunkedQueue<int>();
        Assert.Empty(chunked.DrainAll());

        for (var i = 0; i < 2500; i++)
        {
            chunked.Enqueue(i);
        }

        Assert.Equal(Enumerable.Range(0, 2500), chunked.DrainAll());
        Assert.Equal(0, chunked.Count);
        chunked.Enqueue(7);
        Assert.Equal(7, chunked.Peek());
        Assert.Equal([7], chunked.DrainAll());
    }

    [Fact]
    public void A_steady_flow_refills_emptied_chunks_and_allocates_nothing()
    {
        var chunked = new ChunkedQueue<int>();
        Cycle(chunked, 5 * Chunk); // leaves one chunk in use and four spares

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var round = 0; round < 3; round++)
        {
            Cycle(chunked, 5 * Chunk);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void At_most_sixteen_emptied_chunks_are_kept_for_refilling()
    {
        var chunked = new ChunkedQueue<int>();
        Cycle(chunked, 30 * Chunk); // 29 chunks emptied: 16 kept
        Assert.Equal(16, chunked.SpareChunks);

        // 17 chunks' worth uses the chunk in use and the 16 spares; the 18th needs a new one. (Counted, not measured
        // with the thread's allocated bytes, which the runtime's own work on the same thread can add to.)
        for (var i = 0; i < 17 * Chunk; i++)
        {
            chunked.Enqueue(i);
        }

        Assert.Equal(0, chunked.SpareChunks);
        for (var i = 0; i < Chunk; i++)
        {
            chunked.Enqueue(i);
        }

        Assert.Equal(18 * Chunk, chunked.Count);
        Assert.Equal(0, chunked.Peek());
    }

    private const int Chunk = 1024;

    private static void Cycle(ChunkedQueue<int> queue, int count)
    {
        for (var i = 0; i < count; i++)
        {
            queue.Enqueue(i);
        }

        // Checked after the loop: an assertion per item would allocate inside the measured span.
        var inOrder = true;
        for (var i = 0; i < count; i++)
        {
            inOrder &= queue.Dequeue() == i;
        }

        Assert.True(inOrder);
    }
}
