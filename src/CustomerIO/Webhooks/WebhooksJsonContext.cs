using System.Text.Json.Serialization;

namespace CustomerIO.Webhooks;

/// <summary>Source-generated JSON metadata for the reporting webhooks' <c>data</c> objects: trimming- and AOT-safe.</summary>
[JsonSerializable(typeof(CustomerEventData))]
[JsonSerializable(typeof(EmailEventData))]
[JsonSerializable(typeof(PushEventData))]
[JsonSerializable(typeof(MessageEventData))]
internal sealed partial class WebhooksJsonContext : JsonSerializerContext;
