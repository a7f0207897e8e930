namespace CustomerIO.Webhooks;

/// <summary>
/// A reporting webhook's <c>object_type</c>. String-backed: a value Customer.io adds later still parses, compares and
/// prints, without an SDK update.
/// </summary>
public readonly struct WebhookObjectType : IEquatable<WebhookObjectType>
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire text.</summary>
    /// <param name="value">The wire text, for example <c>email</c>.</param>
    /// <exception cref="CustomerIOValidationException">The text is empty.</exception>
    public WebhookObjectType(string value)
    {
        Validation.Guard.NotEmpty(value, nameof(value), "object_type");
        _value = value;
    }

    /// <summary>A person's subscription changed (the metrics subscribed, unsubscribed, cio_subscription_preferences_changed). (<c>customer</c>)</summary>
    public static WebhookObjectType Customer { get; } = new("customer");

    /// <summary>An email message. (<c>email</c>)</summary>
    public static WebhookObjectType Email { get; } = new("email");

    /// <summary>A push notification. (<c>push</c>)</summary>
    public static WebhookObjectType Push { get; } = new("push");

    /// <summary>An SMS message. (<c>sms</c>)</summary>
    public static WebhookObjectType Sms { get; } = new("sms");

    /// <summary>An in-app message. (<c>in_app</c>)</summary>
    public static WebhookObjectType InApp { get; } = new("in_app");

    /// <summary>A Slack message. (<c>slack</c>)</summary>
    public static WebhookObjectType Slack { get; } = new("slack");

    /// <summary>A webhook action of a campaign or broadcast (Customer.io calling an endpoint of yours). (<c>webhook</c>)</summary>
    public static WebhookObjectType Webhook { get; } = new("webhook");

    /// <summary>A WhatsApp message. (<c>whatsapp</c>)</summary>
    public static WebhookObjectType WhatsApp { get; } = new("whatsapp");

    /// <summary>The wire text; empty for the default value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Converts wire text to a value.</summary>
    /// <param name="value">The wire text.</param>
    public static implicit operator WebhookObjectType(string value) => new(value);

    /// <summary>Compares two values (ordinal, as Customer.io writes them).</summary>
    /// <param name="left">One value.</param>
    /// <param name="right">The other.</param>
    public static bool operator ==(WebhookObjectType left, WebhookObjectType right) => left.Equals(right);

    /// <summary>Compares two values (ordinal, as Customer.io writes them).</summary>
    /// <param name="left">One value.</param>
    /// <param name="right">The other.</param>
    public static bool operator !=(WebhookObjectType left, WebhookObjectType right) => !left.Equals(right);

    /// <summary>Converts wire text to a value.</summary>
    /// <param name="value">The wire text.</param>
    /// <returns>The value.</returns>
    public static WebhookObjectType FromString(string value) => new(value);

    /// <inheritdoc/>
    public bool Equals(WebhookObjectType other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is WebhookObjectType other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc/>
    public override string ToString() => Value;
}
