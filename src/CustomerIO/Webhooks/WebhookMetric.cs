namespace CustomerIO.Webhooks;

/// <summary>
/// A reporting webhook's <c>metric</c>. String-backed: a value Customer.io adds later still parses, compares and
/// prints, without an SDK update.
/// </summary>
public readonly struct WebhookMetric : IEquatable<WebhookMetric>
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire text.</summary>
    /// <param name="value">The wire text, for example <c>clicked</c>.</param>
    /// <exception cref="CustomerIOValidationException">The text is empty.</exception>
    public WebhookMetric(string value)
    {
        Validation.Guard.NotEmpty(value, nameof(value), "metric");
        _value = value;
    }

    /// <summary>A message was drafted (queued for review before sending). (<c>drafted</c>)</summary>
    public static WebhookMetric Drafted { get; } = new("drafted");

    /// <summary>A send was attempted and failed; Customer.io will try again. (<c>attempted</c>)</summary>
    public static WebhookMetric Attempted { get; } = new("attempted");

    /// <summary>The message was sent. (<c>sent</c>)</summary>
    public static WebhookMetric Sent { get; } = new("sent");

    /// <summary>The message was delivered (email, push, SMS, WhatsApp). (<c>delivered</c>)</summary>
    public static WebhookMetric Delivered { get; } = new("delivered");

    /// <summary>The message was opened (email, push, WhatsApp, in-app). (<c>opened</c>)</summary>
    public static WebhookMetric Opened { get; } = new("opened");

    /// <summary>A tracked link was clicked. (<c>clicked</c>)</summary>
    public static WebhookMetric Clicked { get; } = new("clicked");

    /// <summary>The recipient converted (met the campaign's conversion goal). (<c>converted</c>)</summary>
    public static WebhookMetric Converted { get; } = new("converted");

    /// <summary>The recipient unsubscribed (through an email, or as a person). (<c>unsubscribed</c>)</summary>
    public static WebhookMetric Unsubscribed { get; } = new("unsubscribed");

    /// <summary>The message bounced (email, push, SMS, WhatsApp). (<c>bounced</c>)</summary>
    public static WebhookMetric Bounced { get; } = new("bounced");

    /// <summary>The message was not sent: the recipient is suppressed or bounced before (email, push, WhatsApp). (<c>dropped</c>)</summary>
    public static WebhookMetric Dropped { get; } = new("dropped");

    /// <summary>The recipient marked the email as spam. (<c>spammed</c>)</summary>
    public static WebhookMetric Spammed { get; } = new("spammed");

    /// <summary>Sending failed for good. (<c>failed</c>)</summary>
    public static WebhookMetric Failed { get; } = new("failed");

    /// <summary>The message could not be delivered (no address, device or phone number, for example). (<c>undeliverable</c>)</summary>
    public static WebhookMetric Undeliverable { get; } = new("undeliverable");

    /// <summary>The recipient replied (SMS, WhatsApp). (<c>replied</c>)</summary>
    public static WebhookMetric Replied { get; } = new("replied");

    /// <summary>A person subscribed. (<c>subscribed</c>)</summary>
    public static WebhookMetric Subscribed { get; } = new("subscribed");

    /// <summary>A person changed their subscription preferences. (<c>cio_subscription_preferences_changed</c>)</summary>
    public static WebhookMetric SubscriptionPreferencesChanged { get; } = new("cio_subscription_preferences_changed");

    /// <summary>The wire text; empty for the default value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Converts wire text to a value.</summary>
    /// <param name="value">The wire text.</param>
    public static implicit operator WebhookMetric(string value) => new(value);

    /// <summary>Compares two values (ordinal, as Customer.io writes them).</summary>
    /// <param name="left">One value.</param>
    /// <param name="right">The other.</param>
    public static bool operator ==(WebhookMetric left, WebhookMetric right) => left.Equals(right);

    /// <summary>Compares two values (ordinal, as Customer.io writes them).</summary>
    /// <param name="left">One value.</param>
    /// <param name="right">The other.</param>
    public static bool operator !=(WebhookMetric left, WebhookMetric right) => !left.Equals(right);

    /// <summary>Converts wire text to a value.</summary>
    /// <param name="value">The wire text.</param>
    /// <returns>The value.</returns>
    public static WebhookMetric FromString(string value) => new(value);

    /// <inheritdoc/>
    public bool Equals(WebhookMetric other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is WebhookMetric other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc/>
    public override string ToString() => Value;
}
