namespace CustomerIO.Emulator;

/// <summary>How an emulator starts: address, credentials it accepts, mode, memory caps and initial faults. Every default is documented on its property.</summary>
public sealed class CustomerIOEmulatorOptions
{
    /// <summary>The address to bind. Default <c>127.0.0.1</c> (loopback only).</summary>
    public string Host { get; set; } = "127.0.0.1";

    /// <summary>The port to bind; 0 (default) picks a free port.</summary>
    public int Port { get; set; }

    /// <summary>The Track API site id accepted. Default <c>emulator-site</c>.</summary>
    public string SiteId { get; set; } = "emulator-site";

    /// <summary>The Track API key accepted. Default <c>emulator-track-key</c>.</summary>
    public string TrackApiKey { get; set; } = "emulator-track-key";

    /// <summary>The App API key accepted (Bearer). Default <c>emulator-app-key</c>.</summary>
    public string AppApiKey { get; set; } = "emulator-app-key";

    /// <summary>The Pipelines write key accepted. Default <c>emulator-write-key</c>.</summary>
    public string PipelinesWriteKey { get; set; } = "emulator-write-key";

    /// <summary>The region the emulated workspace reports (<c>us</c> or <c>eu</c>). Default <c>us</c>.</summary>
    public string Region { get; set; } = "us";

    /// <summary>The numeric environment id the region lookup reports. Default 1.</summary>
    public long EnvironmentId { get; set; } = 1;

    /// <summary>
    /// Sink mode: authenticate, parse, validate and count operations (and duplicate event ids) but
    /// keep no people, events or objects. For load tests. Default false.
    /// </summary>
    public bool SinkMode { get; set; }

    /// <summary>How many events the event log keeps (newest first out of a ring); older ones are only counted. Default 100,000.</summary>
    public int MaxStoredEvents { get; set; } = 100_000;

    /// <summary>How many delivery metrics and form submissions are kept (each). Default 10,000.</summary>
    public int MaxStoredDeliveryMetrics { get; set; } = 10_000;

    /// <summary>How many recent event ids are remembered for de-duplication. Default 1,000,000.</summary>
    public int MaxRememberedEventIds { get; set; } = 1_000_000;

    /// <summary>How many requests the received-requests log keeps. Default 1,000.</summary>
    public int MaxReceivedRequests { get; set; } = 1_000;

    /// <summary>How many bytes of each request body the received-requests log keeps. Default 1,024; 0 keeps none.</summary>
    public int RequestBodyCaptureBytes { get; set; } = 1_024;

    /// <summary>Faults active from the start; null (default) for none.</summary>
    public FaultProfile? Faults { get; set; }

    /// <summary>
    /// Where to post signed reporting webhooks (<c>sent</c>, then <c>delivered</c>) for every transactional
    /// delivery the App API queues; null (default) sends none. Never a Customer.io host.
    /// </summary>
    public Uri? ReportingWebhookUrl { get; set; }

    /// <summary>The signing secret for <see cref="ReportingWebhookUrl"/> (required when it is set).</summary>
    public string? ReportingWebhookSecret { get; set; }

    /// <summary>
    /// The metrics posted, in order, for each transactional delivery when <see cref="ReportingWebhookUrl"/> is set.
    /// Default <c>sent</c>, <c>delivered</c>; any metric the channel documents, for example <c>opened</c>, <c>clicked</c>,
    /// <c>bounced</c>, <c>failed</c>. Each payload carries the metric's fields (a link for clicked, a failure message for
    /// bounced, ...).
    /// </summary>
    public IList<string> ReportingWebhookMetrics { get; set; } = [.. ReportingWebhookSenderDefaults.DeliveryMetrics];

    /// <summary>How the webhooks for deliveries are spoilt, to test a receiver's refusals. Default <see cref="ReportingWebhookTampering.None"/>.</summary>
    public ReportingWebhookTampering ReportingWebhookTampering { get; set; }

    /// <summary>The clock for timestamps, latency and rate limits. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Throws when a value cannot work.</summary>
    internal void Validate()
    {
        Require(Host, nameof(Host));
        Require(SiteId, nameof(SiteId));
        Require(TrackApiKey, nameof(TrackApiKey));
        Require(AppApiKey, nameof(AppApiKey));
        Require(PipelinesWriteKey, nameof(PipelinesWriteKey));
        Require(Region, nameof(Region));
        ArgumentOutOfRangeException.ThrowIfNegative(Port, nameof(Port));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Port, 65535, nameof(Port));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxStoredEvents, 1, nameof(MaxStoredEvents));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxStoredDeliveryMetrics, 1, nameof(MaxStoredDeliveryMetrics));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRememberedEventIds, 64, nameof(MaxRememberedEventIds));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxReceivedRequests, 1, nameof(MaxReceivedRequests));
        ArgumentOutOfRangeException.ThrowIfNegative(RequestBodyCaptureBytes, nameof(RequestBodyCaptureBytes));
        ArgumentNullException.ThrowIfNull(TimeProvider, nameof(TimeProvider));
        Faults?.Validate();
        if (ReportingWebhookUrl is { } webhook)
        {
            if (!webhook.IsAbsoluteUri || (webhook.Scheme != Uri.UriSchemeHttp && webhook.Scheme != Uri.UriSchemeHttps)
                || webhook.Host.EndsWith("customer.io", StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException("ReportingWebhookUrl must be an absolute http or https URL, never a Customer.io host.", nameof(ReportingWebhookUrl));
            }

            Require(ReportingWebhookSecret ?? string.Empty, nameof(ReportingWebhookSecret));
            if (ReportingWebhookMetrics is null || ReportingWebhookMetrics.Count == 0 || ReportingWebhookMetrics.Any(string.IsNullOrWhiteSpace))
            {
                throw new ArgumentException("ReportingWebhookMetrics must list at least one metric, none empty.", nameof(ReportingWebhookMetrics));
            }
        }
    }

    private static void Require(string value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{name} must not be empty.", name);
        }
    }
}
