namespace CustomerIO.Emulator;

/// <summary>How the emulator spoils the reporting webhooks it sends, so a receiver's refusals can be tested end to end.</summary>
public enum ReportingWebhookTampering
{
    /// <summary>Signed as Customer.io signs them (default).</summary>
    None = 0,

    /// <summary>A well-formed <c>X-CIO-Signature</c> (64 hex characters) that is not the body's: a receiver answers 401.</summary>
    WrongSignature,

    /// <summary>
    /// Correctly signed, but over a timestamp one hour old (<see cref="ReportingWebhookSenderDefaults.StaleBy"/>), as a
    /// replayed request would be: a receiver with a tolerance under an hour answers 401.
    /// </summary>
    StaleTimestamp,
}

/// <summary>The constants of the emulator's reporting webhooks.</summary>
public static class ReportingWebhookSenderDefaults
{
    /// <summary>How old a <see cref="ReportingWebhookTampering.StaleTimestamp"/> request's timestamp is: one hour.</summary>
    public static readonly TimeSpan StaleBy = TimeSpan.FromHours(1);

    /// <summary>The metrics posted for each transactional delivery unless configured: <c>sent</c>, then <c>delivered</c>.</summary>
    public static IReadOnlyList<string> DeliveryMetrics { get; } = ["sent", "delivered"];
}
