using Microsoft.Extensions.Time.Testing;

namespace CustomerIO.Emulator.Tests.Faults;

/// <summary>Latency and rate limits run on a fake clock: no test waits for real time to pass.</summary>
public sealed class TimedFaultTests : EmulatorTest
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));

    protected override CustomerIOEmulatorOptions CreateOptions() => new() { TimeProvider = _time };

    [Fact]
    public async Task Latency_holds_the_answer_until_the_clock_advances()
    {
        Emulator.SetFaults(new FaultProfile { Rules = [new FaultRule { Latency = TimeSpan.FromMilliseconds(500) }] });

        var pending = Put("api/v1/customers/1", "{}");
        var advanced = TimeSpan.Zero;
        for (var i = 0; i < 10_000 && !pending.IsCompleted; i++)
        {
            // The request may reach the server after some advances; it can only finish after 500 ms of fake time.
            _time.Advance(TimeSpan.FromMilliseconds(10));
            advanced += TimeSpan.FromMilliseconds(10);
            await Task.Delay(1);
        }

        Assert.True(advanced >= TimeSpan.FromMilliseconds(500), $"answered after {advanced}");
        Assert.Equal(new Answer(200, "{}", null), await pending);
        Assert.Equal("latency:500ms", Assert.Single(Emulator.GetReceivedRequests()).Fault);
        Assert.NotNull(Emulator.FindPerson("1"));
    }

    [Fact]
    public async Task Track_rate_limit_answers_429_with_retry_after_until_the_window_refills()
    {
        Emulator.SetFaults(new FaultProfile { RateLimits = new RateLimitSettings { TrackPerSecond = 3 } });

        var statuses = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await Put("api/v1/customers/1", "{}")).Status);
        }

        var limited = await Put("api/v1/customers/1", "{}");
        _time.Advance(TimeSpan.FromSeconds(1));
        var after = await Put("api/v1/customers/1", "{}");

        Assert.Equal([200, 200, 200, 429], statuses);
        Assert.Equal(new Answer(429, """{"meta":{"error":"rate limit exceeded"}}""", TimeSpan.FromSeconds(1)), limited);
        Assert.Equal(200, after.Status);
        Assert.Equal(2, Emulator.GetReceivedRequests().Count(r => r.Fault == "rate_limit"));
    }

    [Fact]
    public async Task Default_limits_are_100_per_second_for_track()
    {
        Emulator.SetFaults(new FaultProfile { RateLimits = new RateLimitSettings() });

        var statuses = new List<int>();
        for (var i = 0; i < 101; i++)
        {
            statuses.Add((await Get("api/v1/accounts/region")).Status);
        }

        Assert.Equal(Enumerable.Repeat(200, 100).Append(429), statuses);
    }

    [Fact]
    public async Task Broadcast_triggers_are_limited_to_one_per_interval_per_broadcast()
    {
        Emulator.SetFaults(new FaultProfile { RateLimits = new RateLimitSettings() });

        var first = await App(HttpMethod.Post, "v1/campaigns/5/triggers", "{}");
        var second = await App(HttpMethod.Post, "v1/campaigns/5/triggers", "{}");
        var other = await App(HttpMethod.Post, "v1/campaigns/6/triggers", "{}");
        _time.Advance(TimeSpan.FromSeconds(10));
        var later = await App(HttpMethod.Post, "v1/campaigns/5/triggers", "{}");

        Assert.Equal(new Answer(200, """{"id":1}""", null), first);
        Assert.Equal(new Answer(429, """{"meta":{"error":"rate limit exceeded"}}""", TimeSpan.FromSeconds(10)), second);
        Assert.Equal(new Answer(200, """{"id":2}""", null), other);
        Assert.Equal(new Answer(200, """{"id":3}""", null), later);
    }
}
