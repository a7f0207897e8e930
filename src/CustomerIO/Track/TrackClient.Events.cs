using CustomerIO.Transport;
using System.Text.Json.Serialization.Metadata;
using CustomerIO.Serialization;
using CustomerIO.Track;
using CustomerIO.Track.Wire;
using CustomerIO.Validation;

namespace CustomerIO.Track;

public partial class TrackClient
{
    /// <summary>Tracks an event a person performed (<c>POST /api/v1/customers/{identifier}/events</c>).</summary>
    /// <param name="person">The person.</param>
    /// <param name="name">The event's name (at most 100 bytes).</param>
    /// <param name="data">The event's data (at most 100,000 bytes as JSON); <c>recipient</c>, <c>from_address</c> and <c>reply_to</c> override campaign settings.</param>
    /// <param name="options">The event's id (a new ULID when empty) and time.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Customer.io has accepted the event.</returns>
    public virtual Task TrackAsync(PersonIdentifier person, string name, IReadOnlyDictionary<string, object?>? data = null, EventOptions? options = null, CancellationToken cancellationToken = default) =>
        SendPersonEventAsync(person, name, nameof(name), type: null, EventBodies.Data(data), options, cancellationToken);

    /// <summary>Tracks an event a person performed, with the caller's own data type (AOT-safe through its <see cref="JsonTypeInfo{T}"/>).</summary>
    /// <typeparam name="TData">The data type; it must serialize to a JSON object.</typeparam>
    /// <param name="person">The person.</param>
    /// <param name="name">The event's name (at most 100 bytes).</param>
    /// <param name="data">The event's data (at most 100,000 bytes as JSON).</param>
    /// <param name="dataTypeInfo">The type's JSON metadata.</param>
    /// <param name="options">The event's id (a new ULID when empty) and time.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Customer.io has accepted the event.</returns>
    public virtual Task TrackAsync<TData>(PersonIdentifier person, string name, TData data, JsonTypeInfo<TData> dataTypeInfo, EventOptions? options = null, CancellationToken cancellationToken = default) =>
        SendPersonEventAsync(person, name, nameof(name), type: null, EventBodies.Data(data, dataTypeInfo), options, cancellationToken);

    /// <summary>Tracks a page view (<c>type: page</c>): the name is the page's URL or path.</summary>
    /// <param name="person">The person.</param>
    /// <param name="url">The page's URL or path (at most 100 bytes).</param>
    /// <param name="data">The event's data.</param>
    /// <param name="options">The event's id and time.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Customer.io has accepted the event.</returns>
    public virtual Task TrackPageViewAsync(PersonIdentifier person, string url, IReadOnlyDictionary<string, object?>? data = null, EventOptions? options = null, CancellationToken cancellationToken = default) =>
        SendPersonEventAsync(person, url, nameof(url), "page", EventBodies.Data(data), options, cancellationToken);

    /// <summary>Tracks a mobile screen view (<c>type: screen</c>): the name is the screen's name.</summary>
    /// <param name="person">The person.</param>
    /// <param name="screen">The screen's name (at most 100 bytes).</param>
    /// <param name="data">The event's data.</param>
    /// <param name="options">The event's id and time.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Customer.io has accepted the event.</returns>
    public virtual Task TrackScreenViewAsync(PersonIdentifier person, string screen, IReadOnlyDictionary<string, object?>? data = null, EventOptions? options = null, CancellationToken cancellationToken = default) =>
        SendPersonEventAsync(person, screen, nameof(screen), "screen", EventBodies.Data(data), options, cancellationToken);

    /// <summary>
    /// Tracks an event of someone not yet identified (<c>POST /api/v1/events</c>). Customer.io attaches it to the
    /// person later identified with the same <c>anonymous_id</c>.
    /// </summary>
    /// <param name="anonymousId">The anonymous id (at most 150 bytes).</param>
    /// <param name="name">The event's name (at most 100 bytes).</param>
    /// <param name="data">The event's data.</param>
    /// <param name="options">The event's id and time.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Customer.io has accepted the event.</returns>
    public virtual Task TrackAnonymousAsync(string anonymousId, string name, IReadOnlyDictionary<string, object?>? data = null, EventOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.Text(anonymousId, nameof(anonymousId), CustomerIOLimits.MaxIdentifierBytes, "anonymous id");
        return SendEventAsync(TrackOperations.TrackAnonymousEvent.For(), anonymousId, name, nameof(name), type: null, EventBodies.Data(data), options, cancellationToken);
    }

    /// <summary>Tracks an anonymous event with the caller's own data type.</summary>
    /// <typeparam name="TData">The data type; it must serialize to a JSON object.</typeparam>
    /// <param name="anonymousId">The anonymous id (at most 150 bytes).</param>
    /// <param name="name">The event's name (at most 100 bytes).</param>
    /// <param name="data">The event's data.</param>
    /// <param name="dataTypeInfo">The type's JSON metadata.</param>
    /// <param name="options">The event's id and time.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Customer.io has accepted the event.</returns>
    public virtual Task TrackAnonymousAsync<TData>(string anonymousId, string name, TData data, JsonTypeInfo<TData> dataTypeInfo, EventOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.Text(anonymousId, nameof(anonymousId), CustomerIOLimits.MaxIdentifierBytes, "anonymous id");
        return SendEventAsync(TrackOperations.TrackAnonymousEvent.For(), anonymousId, name, nameof(name), type: null, EventBodies.Data(data, dataTypeInfo), options, cancellationToken);
    }

    /// <summary>
    /// Sends an "invite" event (<c>POST /api/v1/events</c> with no anonymous id): it can trigger a campaign that
    /// messages someone who is not a person in the workspace, at <paramref name="recipient"/>.
    /// </summary>
    /// <param name="name">The event's name (at most 100 bytes).</param>
    /// <param name="recipient">Where to send, for example an email address (sent as <c>data.recipient</c>).</param>
    /// <param name="data">Further event data; it must not hold <c>recipient</c> itself.</param>
    /// <param name="options">The event's id and time.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Customer.io has accepted the event.</returns>
    public virtual Task TrackInviteAsync(string name, string recipient, IReadOnlyDictionary<string, object?>? data = null, EventOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.NotEmpty(recipient, nameof(recipient), "recipient");
        if (data is not null && data.ContainsKey("recipient"))
        {
            throw new CustomerIOValidationException(nameof(data), "Pass the recipient once, as the recipient parameter, not inside the data.");
        }

        var merged = new Dictionary<string, object?>(StringComparer.Ordinal) { ["recipient"] = recipient };
        if (data is not null)
        {
            foreach (var pair in data)
            {
                merged[pair.Key] = pair.Value;
            }
        }

        return SendEventAsync(TrackOperations.TrackAnonymousEvent.For(), anonymousId: null, name, nameof(name), type: null, EventBodies.Data(merged), options, cancellationToken);
    }

    /// <summary>Reports a delivery metric (<c>POST /api/v1/metrics</c>): bounced, clicked, converted, delivered, opened, …</summary>
    /// <param name="metric">The metric.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Customer.io has accepted the metric.</returns>
    public virtual Task TrackMetricAsync(DeliveryMetric metric, CancellationToken cancellationToken = default)
    {
        if (metric is null)
        {
            throw new ArgumentNullException(nameof(metric));
        }

        Guard.Timestamp(metric.Timestamp, "metric.Timestamp");
        var body = new MetricBody
        {
            DeliveryId = metric.DeliveryId,
            Metric = metric.Metric.Value,
            Timestamp = metric.Timestamp,
            Recipient = metric.Recipient,
            Reason = metric.Reason,
            Href = metric.Href,
        };
        return SendAsync(TrackOperations.TrackMetric.For().WithJson(Serialize(body, CustomerIOJsonContext.Wire.MetricBody, nameof(metric))), cancellationToken);
    }

    /// <summary>Reports a push metric the legacy way (<c>POST /api/v1/push/events</c>); prefer <see cref="TrackMetricAsync"/>.</summary>
    /// <param name="deliveryId">The push delivery's id.</param>
    /// <param name="metric"><see cref="MetricName.Opened"/>, <see cref="MetricName.Converted"/> or <see cref="MetricName.Delivered"/>.</param>
    /// <param name="deviceToken">The device's push token.</param>
    /// <param name="timestamp">When it happened; the time of receipt when empty.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Customer.io has accepted the metric.</returns>
    public virtual Task TrackPushMetricAsync(string deliveryId, MetricName metric, string deviceToken, DateTimeOffset? timestamp = null, CancellationToken cancellationToken = default)
    {
        Guard.NotEmpty(deliveryId, nameof(deliveryId), "delivery id");
        Guard.NotEmpty(deviceToken, nameof(deviceToken), "device token");
        if (!metric.IsPushMetric)
        {
            throw new CustomerIOValidationException(nameof(metric), "A push metric is opened, converted or delivered.");
        }

        Guard.Timestamp(timestamp, nameof(timestamp));
        var body = new PushEventBody { DeliveryId = deliveryId, Event = metric.Value, DeviceId = deviceToken, Timestamp = timestamp };
        return SendAsync(TrackOperations.TrackPushMetric.For().WithJson(Serialize(body, CustomerIOJsonContext.Wire.PushEventBody, nameof(deviceToken))), cancellationToken);
    }

    /// <summary>Submits a form (<c>POST /api/v1/forms/{form_id}/submit</c>); the data must hold <c>email</c> or <c>id</c>.</summary>
    /// <param name="formId">The form's id (any stable name; Customer.io creates the form on first submission).</param>
    /// <param name="data">The form's fields, as text.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Customer.io has accepted the submission.</returns>
    public virtual Task SubmitFormAsync(string formId, IReadOnlyDictionary<string, string> data, CancellationToken cancellationToken = default)
    {
        var request = TrackOperations.SubmitForm.For(PathValue.Text(formId, nameof(formId), "form id"));
        if (data is null)
        {
            throw new ArgumentNullException(nameof(data));
        }

        if (!data.ContainsKey("email") && !data.ContainsKey("id"))
        {
            throw new CustomerIOValidationException(nameof(data), "A form submission must hold an 'email' or an 'id' field to identify the person.");
        }

        var body = Serialize(new FormBody { Data = data }, CustomerIOJsonContext.Wire.FormBody, nameof(data));
        return SendAsync(request.WithJson(body), cancellationToken);
    }

    /// <summary>
    /// Sets whether the recipient of a delivery is unsubscribed (<c>POST /unsubscribe/{delivery_id}</c>, sent without
    /// credentials), for a custom unsubscribe page.
    /// </summary>
    /// <param name="deliveryId">The delivery whose recipient it is.</param>
    /// <param name="unsubscribe">True to unsubscribe, false to resubscribe.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Customer.io has accepted the change.</returns>
    public virtual Task UnsubscribeAsync(string deliveryId, bool unsubscribe = true, CancellationToken cancellationToken = default)
    {
        var request = TrackOperations.Unsubscribe.For(PathValue.Text(deliveryId, nameof(deliveryId), "delivery id"));
        var body = Serialize(new UnsubscribeBody { Unsubscribe = unsubscribe }, CustomerIOJsonContext.Wire.UnsubscribeBody, nameof(unsubscribe));
        return SendAsync(request.WithJson(body), cancellationToken);
    }

    private Task SendPersonEventAsync(PersonIdentifier person, string name, string nameParameter, string? type, RawJson? data, EventOptions? options, CancellationToken cancellationToken) =>
        SendEventAsync(TrackOperations.TrackPersonEvent.For(Person(person)), anonymousId: null, name, nameParameter, type, data, options, cancellationToken);

    private Task SendEventAsync(ApiRequest request, string? anonymousId, string name, string nameParameter, string? type, RawJson? data, EventOptions? options, CancellationToken cancellationToken)
    {
        EventBodies.Name(name, nameParameter);
        Guard.Timestamp(options?.Timestamp, "options.Timestamp");
        var body = new EventBody
        {
            AnonymousId = anonymousId,
            Name = name,
            Id = EventBodies.Id(options),
            Type = type,
            Timestamp = options?.Timestamp,
            Data = data,
        };

        return SendAsync(request.WithJson(Serialize(body, CustomerIOJsonContext.Wire.EventBody, EventBodies.DataParameter)), cancellationToken);
    }
}
