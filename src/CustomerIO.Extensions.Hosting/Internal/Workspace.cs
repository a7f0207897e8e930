using System.Net.Http;
using CustomerIO.App;
using CustomerIO.Pipelines;
using CustomerIO.Track;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CustomerIO.Extensions.Hosting.Internal;

/// <summary>One workspace's clients and queues, created on first use from its validated options and shared for the app's lifetime.</summary>
internal sealed class Workspace
{
    private readonly Lazy<TrackClient> _client;
    private readonly Lazy<TrackQueue> _queue;
    private readonly Lazy<PipelinesClient> _pipelinesClient;
    private readonly Lazy<PipelinesQueue> _pipelinesQueue;
    private readonly IOptionsMonitor<CustomerIOOptions> _options;
    private readonly Lazy<AppClient> _app;

    public Workspace(string name, IOptionsMonitor<CustomerIOOptions> options, IHttpClientFactory httpClients, ILoggerFactory loggerFactory, TimeProvider time)
    {
        Name = name;
        _options = options;
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
        _pipelinesClient = new Lazy<PipelinesClient>(() =>
        {
            var settings = options.Get(name);
            if (!HasPipelines)
            {
                throw new InvalidOperationException(
                    $"The Customer.io workspace '{Describe(name)}' has no Pipelines write key: set Pipelines:WriteKey in its configuration section (CustomerIO:Pipelines:WriteKey).");
            }

            var clientOptions = EffectiveSettings.ToClientOptions<PipelinesClientOptions>(settings, settings.Pipelines, httpClients.CreateClient(HttpClientName(name)));
            clientOptions.StrictMode = settings.Pipelines.StrictMode ?? true;
            clientOptions.LoggerFactory = loggerFactory;
            clientOptions.TimeProvider = time;
            return new PipelinesClient(settings.Pipelines.WriteKey!, clientOptions);
        });
        _pipelinesQueue = new Lazy<PipelinesQueue>(() =>
        {
            PipelinesQueueOptions = options.Get(name).Pipelines.Queue;
            return new PipelinesQueue(_pipelinesClient.Value, PipelinesQueueOptions);
        });
    }

    /// <summary>The Track queue's settings (bounds, for the health check), once the queue exists.</summary>
    public TrackQueueOptions QueueOptions { get; private set; } = new();

    /// <summary>The Pipelines queue's settings, once the queue exists.</summary>
    public PipelinesQueueOptions PipelinesQueueOptions { get; private set; } = new();

    public string Name { get; }

    public TrackClient Client => _client.Value;

    public TrackQueue Queue => _queue.Value;

    public PipelinesClient PipelinesClient => _pipelinesClient.Value;

    public PipelinesQueue PipelinesQueue => _pipelinesQueue.Value;

    /// <summary>The App client, created on first use (the App section must hold a key then).</summary>
    public AppClient App => _app.Value;

    /// <summary>Whether the workspace's settings hold a Pipelines write key (so its Pipelines queue is started with the host).</summary>
    public bool HasPipelines => !string.IsNullOrWhiteSpace(_options.Get(Name).Pipelines?.WriteKey);

    /// <summary>The queues that were created, Track's first.</summary>
    public IEnumerable<HostedQueue> CreatedQueues
    {
        get
        {
            var label = Describe(Name);
            if (_queue.IsValueCreated)
            {
                var queue = _queue.Value;
                yield return new HostedQueue(label, label + ".", queue.GetStatistics, QueueOptions, async ct => await queue.CloseAsync(ct).ConfigureAwait(false));
            }

            if (_pipelinesQueue.IsValueCreated)
            {
                var queue = _pipelinesQueue.Value;
                yield return new HostedQueue(label + " pipelines", label + ".pipelines.", queue.GetStatistics, PipelinesQueueOptions, async ct => await queue.CloseAsync(ct).ConfigureAwait(false));
            }
        }
    }

    /// <summary>The <see cref="IHttpClientFactory"/> name of a workspace's HTTP client.</summary>
    public static string HttpClientName(string name) => name.Length == 0 ? "CustomerIO" : "CustomerIO." + name;

    private static string Describe(string name) => name.Length == 0 ? "default" : name;
}
