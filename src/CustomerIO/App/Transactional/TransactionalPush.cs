using System.Text.Json;

namespace CustomerIO.App;

/// <summary>A transactional push notification (<c>POST /v1/send/push</c>); every field overrides the template's.</summary>
public sealed class TransactionalPush : TransactionalMessage
{
    /// <summary>A push from a template.</summary>
    /// <param name="template">The template: its id or trigger name.</param>
    /// <param name="identifiers">The person the push is for.</param>
    public TransactionalPush(TransactionalTemplate template, CustomerIdentifier identifiers)
        : base(template, identifiers)
    {
    }

    /// <summary>Which devices: <c>all</c> (Customer.io's default), <c>last_used</c>, or one device token.</summary>
    public string? To { get; set; }

    /// <summary>The title.</summary>
    public string? Title { get; set; }

    /// <summary>The message text.</summary>
    public string? Message { get; set; }

    /// <summary>An image to show.</summary>
    public string? ImageUrl { get; set; }

    /// <summary>A deep link to open on tap.</summary>
    public string? Link { get; set; }

    /// <summary>iOS only: <c>default</c> (the device's sound) or <c>none</c>.</summary>
    public string? Sound { get; set; }

    /// <summary>Key/value pairs attached to the payload (strings, as FCM requires).</summary>
    public IReadOnlyDictionary<string, string>? CustomData { get; set; }

    /// <summary>A device to add or update on the person at the time of sending.</summary>
    public TransactionalPushDevice? CustomDevice { get; set; }

    /// <summary>A whole payload of your own, <c>{"ios": {...}, "android": {...}}</c>, sent as given (its shape is the platforms').</summary>
    public JsonElement? CustomPayload { get; set; }

    private protected override void Validate(string parameterName)
    {
        if (To is { } to)
        {
            Validation.Guard.NotEmpty(to, parameterName + ".To", "push target");
        }

        CustomDevice?.Validate(parameterName + ".CustomDevice");
        if (CustomPayload is { ValueKind: not JsonValueKind.Object })
        {
            throw new CustomerIOValidationException(parameterName + ".CustomPayload", "The custom payload must be a JSON object.");
        }
    }

    private protected override void WriteChannelFields(Utf8JsonWriter writer, string parameterName)
    {
        WriteText(writer, "to", To);
        WriteText(writer, "title", Title);
        WriteText(writer, "message", Message);
        WriteText(writer, "image_url", ImageUrl);
        WriteText(writer, "link", Link);
        WriteText(writer, "sound", Sound);
        WriteStrings(writer, "custom_data", CustomData);
        CustomDevice?.Write(writer);
        if (CustomPayload is { } payload)
        {
            writer.WritePropertyName("custom_payload");
            payload.WriteTo(writer);
        }
    }
}

/// <summary>A device to add or update with a push send (<c>custom_device</c>).</summary>
public sealed class TransactionalPushDevice
{
    /// <summary>Describes the device.</summary>
    /// <param name="token">The device token.</param>
    /// <param name="platform"><c>ios</c> or <c>android</c>.</param>
    public TransactionalPushDevice(string token, string platform)
    {
        Token = token;
        Platform = platform;
    }

    /// <summary>The device token.</summary>
    public string Token { get; }

    /// <summary><c>ios</c> or <c>android</c>.</summary>
    public string Platform { get; }

    /// <summary>When the device was last used.</summary>
    public DateTimeOffset? LastUsed { get; set; }

    /// <summary>The device's attributes (<c>device_os</c>, <c>app_version</c>, <c>push_enabled</c>, your own), as text.</summary>
    public IReadOnlyDictionary<string, string>? Attributes { get; set; }

    internal void Validate(string parameterName)
    {
        Validation.Guard.NotEmpty(Token, parameterName + ".Token", "device token");
        if (Platform is not ("ios" or "android"))
        {
            throw new CustomerIOValidationException(parameterName + ".Platform", "The device platform must be 'ios' or 'android'.");
        }

        Validation.Guard.Timestamp(LastUsed, parameterName + ".LastUsed");
    }

    internal void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("custom_device");
        writer.WriteString("token", Token);
        writer.WriteString("platform", Platform);
        if (LastUsed is { } lastUsed)
        {
            writer.WriteNumber("last_used", lastUsed.ToUnixTimeSeconds());
        }

        if (Attributes is { } attributes)
        {
            writer.WriteStartObject("attributes");
            foreach (var pair in attributes)
            {
                writer.WriteString(pair.Key, pair.Value);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }
}
