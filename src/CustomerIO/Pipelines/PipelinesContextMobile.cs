namespace CustomerIO.Pipelines;

/// <summary>The mobile app of a <see cref="PipelinesContext"/> (<c>context.app</c>). <see cref="ToString"/> shows no value.</summary>
public sealed class PipelinesContextApp
{
    /// <summary>The app's name (<c>name</c>).</summary>
    public string? Name { get; init; }

    /// <summary>The app's version (<c>version</c>), for example <c>4.2.0</c>.</summary>
    public string? Version { get; init; }

    /// <summary>The app's build (<c>build</c>).</summary>
    public string? Build { get; init; }

    /// <summary>The app's bundle id or package name (<c>namespace</c>).</summary>
    public string? Namespace { get; init; }

    /// <summary>Shows nothing of the app.</summary>
    /// <returns>The type's name.</returns>
    public override string ToString() => nameof(PipelinesContextApp);
}

/// <summary>
/// The device of a <see cref="PipelinesContext"/> (<c>context.device</c>). A device event writes its own device (its
/// token and type), so this is refused there. <see cref="ToString"/> shows no value.
/// </summary>
public sealed class PipelinesContextDevice
{
    /// <summary>The device's id (<c>id</c>).</summary>
    public string? Id { get; init; }

    /// <summary>The device's advertising id (<c>advertisingId</c>).</summary>
    public string? AdvertisingId { get; init; }

    /// <summary>The device's manufacturer (<c>manufacturer</c>).</summary>
    public string? Manufacturer { get; init; }

    /// <summary>The device's model (<c>model</c>).</summary>
    public string? Model { get; init; }

    /// <summary>The device's name (<c>name</c>).</summary>
    public string? Name { get; init; }

    /// <summary>The device's type (<c>type</c>): <c>ios</c> or <c>android</c>.</summary>
    public PipelinesDeviceType? Type { get; init; }

    /// <summary>The device's version (<c>version</c>).</summary>
    public string? Version { get; init; }

    /// <summary>Shows nothing of the device.</summary>
    /// <returns>The type's name.</returns>
    public override string ToString() => nameof(PipelinesContextDevice);
}

/// <summary>The network of a <see cref="PipelinesContext"/> (<c>context.network</c>). <see cref="ToString"/> shows no value.</summary>
public sealed class PipelinesContextNetwork
{
    /// <summary>Whether Bluetooth is on (<c>bluetooth</c>).</summary>
    public bool? Bluetooth { get; init; }

    /// <summary>The mobile carrier (<c>carrier</c>).</summary>
    public string? Carrier { get; init; }

    /// <summary>Whether the device uses the cellular network (<c>cellular</c>).</summary>
    public bool? Cellular { get; init; }

    /// <summary>Whether the device uses Wi-Fi (<c>wifi</c>).</summary>
    public bool? Wifi { get; init; }

    /// <summary>Shows nothing of the network.</summary>
    /// <returns>The type's name.</returns>
    public override string ToString() => nameof(PipelinesContextNetwork);
}

/// <summary>The operating system of a <see cref="PipelinesContext"/> (<c>context.os</c>). <see cref="ToString"/> shows no value.</summary>
public sealed class PipelinesContextOs
{
    /// <summary>The system's name (<c>name</c>), for example <c>iOS</c>.</summary>
    public string? Name { get; init; }

    /// <summary>The system's version (<c>version</c>).</summary>
    public string? Version { get; init; }

    /// <summary>Shows nothing of the system.</summary>
    /// <returns>The type's name.</returns>
    public override string ToString() => nameof(PipelinesContextOs);
}
