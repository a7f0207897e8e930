using CustomerIO.App;
using CustomerIO.Pipelines;
using CustomerIO.Track;

namespace CustomerIO;

/// <summary>
/// For apps without dependency injection: one process-wide <see cref="TrackClient"/> and <see cref="TrackQueue"/>
/// (and <see cref="PipelinesClient"/> and <see cref="PipelinesQueue"/>),
/// created on first use from environment variables, thread-safe. With a host, prefer
/// <c>services.AddCustomerIO(...)</c>.
/// </summary>
/// <remarks>
/// <para>Variables: <c>CUSTOMERIO_SITE_ID</c> and <c>CUSTOMERIO_API_KEY</c> (required), <c>CUSTOMERIO_REGION</c>
/// (<c>us</c> or <c>eu</c>, default <c>us</c>), <c>CUSTOMERIO_TRACK_URL</c> (a custom Track root, such as the emulator).
/// A missing one is named in the <see cref="InvalidOperationException"/> thrown on first use.
/// <c>CUSTOMERIO_PIPELINES_WRITE_KEY</c> (and <c>CUSTOMERIO_PIPELINES_URL</c>, a custom Pipelines root) is read only
/// by <see cref="PipelinesClient"/> and <see cref="PipelinesQueue"/>, and <c>CUSTOMERIO_APP_API_KEY</c> (and
/// <c>CUSTOMERIO_APP_URL</c>, a custom App root) only by <see cref="AppClient"/>, so an app needs only the credentials
/// of the APIs it uses. A missing one is named in the same way.</para>
/// <para>If the app never disposes the queues, they are flushed when the process exits (for at most
/// <see cref="CustomerIOQueueOptions.ShutdownTimeout"/>), so queued events are not lost.</para>
/// </remarks>
public static class CustomerIOShared
{
    private static readonly object Sync = new();
    private static Func<string, string?> s_environment = Environment.GetEnvironmentVariable;
    private static Action<TrackClientOptions>? s_configureClient;
    private static Action<TrackQueueOptions>? s_configureQueue;
    private static Action<AppClientOptions>? s_configureApp;
    private static Lazy<AppClient> s_app = NewAppClient();
    private static Lazy<TrackClient> s_client = NewClient();
    private static Lazy<TrackQueue> s_queue = NewQueue(s_client);
    private static Action<PipelinesClientOptions>? s_configurePipelinesClient;
    private static Action<PipelinesQueueOptions>? s_configurePipelinesQueue;
    private static Lazy<PipelinesClient> s_pipelinesClient = NewPipelinesClient();
    private static Lazy<PipelinesQueue> s_pipelinesQueue = NewPipelinesQueue(s_pipelinesClient);
    private static int s_exitHookInstalled;

    /// <summary>The shared Track client, created on first use.</summary>
    /// <exception cref="InvalidOperationException">A required environment variable is missing or wrong (the message names it).</exception>
    public static TrackClient TrackClient => s_client.Value;

    /// <summary>The shared Track queue, created on first use; flushed at process exit if never disposed.</summary>
    /// <exception cref="InvalidOperationException">A required environment variable is missing or wrong (the message names it).</exception>
    public static TrackQueue TrackQueue => s_queue.Value;

    /// <summary>The shared Pipelines client, created on first use from <c>CUSTOMERIO_PIPELINES_WRITE_KEY</c>.</summary>
    /// <exception cref="InvalidOperationException">A required environment variable is missing or wrong (the message names it).</exception>
    public static PipelinesClient PipelinesClient => s_pipelinesClient.Value;

    /// <summary>The shared Pipelines queue, created on first use; flushed at process exit if never disposed.</summary>
    /// <exception cref="InvalidOperationException">A required environment variable is missing or wrong (the message names it).</exception>
    public static PipelinesQueue PipelinesQueue => s_pipelinesQueue.Value;

    /// <summary>The shared App client, created on first use from <c>CUSTOMERIO_APP_API_KEY</c> and <c>CUSTOMERIO_REGION</c>.</summary>
    /// <exception cref="InvalidOperationException">A required environment variable is missing or wrong (the message names it).</exception>
    public static AppClient AppClient => s_app.Value;

    /// <summary>
    /// Changes how the shared instances are made, before first use (or after <see cref="ResetAsync"/>): options beyond
    /// the environment variables, or (in tests) another source of variables.
    /// </summary>
    /// <param name="configureClient">Changes the client options after the variables are read.</param>
    /// <param name="configureQueue">Changes the queue options.</param>
    /// <param name="environment">Reads a variable by name; <see cref="Environment.GetEnvironmentVariable(string)"/> when null.</param>
    /// <param name="configurePipelinesClient">Changes the Pipelines client options after the variables are read.</param>
    /// <param name="configurePipelinesQueue">Changes the Pipelines queue options.</param>
    /// <param name="configureApp">Changes the App client options after the variables are read.</param>
    /// <exception cref="InvalidOperationException">The shared instances were already created and not reset.</exception>
    public static void Configure(
        Action<TrackClientOptions>? configureClient = null,
        Action<TrackQueueOptions>? configureQueue = null,
        Func<string, string?>? environment = null,
        Action<PipelinesClientOptions>? configurePipelinesClient = null,
        Action<PipelinesQueueOptions>? configurePipelinesQueue = null,
        Action<AppClientOptions>? configureApp = null)
    {
        lock (Sync)
        {
            if (s_client.IsValueCreated || s_queue.IsValueCreated || s_pipelinesClient.IsValueCreated || s_pipelinesQueue.IsValueCreated || s_app.IsValueCreated)
            {
                // Replacing live instances would strand the queue's pending events: reset (deliver) first.
                throw new InvalidOperationException("The shared Customer.io instances are in use: call CustomerIOShared.ResetAsync() before Configure.");
            }

            s_configureClient = configureClient;
            s_configureQueue = configureQueue;
            s_configureApp = configureApp;
            s_environment = environment ?? Environment.GetEnvironmentVariable;
            s_configurePipelinesClient = configurePipelinesClient;
            s_configurePipelinesQueue = configurePipelinesQueue;
            s_client = NewClient();
            s_queue = NewQueue(s_client);
            s_pipelinesClient = NewPipelinesClient();
            s_pipelinesQueue = NewPipelinesQueue(s_pipelinesClient);
            s_app = NewAppClient();
        }
    }

    /// <summary>
    /// Closes the shared queues (delivering what they hold, until <paramref name="cancellationToken"/> gives up) and forgets
    /// every instance, so the next use creates them again. For tests, and for apps that shut down explicitly.
    /// </summary>
    /// <param name="cancellationToken">The deadline for delivering what the queue holds.</param>
    /// <returns>A task that completes when the queue has closed.</returns>
    public static async Task ResetAsync(CancellationToken cancellationToken = default)
    {
        Lazy<TrackQueue> queue;
        Lazy<PipelinesQueue> pipelinesQueue;
        lock (Sync)
        {
            queue = s_queue;
            pipelinesQueue = s_pipelinesQueue;
            s_client = NewClient();
            s_queue = NewQueue(s_client);
            s_pipelinesClient = NewPipelinesClient();
            s_pipelinesQueue = NewPipelinesQueue(s_pipelinesClient);
            s_app = NewAppClient();
        }

        if (queue.IsValueCreated)
        {
            await queue.Value.CloseAsync(cancellationToken).ConfigureAwait(false);
        }

        if (pipelinesQueue.IsValueCreated)
        {
            await pipelinesQueue.Value.CloseAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The App API key, from <c>CUSTOMERIO_APP_API_KEY</c>, read when something needs it (not by the Track instances,
    /// so a Track-only app needs no App key).
    /// </summary>
    /// <exception cref="InvalidOperationException">The variable is not set (the message names it).</exception>
    internal static string AppApiKey => Required("CUSTOMERIO_APP_API_KEY", "the workspace's App API key");

    /// <summary>The Data Pipelines write key, from <c>CUSTOMERIO_PIPELINES_WRITE_KEY</c>, read when something needs it.</summary>
    /// <exception cref="InvalidOperationException">The variable is not set (the message names it).</exception>
    internal static string PipelinesWriteKey => Required("CUSTOMERIO_PIPELINES_WRITE_KEY", "the Data Pipelines source's write key");

    private static Lazy<TrackClient> NewClient() => new(CreateClient, LazyThreadSafetyMode.ExecutionAndPublication);

    private static Lazy<AppClient> NewAppClient() => new(CreateAppClient, LazyThreadSafetyMode.ExecutionAndPublication);

    private static AppClient CreateAppClient()
    {
        var options = new AppClientOptions { Region = Region(), Endpoint = Url("CUSTOMERIO_APP_URL") };
        s_configureApp?.Invoke(options);
        return new AppClient(AppApiKey, options);
    }

    private static Lazy<TrackQueue> NewQueue(Lazy<TrackClient> client) => new(
        () =>
        {
            var options = new TrackQueueOptions();
            s_configureQueue?.Invoke(options);
            var queue = new TrackQueue(client.Value, options);
            InstallExitHook();
            return queue;
        },
        LazyThreadSafetyMode.ExecutionAndPublication);

    private static Lazy<PipelinesClient> NewPipelinesClient() => new(CreatePipelinesClient, LazyThreadSafetyMode.ExecutionAndPublication);

    private static Lazy<PipelinesQueue> NewPipelinesQueue(Lazy<PipelinesClient> client) => new(
        () =>
        {
            var options = new PipelinesQueueOptions();
            s_configurePipelinesQueue?.Invoke(options);
            var queue = new PipelinesQueue(client.Value, options);
            InstallExitHook();
            return queue;
        },
        LazyThreadSafetyMode.ExecutionAndPublication);

    private static PipelinesClient CreatePipelinesClient()
    {
        var writeKey = PipelinesWriteKey;
        var options = new PipelinesClientOptions { Region = Region() };
        options.Endpoint = Url("CUSTOMERIO_PIPELINES_URL");
        s_configurePipelinesClient?.Invoke(options);
        return new PipelinesClient(writeKey, options);
    }

    private static CustomerIORegion Region()
    {
        if (s_environment("CUSTOMERIO_REGION") is not { Length: > 0 } region)
        {
            return CustomerIORegion.US;
        }

        try
        {
            return CustomerIORegion.FromName(region);
        }
        catch (ArgumentException)
        {
            throw new InvalidOperationException("The environment variable CUSTOMERIO_REGION must be 'us' or 'eu'.");
        }
    }

    private static Uri? Url(string name) => s_environment(name) is { Length: > 0 } url
        ? Uri.TryCreate(url, UriKind.Absolute, out var endpoint) ? endpoint : throw new InvalidOperationException($"The environment variable {name} must be an absolute URL.")
        : null;

    private static TrackClient CreateClient()
    {
        var siteId = Required("CUSTOMERIO_SITE_ID", "the workspace's site id");
        var apiKey = Required("CUSTOMERIO_API_KEY", "the workspace's Track API key");
        var options = new TrackClientOptions { Region = Region(), Endpoint = Url("CUSTOMERIO_TRACK_URL") };

        s_configureClient?.Invoke(options);
        return new TrackClient(siteId, apiKey, options);
    }

    private static string Required(string name, string what) =>
        s_environment(name) is { } value && !string.IsNullOrWhiteSpace(value)
            ? value
            : throw new InvalidOperationException($"The environment variable {name} is not set: it must hold {what}.");

    /// <summary>
    /// Flushes the shared queues when the process exits without having disposed them. Process-exit handlers are
    /// synchronous, so this is the one place the SDK blocks on a task: on the runtime's exit thread, bounded by the
    /// queue's shutdown timeout.
    /// </summary>
    private static void InstallExitHook()
    {
        if (Interlocked.Exchange(ref s_exitHookInstalled, 1) == 0)
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            {
                Lazy<TrackQueue> queue;
                Lazy<PipelinesQueue> pipelinesQueue;
                lock (Sync)
                {
                    queue = s_queue;
                    pipelinesQueue = s_pipelinesQueue;
                }

                // Both at once: each within its own shutdown timeout.
                var closing = new List<Task>(2);
                if (queue.IsValueCreated)
                {
                    closing.Add(queue.Value.DisposeAsync().AsTask());
                }

                if (pipelinesQueue.IsValueCreated)
                {
                    closing.Add(pipelinesQueue.Value.DisposeAsync().AsTask());
                }

                Task.WaitAll(closing.ToArray());
            };
        }
    }
}
