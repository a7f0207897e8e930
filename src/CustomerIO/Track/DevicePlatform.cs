namespace CustomerIO.Track;

/// <summary>A device's platform. String-backed: values Customer.io adds later work without an SDK update.</summary>
public readonly struct DevicePlatform : IEquatable<DevicePlatform>
{
    /// <summary>Creates a platform from its wire value.</summary>
    /// <param name="value">The wire value, for example <c>ios</c>.</param>
    public DevicePlatform(string value)
    {
        Validation.Guard.NotEmpty(value, nameof(value), "device platform");
        _value = value;
    }

    private readonly string? _value;

    /// <summary>Apple iOS (<c>ios</c>).</summary>
    public static DevicePlatform Ios { get; } = new("ios");

    /// <summary>Google Android (<c>android</c>).</summary>
    public static DevicePlatform Android { get; } = new("android");

    /// <summary>The wire value.</summary>
    public string Value => _value ?? "ios";

    /// <summary>Converts a wire value to a platform.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator DevicePlatform(string value) => new(value);

    /// <summary>Compares two platforms.</summary>
    /// <param name="left">One platform.</param>
    /// <param name="right">The other.</param>
    public static bool operator ==(DevicePlatform left, DevicePlatform right) => left.Equals(right);

    /// <summary>Compares two platforms.</summary>
    /// <param name="left">One platform.</param>
    /// <param name="right">The other.</param>
    public static bool operator !=(DevicePlatform left, DevicePlatform right) => !left.Equals(right);

    /// <summary>Converts a wire value to a platform.</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The platform.</returns>
    public static DevicePlatform FromString(string value) => new(value);

    /// <inheritdoc/>
    public bool Equals(DevicePlatform other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is DevicePlatform other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc/>
    public override string ToString() => Value;
}
