using System.Linq;
using System.Text.Json.Serialization;

namespace CustomerIO.App;

/// <summary>
/// A reporting webhook: an endpoint Customer.io posts message and subscription events to as they happen (the events
/// themselves are read by the Webhooks part of this SDK).
/// </summary>
public sealed class ReportingWebhook
{
    [JsonConstructor]
    internal ReportingWebhook()
    {
    }

    /// <summary>The webhook's id.</summary>
    [JsonInclude, JsonPropertyName("id")]
    public long Id { get; internal set; }

    /// <summary>The webhook's name.</summary>
    [JsonInclude, JsonPropertyName("name")]
    public string? Name { get; internal set; }

    /// <summary>The URL the events are posted to.</summary>
    [JsonInclude, JsonPropertyName("endpoint")]
    public string? Endpoint { get; internal set; }

    /// <summary>The events reported (the API may add more).</summary>
    [JsonInclude, JsonPropertyName("events")]
    public IReadOnlyList<ReportingWebhookEvent>? Events { get; internal set; }

    /// <summary>Whether sending to the endpoint is stopped.</summary>
    [JsonInclude, JsonPropertyName("disabled")]
    public bool Disabled { get; internal set; }

    /// <summary>Whether every open and click is sent (<c>true</c>) or only unique ones (<c>false</c>).</summary>
    [JsonInclude, JsonPropertyName("full_resolution")]
    public bool FullResolution { get; internal set; }

    /// <summary>Whether <c>_sent</c> events carry the message's body.</summary>
    [JsonInclude, JsonPropertyName("with_content")]
    public bool WithContent { get; internal set; }

    /// <summary><see cref="ReportingWebhookType.Webhook"/> or <see cref="ReportingWebhookType.JavaScript"/>; set by Customer.io.</summary>
    [JsonInclude, JsonPropertyName("type")]
    public ReportingWebhookType? Type { get; internal set; }
}

/// <summary>
/// A reporting webhook to create (<c>POST /v1/reporting_webhooks</c>) or its whole new configuration
/// (<c>PUT /v1/reporting_webhooks/{id}</c>): a name, an endpoint and at least one event.
/// </summary>
public sealed class ReportingWebhookDefinition : IAppBody
{
    /// <summary>Describes the webhook.</summary>
    /// <param name="name">The webhook's name (required).</param>
    /// <param name="endpoint">The absolute http or https URL the events go to.</param>
    /// <param name="events">The events to report (at least one).</param>
    public ReportingWebhookDefinition(string name, Uri endpoint, IEnumerable<ReportingWebhookEvent> events)
    {
        Name = name;
        EndpointUri = endpoint;
        Events = events?.ToArray()!;
    }

    /// <summary>The webhook's name.</summary>
    [JsonPropertyName("name")]
    public string Name { get; }

    /// <summary>The URL the events go to.</summary>
    [JsonIgnore]
    public Uri EndpointUri { get; }

    [JsonInclude, JsonPropertyName("endpoint")]
    internal string Endpoint => EndpointUri.AbsoluteUri;

    /// <summary>The events to report.</summary>
    [JsonPropertyName("events")]
    public IReadOnlyList<ReportingWebhookEvent> Events { get; }

    /// <summary>Whether sending is stopped; the API's default (enabled) when omitted.</summary>
    [JsonPropertyName("disabled")]
    public bool? Disabled { get; set; }

    /// <summary>Whether every open and click is sent, not only unique ones; the API's default (<c>false</c>) when omitted.</summary>
    [JsonPropertyName("full_resolution")]
    public bool? FullResolution { get; set; }

    /// <summary>Whether <c>_sent</c> events carry the message's body; the API's default when omitted.</summary>
    [JsonPropertyName("with_content")]
    public bool? WithContent { get; set; }

    void IAppBody.Validate(string parameterName)
    {
        Validation.Guard.NotEmpty(Name, parameterName + ".Name", "webhook name");
        if (EndpointUri is null)
        {
            throw new ArgumentNullException(parameterName + ".EndpointUri");
        }

        if (!EndpointUri.IsAbsoluteUri || (EndpointUri.Scheme != Uri.UriSchemeHttp && EndpointUri.Scheme != Uri.UriSchemeHttps))
        {
            throw new CustomerIOValidationException(parameterName + ".EndpointUri", "A reporting webhook's endpoint must be an absolute http or https URL.");
        }

        if (Events is null || Events.Count == 0)
        {
            throw new CustomerIOValidationException(parameterName + ".Events", "A reporting webhook needs at least one event.");
        }

        if (Events.Any(e => string.IsNullOrEmpty(e.Value)))
        {
            throw new CustomerIOValidationException(parameterName + ".Events", "A reporting webhook's events must not be empty values.");
        }
    }
}
