using CustomerIO.Emulator;
using CustomerIO.Track;

namespace CustomerIO.Tests.Integration;

/// <summary>The client's retries against real failures injected by the emulator (bounded: a few dozen requests).</summary>
public sealed class FaultRecoveryTests : EmulatorTestBase
{
    [Fact]
    public async Task Idempotent_calls_recover_from_seeded_5xx_and_429_answers()
    {
        Emulator.SetFaults(new FaultProfile
        {
            Seed = 7,
            Rules =
            [
                new FaultRule { Api = EmulatorApi.Track, Rate = 0.3, Status = 503 },
                new FaultRule { Api = EmulatorApi.Track, Rate = 0.2, Status = 429, RetryAfterSeconds = 0 },
            ],
        });

        for (var i = 0; i < 20; i++)
        {
            await Client.IdentifyAsync($"p{i}", new Dictionary<string, object?> { ["n"] = i });
            await Client.TrackAsync($"p{i}", "tick");
        }

        Assert.Equal(20, Emulator.GetPeople().Count);
        Assert.Equal(20, Emulator.GetEvents().Count);
        Assert.True(Emulator.GetCounters().FaultsInjected > 0, "The profile injected no fault: the test proves nothing.");
    }

    [Fact]
    public async Task Aborted_connections_are_retried_for_idempotent_calls()
    {
        Emulator.SetFaults(new FaultProfile { Rules = [new FaultRule { Api = EmulatorApi.Track, Abort = true, MaxCount = 2 }] });

        await Client.TrackAsync("abort-me", "survived");

        Assert.Equal("survived", Assert.Single(Emulator.GetEvents("abort-me")).Name);
        Assert.Equal(2, Emulator.GetCounters().FaultsInjected);
    }

    [Fact]
    public async Task A_non_idempotent_call_is_sent_once_and_fails_on_a_5xx()
    {
        Emulator.SetFaults(new FaultProfile { Rules = [new FaultRule { PathPattern = "/api/v1/metrics", Status = 503 }] });

        var error = await Assert.ThrowsAsync<CustomerIOApiException>(() => Client.TrackMetricAsync(new DeliveryMetric("d-1", MetricName.Delivered)));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Single(Emulator.GetReceivedRequests(), r => r.Path == "/api/v1/metrics");
        Assert.Empty(Emulator.GetDeliveryMetrics());
    }

    [Fact]
    public async Task When_the_emulator_is_down_the_call_fails_after_its_retries()
    {
        Emulator.SetFaults(new FaultProfile { Down = DownMode.Unavailable });

        var error = await Assert.ThrowsAsync<CustomerIOApiException>(() => CreateClient(o => o.Retry.MaxRetries = 2).DeletePersonAsync("anyone"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(3, Emulator.GetReceivedRequests().Count(r => r.Path == "/api/v1/customers/anyone"));
    }
}
