using CustomerIO.Emulator;
using CustomerIO.Track;

namespace CustomerIO.Tests.Integration;

/// <summary>
/// Starts one emulator per test (on a free 127.0.0.1 port) and a <see cref="TrackClient"/> pointed at it over real
/// loopback HTTP. Retries wait 1 ms, so fault tests stay fast without a fake clock.
/// </summary>
public abstract class EmulatorTestBase : IAsyncLifetime
{
    protected CustomerIOEmulator Emulator { get; private set; } = null!;

    protected TrackClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Emulator = await CustomerIOEmulator.StartAsync();
        Client = CreateClient();
    }

    public virtual async Task DisposeAsync() => await Emulator.DisposeAsync();

    protected TrackClient CreateClient(Action<TrackClientOptions>? configure = null, string? apiKey = null)
    {
        var options = new TrackClientOptions
        {
            Endpoint = Emulator.TrackUri,
            Retry = { BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5), MaxRetries = 5 },
        };
        configure?.Invoke(options);
        return new TrackClient(Emulator.SiteId, apiKey ?? Emulator.TrackApiKey, options);
    }

    protected EmulatedPerson Person(string identifier) =>
        Emulator.FindPerson(identifier) ?? throw new Xunit.Sdk.XunitException($"The emulator has no person '{identifier}'.");
}
