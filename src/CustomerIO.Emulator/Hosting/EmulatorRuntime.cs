using CustomerIO.Emulator.App;
using CustomerIO.Emulator.Faults;
using CustomerIO.Emulator.Pipelines;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.Track;
using CustomerIO.Emulator.Webhooks;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.Hosting;

/// <summary>The singleton every handler shares: options, state, faults and the API modules.</summary>
internal sealed class EmulatorRuntime
{
    private static readonly PathString AppPrefix = new("/app");
    private static readonly PathString PipelinesPrefix = new("/cdp");
    private static readonly PathString TrackApiPrefix = new("/api");
    private static readonly PathString UnsubscribePrefix = new("/unsubscribe");

    public EmulatorRuntime(CustomerIOEmulatorOptions options)
    {
        Options = options;
        State = new EmulatorState(options);
        Faults = new FaultInjector(options.TimeProvider, options.Faults);
        Modules = [new TrackApiModule(this), new AppApiModule(this), new PipelinesApiModule(this)];
        Webhooks = new ReportingWebhookSender(options.TimeProvider);
        if (options.ReportingWebhookUrl is { } target)
        {
            DeliveryWebhooks = new DeliveryWebhookDispatcher(
                Webhooks, target, options.ReportingWebhookSecret!, options.ReportingWebhookMetrics, options.ReportingWebhookTampering, options.TimeProvider, State.Counters);
        }
    }

    public ReportingWebhookSender Webhooks { get; }

    /// <summary>Posts reporting webhooks for transactional deliveries; null unless a receiver is configured.</summary>
    public DeliveryWebhookDispatcher? DeliveryWebhooks { get; }

    public CustomerIOEmulatorOptions Options { get; }

    public EmulatorState State { get; }

    public FaultInjector Faults { get; }

    public IReadOnlyList<IEmulatorApiModule> Modules { get; }

    /// <summary>The root URL, set once the server has bound its port.</summary>
    public Uri BaseUri { get; set; } = new("http://127.0.0.1/");

    /// <summary>
    /// The API a path addresses, by prefix (also for paths no module owns), so per-API faults and
    /// rate limits apply to it.
    /// </summary>
    public static EmulatorApi? Classify(PathString path) =>
        path.StartsWithSegments(AppPrefix) ? EmulatorApi.App
        : path.StartsWithSegments(PipelinesPrefix) ? EmulatorApi.Pipelines
        : path.StartsWithSegments(TrackApiPrefix) || path.StartsWithSegments(UnsubscribePrefix) ? EmulatorApi.Track
        : null;

    public IEmulatorApiModule? FindModule(PathString path)
    {
        foreach (var module in Modules)
        {
            if (module.Owns(path))
            {
                return module;
            }
        }

        return null;
    }
}
