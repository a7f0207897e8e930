using System.Text.Json.Serialization;
using CustomerIO.Serialization;
using CustomerIO.Transport;
using CustomerIO.Validation;

namespace CustomerIO.Track;

/// <summary>How a person is identified.</summary>
public enum IdentifierKind
{
    /// <summary>The workspace's own person id (<c>id</c>).</summary>
    Id,

    /// <summary>The person's email address (<c>email</c>).</summary>
    Email,

    /// <summary>Customer.io's own immutable id (<c>cio_id</c>); use it to change a person's id or email.</summary>
    CioId,

    /// <summary>A phone number in E.164 form (<c>phone</c>); Track v2 only.</summary>
    Phone,
}

/// <summary>
/// Identifies one person: by id, email, cio_id or (Track v2 only) phone. A plain string converts to an <see cref="Id(string)"/>.
/// </summary>
/// <remarks>
/// <para>
/// The factories (<see cref="Id(string)"/>, <see cref="Email(string)"/>, ...) check the value at once and throw
/// <see cref="CustomerIOValidationException"/> (or <see cref="ArgumentNullException"/>) for an empty, over-long or
/// invalid one. A string converted implicitly (or by <see cref="FromString"/>) is checked where the identifier is
/// used instead, so that the conversion itself never throws: a <see cref="TrackClient"/> call then throws the same
/// exception, and a <see cref="TrackQueue"/> answers <see cref="EnqueueStatus.Invalid"/>.
/// </para>
/// <para><see cref="ToString"/> names the kind only: identifiers are personal data and never reach logs.</para>
/// </remarks>
[JsonConverter(typeof(PersonIdentifierJsonConverter))]
public readonly struct PersonIdentifier : IEquatable<PersonIdentifier>
{
    private const string ParameterName = "identifier";

    private PersonIdentifier(IdentifierKind kind, string value)
    {
        Guard.Text(value, ParameterName, CustomerIOLimits.MaxIdentifierBytes, "person identifier");
        Kind = kind;
        _value = value;
    }

    /// <summary>An id converted from a string: its verdict is kept, and thrown where the id is used.</summary>
    private PersonIdentifier(string? convertedId)
    {
        Kind = IdentifierKind.Id;
        _value = convertedId;
        _invalid = !Guard.IsValidText(convertedId, CustomerIOLimits.MaxIdentifierBytes);
    }

    private readonly string? _value;

    // Set only for a converted string that failed the checks; default(PersonIdentifier) leaves it false.
    private readonly bool _invalid;

    /// <summary>How the person is identified.</summary>
    public IdentifierKind Kind { get; }

    /// <summary>The identifier itself.</summary>
    /// <exception cref="CustomerIOValidationException">The identifier was converted from a string that is empty, over 150 bytes or not valid Unicode.</exception>
    /// <exception cref="ArgumentNullException">The identifier was converted from a null string.</exception>
    /// <exception cref="InvalidOperationException">The identifier is <c>default</c>.</exception>
    public string Value
    {
        get
        {
            if (_invalid)
            {
                // Throws the exact error the factory would have thrown.
                Guard.Text(_value, ParameterName, CustomerIOLimits.MaxIdentifierBytes, "person identifier");
            }

            return _value ?? throw new InvalidOperationException("A default PersonIdentifier identifies nobody; use PersonIdentifier.Id(...) or another factory.");
        }
    }

    /// <summary>The JSON key Customer.io uses for this kind: <c>id</c>, <c>email</c>, <c>cio_id</c> or <c>phone</c>.</summary>
    public string WireName => Kind switch
    {
        IdentifierKind.Email => "email",
        IdentifierKind.CioId => "cio_id",
        IdentifierKind.Phone => "phone",
        _ => "id",
    };

    /// <summary>Identifies a person by the workspace's own id.</summary>
    /// <param name="id">The id (at most 150 UTF-8 bytes).</param>
    /// <returns>The identifier.</returns>
    public static PersonIdentifier Id(string id) => new(IdentifierKind.Id, id);

    /// <summary>Identifies a person by email address.</summary>
    /// <param name="email">The email address (at most 150 UTF-8 bytes).</param>
    /// <returns>The identifier.</returns>
    public static PersonIdentifier Email(string email) => new(IdentifierKind.Email, email);

    /// <summary>Identifies a person by Customer.io's own id (without the <c>cio_</c> prefix).</summary>
    /// <param name="cioId">The cio_id.</param>
    /// <returns>The identifier.</returns>
    public static PersonIdentifier CioId(string cioId) => new(IdentifierKind.CioId, cioId);

    /// <summary>Identifies a person by phone number in E.164 form (Track v2 only).</summary>
    /// <param name="phone">The phone number, for example <c>+14155550100</c>.</param>
    /// <returns>The identifier.</returns>
    public static PersonIdentifier Phone(string phone) => new(IdentifierKind.Phone, phone);

    /// <summary>Converts a plain string to an identifier by id, checked where it is used (see the remarks).</summary>
    /// <param name="id">The person's id.</param>
    public static implicit operator PersonIdentifier(string id) => FromString(id);

    /// <summary>Converts a plain string to an identifier by id, checked where it is used (see the remarks).</summary>
    /// <param name="id">The person's id.</param>
    /// <returns>The identifier.</returns>
    public static PersonIdentifier FromString(string id) => new(convertedId: id);

    /// <summary>Compares two identifiers by kind and value.</summary>
    /// <param name="left">One identifier.</param>
    /// <param name="right">The other.</param>
    public static bool operator ==(PersonIdentifier left, PersonIdentifier right) => left.Equals(right);

    /// <summary>Compares two identifiers by kind and value.</summary>
    /// <param name="left">One identifier.</param>
    /// <param name="right">The other.</param>
    public static bool operator !=(PersonIdentifier left, PersonIdentifier right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(PersonIdentifier other) => Kind == other.Kind && string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PersonIdentifier other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ((int)Kind * 397) ^ StringComparer.Ordinal.GetHashCode(_value ?? string.Empty);

    /// <summary>Names the kind only (for example <c>PersonIdentifier(email)</c>): the value is personal data.</summary>
    /// <returns>The kind, without the value.</returns>
    public override string ToString() => $"PersonIdentifier({WireName})";

    /// <summary>
    /// The identifier as a Track v1 path value (<c>cio_</c> prefixed for a cio_id), escaped by the operation it fills.
    /// </summary>
    internal PathValue ToPathValue(string parameterName)
    {
        if (Kind == IdentifierKind.Phone)
        {
            throw new CustomerIOValidationException(parameterName, "Track v1 paths take an id, email or cio_id; a phone number works only with Track v2 operations.");
        }

        return new PathValue(Kind == IdentifierKind.CioId ? "cio_" + Value : Value, parameterName, "person identifier");
    }
}
