namespace CustomerIO.Track;

/// <summary>
/// A delivery metric (<c>delivered</c>, <c>opened</c>, …). String-backed: metrics Customer.io adds later work without
/// an SDK update. Which metrics apply depends on the channel: see each one's remarks.
/// </summary>
public readonly struct MetricName : IEquatable<MetricName>
{
    /// <summary>Creates a platform from its wire value.</summary>
    /// <param name="value">The wire value, for example <c>ios</c>.</param>
    public MetricName(string value)
    {
        Validation.Guard.NotEmpty(value, nameof(value), "metric name");
        _value = value;
    }

    private readonly string? _value;

    /// <summary>The message bounced (email, SMS). (<c>bounced</c>)</summary>
    public static MetricName Bounced { get; } = new("bounced");

    /// <summary>A link was clicked (email, SMS, in-app, Slack). (<c>clicked</c>)</summary>
    public static MetricName Clicked { get; } = new("clicked");

    /// <summary>The recipient converted (email, push, in-app, Slack). (<c>converted</c>)</summary>
    public static MetricName Converted { get; } = new("converted");

    /// <summary>Delivery was deferred (email). (<c>deferred</c>)</summary>
    public static MetricName Deferred { get; } = new("deferred");

    /// <summary>The message was delivered (email, push, SMS, Slack). (<c>delivered</c>)</summary>
    public static MetricName Delivered { get; } = new("delivered");

    /// <summary>The message was dropped (email). (<c>dropped</c>)</summary>
    public static MetricName Dropped { get; } = new("dropped");

    /// <summary>The message was opened (email, push, SMS, in-app, Slack). (<c>opened</c>)</summary>
    public static MetricName Opened { get; } = new("opened");

    /// <summary>The message was marked as spam (email). (<c>spammed</c>)</summary>
    public static MetricName Spammed { get; } = new("spammed");

    /// <summary>The wire value.</summary>
    public string Value => _value ?? "delivered";

    /// <summary>Converts a wire value to a platform.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator MetricName(string value) => new(value);

    /// <summary>Compares two platforms.</summary>
    /// <param name="left">One platform.</param>
    /// <param name="right">The other.</param>
    public static bool operator ==(MetricName left, MetricName right) => left.Equals(right);

    /// <summary>Compares two platforms.</summary>
    /// <param name="left">One platform.</param>
    /// <param name="right">The other.</param>
    public static bool operator !=(MetricName left, MetricName right) => !left.Equals(right);

    /// <summary>Converts a wire value to a platform.</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The platform.</returns>
    public static MetricName FromString(string value) => new(value);

    /// <summary>Whether a push delivery can report this metric (opened, converted, delivered).</summary>
    internal bool IsPushMetric => this == Opened || this == Converted || this == Delivered;

    /// <inheritdoc/>
    public bool Equals(MetricName other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is MetricName other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc/>
    public override string ToString() => Value;
}
