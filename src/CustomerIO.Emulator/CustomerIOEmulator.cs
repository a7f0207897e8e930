using CustomerIO.Emulator.Hosting;
using Microsoft.AspNetCore.Builder;

namespace CustomerIO.Emulator;

/// <summary>
/// A running Customer.io emulator on Kestrel (loopback by default). Point an SDK at
/// <see cref="TrackUri"/>, <see cref="AppUri"/> and <see cref="PipelinesUri"/> with the credentials
/// below, then inspect what it received. Dispose to stop it.
/// </summary>
/// <example><code>
/// await using var emulator = await CustomerIOEmulator.StartAsync(new CustomerIOEmulatorOptions(), cancellationToken);
/// // ... send to emulator.TrackUri with emulator.SiteId / emulator.TrackApiKey ...
/// var person = emulator.FindPerson("42");
/// </code></example>
public sealed class CustomerIOEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EmulatorRuntime _runtime;
    private int _disposed;

    private CustomerIOEmulator(WebApplication app, EmulatorRuntime runtime)
    {
        _app = app;
        _runtime = runtime;
    }

    /// <summary>The server root (<c>http://127.0.0.1:port/</c>).</summary>
    public Uri BaseUri => _runtime.BaseUri;

    /// <summary>The Track API host root: clients append <c>api/v1/...</c>, <c>api/v2/...</c>, <c>unsubscribe/...</c>.</summary>
    public Uri TrackUri => _runtime.BaseUri;

    /// <summary>The App API root (<see cref="BaseUri"/> + <c>app/</c>): clients append <c>v1/...</c>.</summary>
    public Uri AppUri => new(_runtime.BaseUri, "app/");

    /// <summary>The Pipelines API root (<see cref="BaseUri"/> + <c>cdp/</c>): clients append <c>v1/...</c>.</summary>
    public Uri PipelinesUri => new(_runtime.BaseUri, "cdp/");

    /// <summary>The Track site id accepted.</summary>
    public string SiteId => _runtime.Options.SiteId;

    /// <summary>The Track API key accepted.</summary>
    public string TrackApiKey => _runtime.Options.TrackApiKey;

    /// <summary>The App API key accepted.</summary>
    public string AppApiKey => _runtime.Options.AppApiKey;

    /// <summary>The Pipelines write key accepted.</summary>
    public string PipelinesWriteKey => _runtime.Options.PipelinesWriteKey;

    /// <summary>Whether the emulator runs in sink mode (counts only, keeps no state).</summary>
    public bool SinkMode => _runtime.Options.SinkMode;

    /// <summary>The faults currently injected.</summary>
    public FaultProfile Faults => _runtime.Faults.Profile;

    /// <summary>Starts an emulator; with default options it binds a free port on 127.0.0.1.</summary>
    /// <param name="options">Address, credentials, mode, caps and initial faults; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running emulator.</returns>
    public static async Task<CustomerIOEmulator> StartAsync(CustomerIOEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new CustomerIOEmulatorOptions();
        options.Validate();
        var runtime = new EmulatorRuntime(options);
        var app = EmulatorApplication.Build(runtime);
        try
        {
            await EmulatorApplication.StartAsync(app, runtime, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return new CustomerIOEmulator(app, runtime);
    }

    /// <summary>All people, ordered by cio id.</summary>
    /// <returns>Snapshots of every stored person.</returns>
    public IReadOnlyList<EmulatedPerson> GetPeople() => _runtime.State.GetPeople();

    /// <summary>Finds a person by id, email or <c>cio_</c> + cio id.</summary>
    /// <param name="identifier">The identifier, as in a Track v1 path (not percent-encoded).</param>
    /// <returns>The person, or null.</returns>
    public EmulatedPerson? FindPerson(string identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        return _runtime.State.FindPerson(identifier);
    }

    /// <summary>Stored events, oldest first (the log keeps the newest <see cref="CustomerIOEmulatorOptions.MaxStoredEvents"/>).</summary>
    /// <param name="personIdentifier">Only this person's events (id, email or <c>cio_</c> id), including linked anonymous and merged ones; null for all.</param>
    /// <returns>The events.</returns>
    public IReadOnlyList<EmulatedEvent> GetEvents(string? personIdentifier = null) => _runtime.State.GetEvents(personIdentifier);

    /// <summary>Devices of one person, or of everyone.</summary>
    /// <param name="personIdentifier">The person (id, email or <c>cio_</c> id); null for all devices.</param>
    /// <returns>The devices.</returns>
    public IReadOnlyList<EmulatedDevice> GetDevices(string? personIdentifier = null) => _runtime.State.GetDevices(personIdentifier);

    /// <summary>All objects with their relationships.</summary>
    /// <returns>Snapshots of every stored object.</returns>
    public IReadOnlyList<EmulatedObject> GetObjects() => _runtime.State.GetObjects();

    /// <summary>Delivery metrics, push metrics, unsubscribes and v2 delivery events, oldest first.</summary>
    /// <returns>The stored metrics.</returns>
    public IReadOnlyList<EmulatedDeliveryMetric> GetDeliveryMetrics() => _runtime.State.Metrics.Snapshot();

    /// <summary>Transactional deliveries queued by App API sends, oldest first (the newest <see cref="CustomerIOEmulatorOptions.MaxStoredDeliveryMetrics"/> are kept).</summary>
    /// <returns>The stored deliveries.</returns>
    public IReadOnlyList<EmulatedDelivery> GetDeliveries() => _runtime.State.Deliveries.Snapshot();

    /// <summary>Broadcast triggers accepted by the App API, oldest first.</summary>
    /// <returns>The stored triggers.</returns>
    public IReadOnlyList<EmulatedBroadcastTrigger> GetBroadcastTriggers() => _runtime.State.BroadcastTriggers.Snapshot();

    /// <summary>Form submissions, oldest first.</summary>
    /// <returns>The stored submissions.</returns>
    public IReadOnlyList<EmulatedFormSubmission> GetFormSubmissions() => _runtime.State.Forms.Snapshot();

    /// <summary>Suppressed identifiers (ids, emails, <c>cio_</c> ids).</summary>
    /// <returns>The suppressed identifiers, sorted.</returns>
    public IReadOnlyList<string> GetSuppressedIdentifiers() => _runtime.State.Suppressed.Snapshot();

    /// <summary>The latest requests answered, oldest first (admin requests excluded).</summary>
    /// <returns>The request log.</returns>
    public IReadOnlyList<ReceivedRequest> GetReceivedRequests() => _runtime.State.Requests.Snapshot();

    /// <summary>
    /// The valid Pipelines messages received, oldest first (duplicates included and marked; not kept in sink mode):
    /// what a client sent, message by message, whether single calls or batches.
    /// </summary>
    /// <returns>The messages.</returns>
    public IReadOnlyList<EmulatedPipelinesMessage> GetPipelinesMessages() => _runtime.State.PipelinesMessages.Snapshot();

    /// <summary>Counters since start or the last reset.</summary>
    /// <returns>A snapshot of the counters.</returns>
    public EmulatorCounters GetCounters() => _runtime.State.GetCounters();

    /// <summary>Forgets all people, objects, events, metrics, requests, counters and remembered event ids. Faults stay.</summary>
    public void Reset() => _runtime.State.Reset();

    /// <summary>Replaces the injected faults (the seeded random sequence restarts).</summary>
    /// <param name="profile">The new profile.</param>
    public void SetFaults(FaultProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        _runtime.Faults.Set(profile);
    }

    /// <summary>Removes every fault and rate limit.</summary>
    public void ClearFaults() => _runtime.Faults.Set(FaultProfile.None);

    /// <summary>
    /// Sends a reporting webhook as Customer.io would: <paramref name="payloadJson"/> as the body,
    /// signed with <c>X-CIO-Timestamp</c> and <c>X-CIO-Signature</c> (HMAC-SHA256 of
    /// <c>v0:{timestamp}:{body}</c>, lower-case hex), waiting at most 4 seconds for the answer.
    /// </summary>
    /// <param name="target">The receiver (http or https; never a Customer.io host).</param>
    /// <param name="signingSecret">The webhook's signing secret.</param>
    /// <param name="payloadJson">The exact body to send.</param>
    /// <param name="cancellationToken">Cancels the send.</param>
    /// <returns>The receiver's HTTP status code.</returns>
    public Task<int> SendReportingWebhookAsync(Uri target, string signingSecret, string payloadJson, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(signingSecret);
        ArgumentNullException.ThrowIfNull(payloadJson);
        return _runtime.Webhooks.SendAsync(target, signingSecret, payloadJson, cancellationToken);
    }

    /// <summary>Stops the server.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        if (_runtime.DeliveryWebhooks is { } deliveryWebhooks)
        {
            await deliveryWebhooks.DisposeAsync().ConfigureAwait(false);
        }

        _runtime.Webhooks.Dispose();
    }
}
