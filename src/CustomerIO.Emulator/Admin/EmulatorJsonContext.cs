using System.Text.Json.Serialization;

namespace CustomerIO.Emulator.Admin;

/// <summary>Source-generated JSON for the emulator's own models (snake_case, nulls omitted, enums as strings).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(EmulatorInfo))]
[JsonSerializable(typeof(AdminMessage))]
[JsonSerializable(typeof(EmulatedPerson))]
[JsonSerializable(typeof(IReadOnlyList<EmulatedPerson>))]
[JsonSerializable(typeof(IReadOnlyList<EmulatedEvent>))]
[JsonSerializable(typeof(IReadOnlyList<EmulatedDevice>))]
[JsonSerializable(typeof(IReadOnlyList<EmulatedObject>))]
[JsonSerializable(typeof(IReadOnlyList<EmulatedDeliveryMetric>))]
[JsonSerializable(typeof(IReadOnlyList<EmulatedFormSubmission>))]
[JsonSerializable(typeof(IReadOnlyList<EmulatedDelivery>))]
[JsonSerializable(typeof(IReadOnlyList<EmulatedBroadcastTrigger>))]
[JsonSerializable(typeof(IReadOnlyList<ReceivedRequest>))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(EmulatorCounters))]
[JsonSerializable(typeof(FaultProfile))]
[JsonSerializable(typeof(WebhookRequest))]
[JsonSerializable(typeof(WebhookAnswer))]
[JsonSerializable(typeof(WebhookTriggerRequest))]
[JsonSerializable(typeof(WebhookTriggerAnswer))]
internal sealed partial class EmulatorJsonContext : JsonSerializerContext;

/// <summary>The answer of <c>GET /_emulator</c>: where each API is and which credentials it accepts.</summary>
internal sealed record EmulatorInfo(
    string BaseUrl,
    string TrackUrl,
    string AppUrl,
    string PipelinesUrl,
    string SiteId,
    string TrackApiKey,
    string AppApiKey,
    string PipelinesWriteKey,
    bool SinkMode);

/// <summary>The body of <c>POST /_emulator/webhooks</c>: where to send which payload, signed with which secret (and how spoilt).</summary>
internal sealed record WebhookRequest(string TargetUrl, string SigningSecret, System.Text.Json.JsonElement Payload, ReportingWebhookTampering Tamper = ReportingWebhookTampering.None);

/// <summary>
/// The body of <c>POST /_emulator/webhooks/trigger</c>: a reporting webhook built by the emulator for an object type
/// and metric, about a recorded delivery or a made-up one, sent to the configured receiver unless another is named.
/// </summary>
internal sealed record WebhookTriggerRequest(
    string Metric,
    string? ObjectType = null,
    string? DeliveryId = null,
    string? CustomerId = null,
    string? Recipient = null,
    string? EventId = null,
    ReportingWebhookTampering Tamper = ReportingWebhookTampering.None,
    string? TargetUrl = null,
    string? SigningSecret = null);

/// <summary>The receiver's answer to a triggered webhook, the event id and the exact payload sent.</summary>
internal sealed record WebhookTriggerAnswer(int Status, string EventId, System.Text.Json.JsonElement Payload);

/// <summary>The receiver's answer to a sent webhook.</summary>
internal sealed record WebhookAnswer(int Status);

/// <summary>A plain admin answer: <c>{"message":".."}</c>.</summary>
internal sealed record AdminMessage(string Message);
