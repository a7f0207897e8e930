namespace CustomerIO.Emulator.Tests.Faults;

public sealed class FaultInjectionTests : EmulatorTest
{
    private const string Identify = "api/v1/customers/1";

    [Fact]
    public async Task Seeded_rule_produces_the_sequence_of_its_seed_in_request_order()
    {
        Emulator.SetFaults(new FaultProfile { Seed = 42, Rules = [new FaultRule { Rate = 0.5, Status = 503 }] });
        var draws = new Random(42);
        var expected = Enumerable.Range(0, 20).Select(_ => draws.NextDouble() < 0.5 ? 503 : 200).ToList();

        var first = await Statuses(20);
        Emulator.SetFaults(Emulator.Faults); // restarting the profile restarts the sequence
        var second = await Statuses(20);

        Assert.Equal(expected, first);
        Assert.Equal(expected, second);
        Assert.Contains(503, first);
        Assert.Contains(200, first);
        Assert.Equal(first.Count(s => s == 503), Emulator.GetCounters().FaultsInjected / 2);
    }

    [Fact]
    public async Task Status_fault_answers_with_retry_after_and_a_meta_error()
    {
        Emulator.SetFaults(new FaultProfile { Rules = [new FaultRule { Status = 429, RetryAfterSeconds = 7 }] });

        var answer = await Put(Identify, "{}");

        Assert.Equal(new Answer(429, """{"meta":{"error":"emulated fault"}}""", TimeSpan.FromSeconds(7)), answer);
        Assert.Empty(Emulator.GetPeople());
        var logged = Assert.Single(Emulator.GetReceivedRequests());
        Assert.Equal((429, "status:429"), (logged.Status, logged.Fault));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    public async Task Server_error_faults(int status)
    {
        Emulator.SetFaults(new FaultProfile { Rules = [new FaultRule { Status = status }] });

        Assert.Equal(new Answer(status, """{"meta":{"error":"emulated fault"}}""", null), await Put(Identify, "{}"));
    }

    [Fact]
    public async Task Max_count_fails_the_next_n_requests_only()
    {
        Emulator.SetFaults(new FaultProfile { Rules = [new FaultRule { Status = 500, MaxCount = 2 }] });

        Assert.Equal([500, 500, 200, 200], await Statuses(4));
    }

    [Fact]
    public async Task Rules_match_by_api_and_path_pattern()
    {
        Emulator.SetFaults(new FaultProfile
        {
            Rules =
            [
                new FaultRule { Api = EmulatorApi.App, Status = 502 },
                new FaultRule { Api = EmulatorApi.Track, PathPattern = "/api/v2/*", Status = 503 },
            ],
        });

        Assert.Equal(200, (await Put(Identify, "{}")).Status);
        Assert.Equal(503, (await Batch("""{"type":"person","action":"identify","identifiers":{"id":"1"}}""")).Status);
        Assert.Equal(502, (await Post("app/v1/send/email", "{}")).Status);
    }

    [Fact]
    public async Task Abort_drops_the_connection_and_is_logged_with_status_zero()
    {
        Emulator.SetFaults(new FaultProfile { Rules = [new FaultRule { Abort = true, MaxCount = 1 }] });

        await Assert.ThrowsAsync<HttpRequestException>(() => Put(Identify, "{}"));
        Assert.Equal(200, (await Put(Identify, "{}")).Status);

        var first = Emulator.GetReceivedRequests()[0];
        Assert.Equal((0, "abort"), (first.Status, first.Fault));
        Assert.Equal(1, Emulator.GetCounters().RequestsByStatus[0]);
    }

    [Fact]
    public async Task Down_switch_answers_503_everywhere_but_admin_until_cleared()
    {
        Emulator.SetFaults(new FaultProfile { Down = DownMode.Unavailable });

        Assert.Equal(new Answer(503, """{"meta":{"error":"emulated outage"}}""", null), await Put(Identify, "{}"));
        Assert.Equal(503, (await Batch("{}")).Status);
        Assert.Equal(200, (await Get("_emulator/counters")).Status);

        Emulator.ClearFaults();
        Assert.Equal(200, (await Put(Identify, "{}")).Status);
    }

    [Fact]
    public async Task Down_switch_can_abort_every_connection()
    {
        Emulator.SetFaults(new FaultProfile { Down = DownMode.Abort });

        await Assert.ThrowsAsync<HttpRequestException>(() => Put(Identify, "{}"));
        Assert.Equal("down", Assert.Single(Emulator.GetReceivedRequests()).Fault);
    }

    [Fact]
    public async Task Invalid_profiles_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Emulator.SetFaults(new FaultProfile { Rules = [new FaultRule { Rate = 2 }] }));
        Assert.Throws<ArgumentException>(() => Emulator.SetFaults(new FaultProfile { Rules = [new FaultRule { Status = 200 }] }));
        Assert.Equal(FaultProfile.None, Emulator.Faults);
    }

    private async Task<List<int>> Statuses(int count)
    {
        var statuses = new List<int>();
        for (var i = 0; i < count; i++)
        {
            statuses.Add((await Put(Identify, "{}")).Status);
        }

        return statuses;
    }
}
