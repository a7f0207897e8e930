using System.Text.Json.Serialization;

namespace CustomerIO.Webhooks;

/// <summary>
/// The <c>data</c> of a customer event (object type <c>customer</c>): a person subscribed, unsubscribed or changed
/// their subscription preferences.
/// </summary>
public sealed class CustomerEventData : WebhookEventData
{

    /// <summary>The person's email address (<c>email_address</c>); may be null.</summary>
    [JsonInclude]
    [JsonPropertyName("email_address")]
    public string? EmailAddress { get; internal set; }

    /// <summary>The new subscription preferences, as Customer.io writes them (<c>content</c>; cio_subscription_preferences_changed).</summary>
    [JsonInclude]
    [JsonPropertyName("content")]
    public string? Content { get; internal set; }
}
