using CustomerIO.Queue.Engine;
using CustomerIO.Tests.Transport;

namespace CustomerIO.Tests.Queue;

/// <summary>The engine's byte and count bound, and the full-queue policies built on it, on their own.</summary>
public sealed class QueueBudgetTests
{
    private const int Overhead = QueueBudget.OperationOverheadBytes;

    [Fact]
    public void The_byte_bound_counts_each_operation_with_its_overhead_and_takes_one_that_fits_exactly()
    {
        var budget = new QueueBudget(maxBytes: (2 * (100 + Overhead)) + 5 + Overhead, maxOperations: 10, signalsRoom: false);

        Assert.True(budget.TryReserve(100));
        Assert.True(budget.TryReserve(100));
        Assert.False(budget.TryReserve(6)); // 6 + 48 is one byte more than is left
        Assert.True(budget.TryReserve(5));
        Assert.Equal((3, (2 * (100 + Overhead)) + 5 + Overhead), (budget.Count, budget.Bytes));
    }

    [Fact]
    public void An_operation_refused_for_the_count_gives_its_bytes_back()
    {
        var budget = new QueueBudget(maxBytes: 1_000_000, maxOperations: 2, signalsRoom: false);

        Assert.True(budget.TryReserve(10));
        Assert.True(budget.TryReserve(20));
        Assert.False(budget.TryReserve(30));

        Assert.Equal(2, budget.Count);
        Assert.Equal(10 + 20 + (2 * Overhead), budget.Bytes);
    }

    [Fact]
    public void Releasing_a_batch_gives_back_its_bytes_and_overheads_at_once_and_zero_operations_changes_nothing()
    {
        var budget = new QueueBudget(maxBytes: 1_000_000, maxOperations: 10, signalsRoom: false);
        budget.TryReserve(10);
        budget.TryReserve(20);
        budget.TryReserve(30);

        budget.Release(jsonBytes: 0, count: 0);
        Assert.Equal((3, 60 + (3 * Overhead)), (budget.Count, budget.Bytes));

        budget.Release(jsonBytes: 30, count: 2);
        Assert.Equal((1, 30 + Overhead), (budget.Count, budget.Bytes));

        budget.Release(30);
        Assert.Equal((0, 0L), (budget.Count, budget.Bytes));
    }

    [Fact]
    public async Task Racing_reservations_near_the_bound_take_exactly_what_fits()
    {
        var budget = new QueueBudget(maxBytes: 1000 * (52 + Overhead), maxOperations: int.MaxValue, signalsRoom: false);
        var taken = 0;
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 500; i++)
            {
                if (budget.TryReserve(52))
                {
                    Interlocked.Increment(ref taken);
                }
            }
        })));

        Assert.Equal(1000, taken);
        Assert.Equal(1000 * (52 + Overhead), budget.Bytes);
    }

    [Fact]
    public async Task Waiting_for_room_reserves_once_a_release_makes_room()
    {
        var time = new ControlledTime();
        var budget = new QueueBudget(maxBytes: 100 + Overhead, maxOperations: 10, signalsRoom: true);
        budget.TryReserve(100);

        var waiting = budget.WaitForRoomAsync(100, TimeSpan.FromSeconds(5), () => false, time, CancellationToken.None).AsTask();
        Assert.Equal(TimeSpan.FromSeconds(5), await time.NextTimerAsync());
        Assert.False(waiting.IsCompleted);
        budget.Release(100);

        Assert.Equal(RoomWait.Reserved, await waiting.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(1, budget.Count);
    }

    [Fact]
    public async Task Waiting_for_room_times_out_on_the_clock_and_gives_up_when_closed()
    {
        var time = new ControlledTime();
        var budget = new QueueBudget(maxBytes: 100 + Overhead, maxOperations: 10, signalsRoom: true);
        budget.TryReserve(100);

        var timedOut = budget.WaitForRoomAsync(1, TimeSpan.FromSeconds(5), () => false, time, CancellationToken.None).AsTask();
        Assert.Equal(TimeSpan.FromSeconds(5), await time.NextTimerAsync());
        time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(RoomWait.TimedOut, await timedOut.WaitAsync(TimeSpan.FromSeconds(10)));

        var closed = false;
        var closing = budget.WaitForRoomAsync(1, TimeSpan.FromSeconds(5), () => closed, time, CancellationToken.None).AsTask();
        await time.NextTimerAsync();
        closed = true;
        budget.SignalRoom();
        Assert.Equal(RoomWait.Closed, await closing.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(1, budget.Count);
    }

    [Fact]
    public async Task Waiting_for_room_can_be_cancelled()
    {
        var time = new ControlledTime();
        var budget = new QueueBudget(maxBytes: 100 + Overhead, maxOperations: 1, signalsRoom: true);
        budget.TryReserve(100);
        using var cancel = new CancellationTokenSource();

        var waiting = budget.WaitForRoomAsync(1, TimeSpan.FromSeconds(5), () => false, time, cancel.Token).AsTask();
        await time.NextTimerAsync();
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void Evicting_drops_the_oldest_waiting_operations_lane_by_lane_until_the_new_one_fits()
    {
        var time = new ControlledTime();
        var budget = new QueueBudget(maxBytes: 3 * (10 + Overhead), maxOperations: 100, signalsRoom: false);
        var lanes = new[] { new Lane(Limits(), time), new Lane(Limits(), time) };
        var held = new[] { Operation(10, 1), Operation(10, 2), Operation(10, 3) };
        foreach (var (operation, lane) in held.Zip([0, 0, 1]))
        {
            Assert.True(budget.TryReserve(operation.Length));
            lanes[lane].TryAdd(operation);
        }

        var evicted = new List<long>();
        var fits = budget.EvictFor(20, lanes, o =>
        {
            evicted.Add(o.EnqueuedAt);
            budget.Release(o.Length);
        });

        // 20 + 48 needs two 58-byte operations out: one from each lane in turn, the oldest of each.
        Assert.True(fits);
        Assert.Equal([3L, 1L], evicted);
        Assert.Equal(2, budget.Count);
    }

    [Fact]
    public void Evicting_for_the_count_bound_drops_exactly_one_operation_of_the_next_lane()
    {
        var time = new ControlledTime();
        var budget = new QueueBudget(maxBytes: 1024 * 1024, maxOperations: 2, signalsRoom: false);
        var lanes = new[] { new Lane(Limits(), time), new Lane(Limits(), time) };
        foreach (var (operation, lane) in new[] { Operation(10, 1), Operation(10, 2) }.Zip([0, 1]))
        {
            Assert.True(budget.TryReserve(operation.Length));
            lanes[lane].TryAdd(operation);
        }

        var evicted = new List<long>();
        var fits = budget.EvictFor(10, lanes, o =>
        {
            evicted.Add(o.EnqueuedAt);
            budget.Release(o.Length);
        });

        // Two of two operations held: one out makes room; the turn starts at the second lane.
        Assert.True(fits);
        Assert.Equal([2L], evicted);
        Assert.Equal(2, budget.Count);
    }

    [Fact]
    public void Evicting_fails_when_nothing_waits_to_be_dropped()
    {
        var budget = new QueueBudget(maxBytes: 10 + Overhead, maxOperations: 100, signalsRoom: false);
        budget.TryReserve(10); // held, but in flight: in no lane
        var lanes = new[] { new Lane(Limits(), new ControlledTime()) };

        Assert.False(budget.EvictFor(10, lanes, _ => throw new InvalidOperationException("nothing to evict")));
        Assert.Equal(1, budget.Count);
    }

    internal static EngineLimits Limits(int lanes = 1) => new()
    {
        MaxBatchBytes = 450 * 1024,
        MaxBatchOperations = 100,
        FlushInterval = TimeSpan.FromHours(1),
        Lanes = lanes,
        MaxQueueBytes = 1024 * 1024,
        MaxQueueOperations = 1000,
        FullMode = QueueFullMode.DropNewest,
        EnqueueTimeout = TimeSpan.FromSeconds(5),
        MaxRetryDuration = TimeSpan.FromMinutes(10),
        MaxRetryDelay = TimeSpan.FromSeconds(5),
        MaxRetryAfter = TimeSpan.FromSeconds(30),
        RetryUnsafeOperations = false,
        ShutdownTimeout = TimeSpan.FromHours(1),
        DropLogInterval = TimeSpan.FromSeconds(10),
        EnvelopeOverhead = 12,
    };

    /// <summary>An operation of <paramref name="length"/> bytes, told apart by its enqueue timestamp.</summary>
    internal static QueuedOperation Operation(int length, long id, object? waiter = null) =>
        new(new byte[length], isIdempotent: true, enqueuedAt: id, waiter);
}
