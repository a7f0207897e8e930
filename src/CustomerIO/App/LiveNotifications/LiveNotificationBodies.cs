using System.Text.Json;
using System.Text.Json.Serialization;
using CustomerIO.Serialization;
using CustomerIO.Validation;

namespace CustomerIO.App;

/// <summary>Starts a live notification (an iOS Live Activity or an Android live notification) on a person's device (<c>POST /v1/live_notifications/start</c>).</summary>
[JsonConverter(typeof(LiveNotificationBodyJsonConverter))]
public sealed class LiveNotificationStart : LiveNotificationBody
{
    private readonly CustomerIdentifier _person;
    private readonly string? _phone;

    /// <summary>Describes the start.</summary>
    /// <param name="person">The person (by id, email or cio_id; a cio_id is sent as Customer.io's <c>internal</c> identifier).</param>
    /// <param name="notificationType">The activity's reverse-DNS type, registered by the app.</param>
    /// <param name="attributes">The static fields (at least one).</param>
    /// <param name="contentState">The first dynamic content (at least one field).</param>
    public LiveNotificationStart(CustomerIdentifier person, string notificationType, IReadOnlyDictionary<string, object?> attributes, IReadOnlyDictionary<string, object?> contentState)
        : this(notificationType, attributes, contentState) => _person = person;

    private LiveNotificationStart(string notificationType, IReadOnlyDictionary<string, object?> attributes, IReadOnlyDictionary<string, object?> contentState)
    {
        NotificationType = notificationType;
        Attributes = attributes;
        ContentState = contentState;
    }

    private LiveNotificationStart(string phone, string notificationType, IReadOnlyDictionary<string, object?> attributes, IReadOnlyDictionary<string, object?> contentState)
        : this(notificationType, attributes, contentState) => _phone = phone;

    /// <summary>The activity's reverse-DNS type.</summary>
    public string NotificationType { get; }

    /// <summary>The device token to start it on; the person's device of the app when omitted.</summary>
    public string? DeviceId { get; set; }

    /// <summary>The device platform.</summary>
    public MobilePlatform? Platform { get; set; }

    /// <summary>The app (bundle id or package name) when the workspace has several.</summary>
    public string? AppIdentifier { get; set; }

    /// <summary>When it expires: at most 6 hours ahead (Customer.io refuses later ones); 6 hours after the start when omitted.</summary>
    public DateTimeOffset? Expiration { get; set; }

    /// <summary>A start for the person with this phone number (E.164).</summary>
    /// <param name="phone">The phone number.</param>
    /// <param name="notificationType">The activity's reverse-DNS type.</param>
    /// <param name="attributes">The static fields.</param>
    /// <param name="contentState">The first dynamic content.</param>
    /// <returns>The start.</returns>
    public static LiveNotificationStart ForPhone(string phone, string notificationType, IReadOnlyDictionary<string, object?> attributes, IReadOnlyDictionary<string, object?> contentState) =>
        new(phone, notificationType, attributes, contentState);

    private protected override void ValidateOwn(string parameterName)
    {
        if (_phone is null)
        {
            _person.Checked(parameterName + ".Person");
        }
        else
        {
            Guard.Text(_phone, parameterName + ".Phone", CustomerIOLimits.MaxIdentifierBytes, "phone number");
        }

        Guard.NotEmpty(NotificationType, parameterName + ".NotificationType", "notification type");
        Required(Attributes, parameterName + ".Attributes", "attributes");
        Required(ContentState, parameterName + ".ContentState", "content state");
        Guard.Timestamp(Expiration, parameterName + ".Expiration");
    }

    private protected override void WriteOwn(Utf8JsonWriter writer)
    {
        writer.WritePropertyName("identifiers");
        writer.WriteStartObject();
        if (_phone is not null)
        {
            writer.WriteString("phone", _phone);
        }
        else if (_person.IdType == "cio_id")
        {
            writer.WriteString("internal", "cio_" + _person.Value);
        }
        else
        {
            writer.WriteString(_person.IdType, _person.Value);
        }

        writer.WriteEndObject();
        writer.WriteString("notification_type", NotificationType);
        Text(writer, "device_id", DeviceId);
        Text(writer, "platform", Platform?.Value);
        Text(writer, "app_identifier", AppIdentifier);
        if (Expiration is { } expiration)
        {
            writer.WriteNumber("expiration", expiration.ToUnixTimeSeconds());
        }
    }
}

/// <summary>Replaces a live notification's content (<c>POST /v1/live_notifications/update</c>): send the whole state, partial updates are not supported.</summary>
[JsonConverter(typeof(LiveNotificationBodyJsonConverter))]
public sealed class LiveNotificationUpdate : LiveNotificationBody
{
    /// <summary>Describes the update.</summary>
    /// <param name="instanceId">The instance id the start answered.</param>
    /// <param name="contentState">The complete new content (at least one field).</param>
    public LiveNotificationUpdate(string instanceId, IReadOnlyDictionary<string, object?> contentState)
    {
        InstanceId = instanceId;
        ContentState = contentState;
    }

    private protected override void ValidateOwn(string parameterName) => Required(ContentState, parameterName + ".ContentState", "content state");
}

/// <summary>Ends a live notification (<c>POST /v1/live_notifications/end</c>), optionally with a last content.</summary>
[JsonConverter(typeof(LiveNotificationBodyJsonConverter))]
public sealed class LiveNotificationEnd : LiveNotificationBody
{
    /// <summary>Describes the end.</summary>
    /// <param name="instanceId">The instance id the start answered.</param>
    public LiveNotificationEnd(string instanceId) => InstanceId = instanceId;

    /// <summary>The final content to show; the last one sent when omitted.</summary>
    public new IReadOnlyDictionary<string, object?>? ContentState
    {
        get => base.ContentState;
        set => base.ContentState = value;
    }

    private protected override void ValidateOwn(string parameterName)
    {
    }
}

/// <summary>What the three live notification bodies share: the instance, the content and static fields, the alert, the link.</summary>
public abstract class LiveNotificationBody : IAppBody
{
    private byte[]? _attributes;
    private byte[]? _contentState;

    private protected LiveNotificationBody()
    {
    }

    /// <summary>The instance id (update and end); null for a start.</summary>
    public string? InstanceId { get; private protected set; }

    /// <summary>The static fields (required at start; on Android, send them again with updates if the renderer needs them).</summary>
    public IReadOnlyDictionary<string, object?>? Attributes { get; set; }

    /// <summary>The dynamic content, whole.</summary>
    public IReadOnlyDictionary<string, object?>? ContentState { get; private protected set; }

    /// <summary>The alert that accompanies the operation (required for a start on iOS).</summary>
    public LiveNotificationAlert? Alert { get; set; }

    /// <summary>A link to open when the person taps the notification.</summary>
    public string? DeepLink { get; set; }

    void IAppBody.Validate(string parameterName)
    {
        if (GetType() != typeof(LiveNotificationStart))
        {
            CheckInstanceId(InstanceId, parameterName + ".InstanceId");
        }

        ValidateOwn(parameterName);
        if (Alert is { } alert)
        {
            Guard.NotEmpty(alert.Title, parameterName + ".Alert.Title", "alert title");
            Guard.NotEmpty(alert.Body, parameterName + ".Alert.Body", "alert body");
        }

        _attributes = Attributes is null ? null : AttributeJson.Serialize(Attributes, parameterName + ".Attributes");
        _contentState = ContentState is null ? null : AttributeJson.Serialize(ContentState, parameterName + ".ContentState");
    }

    private protected abstract void ValidateOwn(string parameterName);

    private protected virtual void WriteOwn(Utf8JsonWriter writer)
    {
    }

    private protected static void Required(IReadOnlyDictionary<string, object?>? fields, string parameterName, string what)
    {
        if (fields is null || fields.Count == 0)
        {
            throw new CustomerIOValidationException(parameterName, $"The {what} needs at least one field.");
        }
    }

    private protected static void Text(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    internal void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        Text(writer, "instance_id", InstanceId);
        WriteOwn(writer);
        if (_attributes is not null)
        {
            writer.WritePropertyName("attributes");
            writer.WriteRawValue(_attributes, skipInputValidation: true);
        }

        if (_contentState is not null)
        {
            writer.WritePropertyName("content_state");
            writer.WriteRawValue(_contentState, skipInputValidation: true);
        }

        if (Alert is { } alert)
        {
            writer.WritePropertyName("push_payload");
            writer.WriteStartObject();
            writer.WritePropertyName("alert");
            writer.WriteStartObject();
            writer.WriteString("title", alert.Title);
            writer.WriteString("body", alert.Body);
            Text(writer, "sound", alert.Sound);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        Text(writer, "deep_link", DeepLink);
        writer.WriteEndObject();
    }

    /// <summary>An instance id is the ULID a start answered: 26 characters of Crockford's base 32.</summary>
    private static void CheckInstanceId(string? value, string parameterName)
    {
        Guard.NotEmpty(value, parameterName, "instance id");
        foreach (var c in value!)
        {
            var upper = char.ToUpperInvariant(c);
            if (!(upper is >= '0' and <= '9' || (upper is >= 'A' and <= 'Z' && upper is not ('I' or 'L' or 'O' or 'U'))) || value.Length != 26)
            {
                throw new CustomerIOValidationException(parameterName, $"The instance id must be the ULID the start answered (26 characters of Crockford's base 32); this one has {value.Length} characters and is not.");
            }
        }
    }
}

/// <summary>Writes a live notification body; bodies are never read.</summary>
internal sealed class LiveNotificationBodyJsonConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeof(LiveNotificationBody).IsAssignableFrom(typeToConvert);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        typeToConvert == typeof(LiveNotificationStart) ? new Writer<LiveNotificationStart>()
        : typeToConvert == typeof(LiveNotificationUpdate) ? new Writer<LiveNotificationUpdate>()
        : new Writer<LiveNotificationEnd>();

    private sealed class Writer<T> : JsonConverter<T>
        where T : LiveNotificationBody
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("A live notification body is only written.");

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => value.Write(writer);
    }
}
