using System.Net.Http;
using CustomerIO.App;
using CustomerIO.Track;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CustomerIO.Extensions.Hosting.Internal;

/// <summary>One workspace's client and queue, created on first use from its validated options and shared for the app's lifetime.</summary>
internal sealed class Workspace
{
    private readonly Lazy<TrackClient> _client;
    private readonly Lazy<TrackQueue> _queue;
    private readonly Lazy<AppClient> _app;

    public Workspace(string name, IOptionsMonitor<CustomerIOOptions> options, IHttpClientFactory httpClients, ILoggerFactory loggerFactory, TimeProvider time)
    {
        Name = name;
        _client = new Lazy<TrackClient>(() =>
        {
            var settings = options.Get(name);
            var clientOptions = EffectiveSettings.ToClientOptions<TrackClientOptions>(settings, settings.Track, httpClients.CreateClient(HttpClientName(name)));
            clientOptions.LoggerFactory = loggerFactory;
            clientOptions.TimeProvider = time;
            return new TrackClient(settings.Track.SiteId!, settings.Track.ApiKey!, clientOptions);
        });
        _app = new Lazy<AppClient>(() =>
        {
            var settings = options.Get(name);
            if (string.IsNullOrWhiteSpace(settings.App.ApiKey))
            {
                throw new InvalidOperationException(
                    $"The Customer.io workspace {(name.Length == 0 ? "(default)" : "'" + name + "'")} has no App API key: set App:ApiKey in its section to use the AppClient.");
            }

            var clientOptions = EffectiveSettings.ToClientOptions<AppClientOptions>(settings, settings.App, httpClients.CreateClient(HttpClientName(name)));
            clientOptions.RateLimit = settings.App.RateLimit;
            clientOptions.LoggerFactory = loggerFactory;
            clientOptions.TimeProvider = time;
            return new AppClient(settings.App.ApiKey!, clientOptions);
        });
        _queue = new Lazy<TrackQueue>(() =>
        {
            // The settings the queue was made with (a reload makes new ones): the health check measures against these.
            QueueOptions = options.Get(name).Track.Queue;
            return new TrackQueue(_client.Value, QueueOptions);
        });
    }

    /// <summary>The queue's settings (bounds, for the health check), once the queue exists.</summary>
    public TrackQueueOptions QueueOptions { get; private set; } = new();

    public string Name { get; }

    public TrackClient Client => _client.Value;

    public TrackQueue Queue => _queue.Value;

    /// <summary>The App client, created on first use (the App section must hold a key then).</summary>
    public AppClient App => _app.Value;

    /// <summary>Whether the queue was ever created (only created queues need draining).</summary>
    public bool HasQueue => _queue.IsValueCreated;

    /// <summary>The <see cref="IHttpClientFactory"/> name of a workspace's HTTP client.</summary>
    public static string HttpClientName(string name) => name.Length == 0 ? "CustomerIO" : "CustomerIO." + name;
}
