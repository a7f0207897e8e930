namespace CustomerIO.Track;

/// <summary>A device that can receive push notifications.</summary>
public sealed class Device
{
    /// <summary>Creates a device.</summary>
    /// <param name="token">The device's push token.</param>
    /// <param name="platform">The device's platform.</param>
    public Device(string token, DevicePlatform platform)
    {
        Validation.Guard.NotEmpty(token, nameof(token), "device token");
        Token = token;
        Platform = platform;
    }

    /// <summary>The device's push token (v1 sends it as <c>id</c>, v2 as <c>token</c>).</summary>
    public string Token { get; }

    /// <summary>The device's platform.</summary>
    public DevicePlatform Platform { get; }

    /// <summary>When the device was last used (<c>last_used</c>, Unix seconds on the wire).</summary>
    public DateTimeOffset? LastUsed { get; init; }

    /// <summary>The operating system and version (<c>device_os</c>).</summary>
    public string? OperatingSystem { get; init; }

    /// <summary>The device model (<c>device_model</c>).</summary>
    public string? Model { get; init; }

    /// <summary>The app's version (<c>app_version</c>).</summary>
    public string? AppVersion { get; init; }

    /// <summary>The Customer.io mobile SDK version (<c>cio_sdk_version</c>).</summary>
    public string? SdkVersion { get; init; }

    /// <summary>The device's locale (<c>device_locale</c>).</summary>
    public string? Locale { get; init; }

    /// <summary>Whether push is enabled on the device (<c>push_enabled</c>, sent as "true" or "false").</summary>
    public bool? PushEnabled { get; init; }

    /// <summary>Further custom device attributes.</summary>
    public IReadOnlyDictionary<string, string>? CustomAttributes { get; init; }

    /// <summary>Describes the device without its token.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"Device({Platform})";

    /// <summary>The device attributes on the wire: the named ones, then the custom ones.</summary>
    internal Dictionary<string, string>? WireAttributes()
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        Add("device_os", OperatingSystem);
        Add("device_model", Model);
        Add("app_version", AppVersion);
        Add("cio_sdk_version", SdkVersion);
        Add("device_locale", Locale);
        Add("push_enabled", PushEnabled switch { true => "true", false => "false", null => null });
        if (CustomAttributes is not null)
        {
            foreach (var pair in CustomAttributes)
            {
                attributes[pair.Key] = pair.Value;
            }
        }

        return attributes.Count == 0 ? null : attributes;

        void Add(string name, string? value)
        {
            if (value is not null)
            {
                attributes[name] = value;
            }
        }
    }
}
