using CustomerIO.App;
using CustomerIO.Emulator;

namespace CustomerIO.Tests.Integration;

/// <summary>
/// The client's limiter against the emulator's enforced App API limit (10 requests/s), over loopback, with retries
/// off so that any 429 fails the call: 25 sends at once all pass with the limiter, and some are refused without it.
/// Bounded: 25 requests, about two seconds of waiting.
/// </summary>
public sealed class AppRateLimitEmulatorTests : EmulatorTestBase
{
    [Fact]
    public async Task With_the_limiter_no_request_is_refused()
    {
        Emulator.SetFaults(new FaultProfile { RateLimits = new RateLimitSettings() });
        var app = AppClient(rateLimited: true);

        var sends = await Task.WhenAll(Enumerable.Range(0, 25).Select(i => app.Transactional.SendInAppAsync(new TransactionalInApp(5, "p" + i))));

        Assert.Equal(25, sends.Select(s => s.DeliveryId).Distinct().Count());
        Assert.Equal(25, Emulator.GetDeliveries().Count);
    }

    [Fact]
    public async Task Without_it_the_emulator_refuses_the_excess()
    {
        Emulator.SetFaults(new FaultProfile { RateLimits = new RateLimitSettings() });
        var app = AppClient(rateLimited: false);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 25).Select(async i =>
        {
            try
            {
                await app.Transactional.SendInAppAsync(new TransactionalInApp(5, "p" + i));
                return "sent";
            }
            catch (CustomerIORateLimitException)
            {
                return "429";
            }
        }));

        Assert.Contains("429", outcomes);
        Assert.Equal(outcomes.Count(o => o == "sent"), Emulator.GetDeliveries().Count);
    }

    private AppClient AppClient(bool rateLimited) => new(Emulator.AppApiKey, new AppClientOptions
    {
        Endpoint = Emulator.AppUri,
        Retry = { MaxRetries = 0 },
        RateLimit = { Enabled = rateLimited },
    });
}
