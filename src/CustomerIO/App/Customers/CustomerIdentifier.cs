using System.Text.Json;
using System.Text.Json.Serialization;
using CustomerIO.Transport;
using CustomerIO.Validation;

namespace CustomerIO.App;

/// <summary>
/// How the App API finds a person: by exactly one of their id, email or Customer.io id (<c>cio_id</c>). Sends carry it
/// as <c>identifiers</c>; the people reads as the path segment with <c>id_type</c>.
/// </summary>
[JsonConverter(typeof(CustomerIdentifierJsonConverter))]
public readonly struct CustomerIdentifier : IEquatable<CustomerIdentifier>
{
    private readonly string? _kind;
    private readonly string? _value;

    private CustomerIdentifier(string kind, string value, string parameterName)
    {
        Guard.Text(value, parameterName, CustomerIOLimits.MaxIdentifierBytes, "person identifier");
        _kind = kind;
        _value = value;
    }

    /// <summary>The kind as the API names it: <c>id</c>, <c>email</c> or <c>cio_id</c>; empty for <c>default</c>.</summary>
    public string IdType => _kind ?? string.Empty;

    /// <summary>The identifier's text.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether this is the default value, which names nobody.</summary>
    public bool IsDefault => _value is null;

    /// <summary>A person by their id (your own identifier).</summary>
    /// <param name="id">The id: not empty, at most 150 bytes.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="CustomerIOValidationException">The id is empty or too long.</exception>
    public static CustomerIdentifier Id(string id) => new("id", id, nameof(id));

    /// <summary>A person by their email address.</summary>
    /// <param name="email">The address: not empty, at most 150 bytes.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="CustomerIOValidationException">The address is empty or too long.</exception>
    public static CustomerIdentifier Email(string email) => new("email", email, nameof(email));

    /// <summary>A person by the id Customer.io gave them (<c>cio_id</c>).</summary>
    /// <param name="cioId">The Customer.io id.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="CustomerIOValidationException">The id is empty or too long.</exception>
    public static CustomerIdentifier CioId(string cioId) => new("cio_id", cioId, nameof(cioId));

    /// <summary>A person by their id, from text.</summary>
    /// <param name="id">The id.</param>
    public static implicit operator CustomerIdentifier(string id) => Id(id);

    /// <summary>Whether two identifiers name the same person the same way.</summary>
    /// <param name="left">One.</param>
    /// <param name="right">The other.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(CustomerIdentifier left, CustomerIdentifier right) => left.Equals(right);

    /// <summary>Whether two identifiers differ.</summary>
    /// <param name="left">One.</param>
    /// <param name="right">The other.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(CustomerIdentifier left, CustomerIdentifier right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(CustomerIdentifier other) => IdType == other.IdType && string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CustomerIdentifier other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_value ?? string.Empty);

    /// <summary>The kind only: identifiers are personal data and stay out of logs.</summary>
    /// <returns>For example <c>CustomerIdentifier(email)</c>.</returns>
    public override string ToString() => $"CustomerIdentifier({_kind ?? "default"})";

    /// <summary>Refuses the default value, naming the parameter.</summary>
    internal CustomerIdentifier Checked(string parameterName) =>
        IsDefault ? throw new CustomerIOValidationException(parameterName, "The person identifier must be set: use CustomerIdentifier.Id, Email or CioId.") : this;

    /// <summary>The path value of a people read.</summary>
    internal PathValue ToPathValue(string parameterName) => new(Checked(parameterName).Value, parameterName, "person identifier");
}

/// <summary>Writes <c>{"id":".."}</c>, <c>{"email":".."}</c> or <c>{"cio_id":".."}</c>; reads the same.</summary>
internal sealed class CustomerIdentifierJsonConverter : JsonConverter<CustomerIdentifier>
{
    public override CustomerIdentifier Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        CustomerIdentifier result = default;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A person identifier is an object.");
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            if (reader.TokenType == JsonTokenType.String && result.IsDefault)
            {
                var value = reader.GetString()!;
                result = name switch { "id" => CustomerIdentifier.Id(value), "email" => CustomerIdentifier.Email(value), "cio_id" => CustomerIdentifier.CioId(value), _ => default };
            }
            else
            {
                reader.Skip();
            }
        }

        return result;
    }

    public override void Write(Utf8JsonWriter writer, CustomerIdentifier value, JsonSerializerOptions options) => WriteObject(writer, value);

    /// <summary>Writes <c>{"&lt;id_type&gt;":"&lt;value&gt;"}</c>, for bodies written by hand as for the serializer.</summary>
    public static void WriteObject(Utf8JsonWriter writer, CustomerIdentifier value)
    {
        writer.WriteStartObject();
        writer.WriteString(value.IdType, value.Value);
        writer.WriteEndObject();
    }
}
