using CustomerIO.Emulator;
using CustomerIO.Pipelines;

namespace CustomerIO.Tests.Pipelines;

/// <summary>
/// Starts one emulator per test (on a free 127.0.0.1 port) and a <see cref="PipelinesClient"/> pointed at its Pipelines
/// root over real loopback HTTP, in strict mode. Retries wait 1 ms, so fault tests stay fast without a fake clock.
/// </summary>
public abstract class PipelinesEmulatorTestBase : IAsyncLifetime
{
    protected CustomerIOEmulator Emulator { get; private set; } = null!;

    protected PipelinesClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Emulator = await CustomerIOEmulator.StartAsync();
        Client = CreateClient();
    }

    public virtual async Task DisposeAsync() => await Emulator.DisposeAsync();

    protected PipelinesClient CreateClient(Action<PipelinesClientOptions>? configure = null, string? writeKey = null)
    {
        var options = new PipelinesClientOptions
        {
            Endpoint = Emulator.PipelinesUri,
            Retry = { BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5), MaxRetries = 5 },
        };
        configure?.Invoke(options);
        return new PipelinesClient(writeKey ?? Emulator.PipelinesWriteKey, options);
    }
}
