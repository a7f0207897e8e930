using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CustomerIO.Webhooks;

/// <summary>
/// Parses a reporting webhook's raw body into a typed <see cref="ReportingWebhookEvent"/>. Verify the signature
/// (<see cref="WebhookSignatureVerifier"/>) over the same bytes first. The envelope (<c>event_id</c>,
/// <c>object_type</c>, <c>metric</c>, <c>timestamp</c>) is required; an object type or metric this SDK version
/// does not know, or a <c>data</c> of an unexpected shape, parses into <see cref="UnrecognizedWebhookEvent"/>.
/// </summary>
public static class ReportingWebhookParser
{
    private const long MaxUnixSeconds = 253_402_300_799;

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    /// <summary>Parses a body, or says why it is not a reporting webhook.</summary>
    /// <param name="body">The raw request body (UTF-8 JSON).</param>
    /// <param name="webhookEvent">The event, when the body is one.</param>
    /// <param name="error">Why it is not, when it is not: names the field, never a value.</param>
    /// <returns>Whether the body is a reporting webhook.</returns>
    public static bool TryParse(ReadOnlyMemory<byte> body, [NotNullWhen(true)] out ReportingWebhookEvent? webhookEvent, [NotNullWhen(false)] out string? error)
    {
        webhookEvent = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, DocumentOptions);
        }
        catch (JsonException)
        {
            // The exception's message can quote the body: only say that it is not JSON.
            error = "The body is not valid JSON.";
            return false;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = "The body is not a JSON object.";
                return false;
            }

            if (!TryText(root, "event_id", out var eventId, out error)
                || !TryText(root, "object_type", out var objectType, out error)
                || !TryText(root, "metric", out var metric, out error)
                || !TryTimestamp(root, out var timestamp, out error))
            {
                return false;
            }

            var envelope = new WebhookEnvelope(eventId, new WebhookObjectType(objectType), new WebhookMetric(metric), timestamp, root.Clone());
            webhookEvent = Create(envelope, root);
            return true;
        }
    }

    /// <summary>Parses a body.</summary>
    /// <param name="body">The raw request body (UTF-8 JSON).</param>
    /// <returns>The event.</returns>
    /// <exception cref="CustomerIOValidationException">The body is not a reporting webhook (the message says why).</exception>
    public static ReportingWebhookEvent Parse(ReadOnlyMemory<byte> body) =>
        TryParse(body, out var webhookEvent, out var error) ? webhookEvent : throw new CustomerIOValidationException(nameof(body), error);

    /// <summary>Parses a body given as text (in tests, say).</summary>
    /// <param name="json">The body.</param>
    /// <returns>The event.</returns>
    /// <exception cref="CustomerIOValidationException">The body is not a reporting webhook (the message says why).</exception>
    public static ReportingWebhookEvent Parse(string json) =>
        Parse(Encoding.UTF8.GetBytes(json ?? throw new ArgumentNullException(nameof(json))));

    private static ReportingWebhookEvent Create(in WebhookEnvelope envelope, JsonElement root)
    {
        var metric = envelope.Metric.Value;
        var objectType = IsPersonEvent(envelope.ObjectType.Value, metric, root) ? "customer" : envelope.ObjectType.Value;
        if (!ReportingWebhookKinds.IsKnown(objectType, metric))
        {
            return new UnrecognizedWebhookEvent(envelope, ReportingWebhookKinds.IsKnownObjectType(objectType)
                ? $"The metric '{metric}' is not documented for the object type '{objectType}'."
                : $"The object type '{objectType}' is not documented.");
        }

        if (!root.TryGetProperty("data", out var data) || data.ValueKind == JsonValueKind.Null)
        {
            return new UnrecognizedWebhookEvent(envelope, "The payload has no data object.");
        }

        if (data.ValueKind != JsonValueKind.Object)
        {
            return new UnrecognizedWebhookEvent(envelope, "The payload's data is not a JSON object.");
        }

        var json = WebhooksJsonContext.Default;
        try
        {
            return objectType switch
            {
                "customer" => new CustomerEvent(envelope, Read(data, json.CustomerEventData)),
                "email" => new EmailEvent(envelope, Read(data, json.EmailEventData)),
                "push" => new PushEvent(envelope, Read(data, json.PushEventData)),
                "sms" => new SmsEvent(envelope, Read(data, json.MessageEventData)),
                "whatsapp" => new WhatsAppEvent(envelope, Read(data, json.MessageEventData)),
                "slack" => new SlackEvent(envelope, Read(data, json.MessageEventData)),
                "webhook" => new WebhookActionEvent(envelope, Read(data, json.MessageEventData)),
                _ => new InAppEvent(envelope, Read(data, json.MessageEventData)),
            };
        }
        catch (JsonException exception)
        {
            // The path names the field; the message could quote a value, so it is left out.
            return new UnrecognizedWebhookEvent(envelope, $"The data does not have the documented shape for {objectType} {metric} (at {exception.Path ?? "$"}).");
        }
    }

    /// <summary>
    /// Whether a subscription metric is about the person rather than a message. The OpenAPI lets the person_*
    /// sections carry any object type; subscribed and cio_subscription_preferences_changed exist only for people,
    /// and an unsubscribed without a delivery is a person's (email_unsubscribed always names its delivery).
    /// </summary>
    private static bool IsPersonEvent(string objectType, string metric, JsonElement root) => metric switch
    {
        "subscribed" or "cio_subscription_preferences_changed" => true,
        "unsubscribed" => objectType == "customer"
            || !(root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object && data.TryGetProperty("delivery_id", out _)),
        _ => false,
    };

    private static T Read<T>(JsonElement data, JsonTypeInfo<T> typeInfo)
        where T : WebhookEventData
    {
        var value = data.Deserialize(typeInfo) ?? throw new JsonException("data is null");
        value.Origin = OriginOf(data);
        return value;
    }

    /// <summary>Which of the OpenAPI's four <c>data</c> shapes this is, by the identifier only that shape has.</summary>
    private static WebhookOrigin OriginOf(JsonElement data) =>
        data.TryGetProperty("trigger_id", out _) ? WebhookOrigin.Broadcast
        : data.TryGetProperty("campaign_id", out _) ? WebhookOrigin.Campaign
        : data.TryGetProperty("newsletter_id", out _) ? WebhookOrigin.Newsletter
        : data.TryGetProperty("transactional_message_id", out _) ? WebhookOrigin.Transactional
        : WebhookOrigin.Unknown;

    private static bool TryText(JsonElement root, string name, out string value, [NotNullWhen(false)] out string? error)
    {
        if (root.TryGetProperty(name, out var element) && element.ValueKind == JsonValueKind.String && element.GetString() is { Length: > 0 } text)
        {
            value = text;
            error = null;
            return true;
        }

        value = string.Empty;
        error = $"The payload's '{name}' is missing or not a non-empty string.";
        return false;
    }

    private static bool TryTimestamp(JsonElement root, out DateTimeOffset timestamp, [NotNullWhen(false)] out string? error)
    {
        if (root.TryGetProperty("timestamp", out var element) && element.ValueKind == JsonValueKind.Number
            && element.TryGetInt64(out var seconds) && seconds is >= 0 and <= MaxUnixSeconds)
        {
            timestamp = DateTimeOffset.FromUnixTimeSeconds(seconds);
            error = null;
            return true;
        }

        timestamp = default;
        error = "The payload's 'timestamp' is missing or not a whole number of Unix seconds.";
        return false;
    }
}
