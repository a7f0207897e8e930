using CustomerIO.Webhooks;

namespace CustomerIO.AspNetCore;

/// <summary>
/// How <c>MapCustomerIOWebhooks</c> receives reporting webhooks. The signing secrets come from the workspace's
/// <c>CustomerIO:Webhooks:SigningSecrets</c> (bound by <c>AddCustomerIO</c>) unless <see cref="SigningSecrets"/> is set.
/// </summary>
public sealed class CustomerIOWebhookOptions
{
    /// <summary>The default <see cref="MaxBodyBytes"/>: 1 MiB.</summary>
    public const int DefaultMaxBodyBytes = 1024 * 1024;

    /// <summary>The default <see cref="BackgroundQueueCapacity"/>: 1,000 events.</summary>
    public const int DefaultBackgroundQueueCapacity = 1_000;

    /// <summary>The workspace whose <c>Webhooks:SigningSecrets</c> are used: empty (default) for the default one.</summary>
    public string WorkspaceName { get; set; } = string.Empty;

    /// <summary>
    /// Secrets to use instead of the workspace's configuration, newest first; null (default) reads
    /// <c>CustomerIO:Webhooks:SigningSecrets</c>.
    /// </summary>
    public IList<string>? SigningSecrets { get; set; }

    /// <summary>How far <c>X-CIO-Timestamp</c> may be from now. Default 5 minutes; at most 1 day.</summary>
    public TimeSpan Tolerance { get; set; } = WebhookSignatureVerifierOptions.DefaultTolerance;

    /// <summary>
    /// The largest body read; a longer one is answered 413 unread. Default <see cref="DefaultMaxBodyBytes"/> (1 MiB).
    /// Raise it when the webhook is set to include message content (an email's HTML rides in <c>sent</c>).
    /// </summary>
    public int MaxBodyBytes { get; set; } = DefaultMaxBodyBytes;

    /// <summary>
    /// Answer 202 as soon as the event is verified and queued, and run the handler on a background loop. Default
    /// false: the handler runs before the answer, and its failure answers 500 so Customer.io retries. In the
    /// background a failure is logged and the event is not retried (it was acknowledged).
    /// </summary>
    public bool ProcessInBackground { get; set; }

    /// <summary>
    /// How many events wait for the background loop at most; when it is full the endpoint answers 503 and
    /// Customer.io retries later. Default <see cref="DefaultBackgroundQueueCapacity"/>.
    /// </summary>
    public int BackgroundQueueCapacity { get; set; } = DefaultBackgroundQueueCapacity;

    /// <summary>How many event ids the default in-memory de-duplication store keeps. Default 100,000.</summary>
    public int DeduplicationCapacity { get; set; } = InMemoryWebhookEventIdStore.DefaultCapacity;

    /// <summary>How long the default in-memory de-duplication store remembers an event id. Default 24 hours.</summary>
    public TimeSpan DeduplicationWindow { get; set; } = InMemoryWebhookEventIdStore.DefaultWindow;

    /// <summary>Describes the settings without the secrets.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"CustomerIOWebhookOptions(Workspace='{WorkspaceName}', {(SigningSecrets is null ? "secrets from configuration" : $"{SigningSecrets.Count} signing secrets")}, " +
        $"Tolerance={Tolerance}, MaxBodyBytes={MaxBodyBytes}, ProcessInBackground={ProcessInBackground}, BackgroundQueueCapacity={BackgroundQueueCapacity})";

    /// <summary>Throws when a value cannot work, naming it.</summary>
    internal void Validate()
    {
        if (MaxBodyBytes < 1)
        {
            throw new CustomerIOValidationException(nameof(MaxBodyBytes), $"MaxBodyBytes must be at least 1; it is {MaxBodyBytes}.");
        }

        if (BackgroundQueueCapacity < 1)
        {
            throw new CustomerIOValidationException(nameof(BackgroundQueueCapacity), $"BackgroundQueueCapacity must be at least 1; it is {BackgroundQueueCapacity}.");
        }

        if (Tolerance <= TimeSpan.Zero || Tolerance > WebhookSignatureVerifierOptions.MaxTolerance)
        {
            throw new CustomerIOValidationException(nameof(Tolerance), $"Tolerance must be more than 0 and at most {WebhookSignatureVerifierOptions.MaxTolerance}; it is {Tolerance}.");
        }

        // A request stays acceptable for Tolerance either way; forgotten sooner, a captured one could be replayed.
        if (DeduplicationWindow < Tolerance + Tolerance)
        {
            throw new CustomerIOValidationException(nameof(DeduplicationWindow), $"DeduplicationWindow must be at least twice the Tolerance ({Tolerance + Tolerance}), so that a request cannot be replayed while its timestamp is still accepted; it is {DeduplicationWindow}.");
        }
    }
}
