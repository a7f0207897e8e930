namespace CustomerIO.Pipelines;

/// <summary>
/// The <c>context.channel</c> a message came through. String-backed: values Customer.io adds later work without an
/// SDK update.
/// </summary>
public readonly struct PipelinesChannel : IEquatable<PipelinesChannel>
{
    private readonly string? _value;

    /// <summary>Creates a channel from its wire value.</summary>
    /// <param name="value">The wire value, for example <c>server</c>.</param>
    /// <exception cref="CustomerIOValidationException">The value is empty.</exception>
    public PipelinesChannel(string value)
    {
        Validation.Guard.NotEmpty(value, nameof(value), "channel");
        _value = value;
    }

    /// <summary>A web browser (<c>browser</c>).</summary>
    public static PipelinesChannel Browser { get; } = new("browser");

    /// <summary>A server (<c>server</c>); also what <c>default(PipelinesChannel)</c> means.</summary>
    public static PipelinesChannel Server { get; } = new("server");

    /// <summary>A mobile app (<c>mobile</c>).</summary>
    public static PipelinesChannel Mobile { get; } = new("mobile");

    /// <summary>The wire value.</summary>
    public string Value => _value ?? "server";

    /// <summary>Converts a wire value to a channel.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator PipelinesChannel(string value) => new(value);

    /// <summary>Compares two channels.</summary>
    /// <param name="left">One channel.</param>
    /// <param name="right">The other.</param>
    public static bool operator ==(PipelinesChannel left, PipelinesChannel right) => left.Equals(right);

    /// <summary>Compares two channels.</summary>
    /// <param name="left">One channel.</param>
    /// <param name="right">The other.</param>
    public static bool operator !=(PipelinesChannel left, PipelinesChannel right) => !left.Equals(right);

    /// <summary>Converts a wire value to a channel.</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The channel.</returns>
    public static PipelinesChannel FromString(string value) => new(value);

    /// <inheritdoc/>
    public bool Equals(PipelinesChannel other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PipelinesChannel other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc/>
    public override string ToString() => Value;
}
