using System.Text.Json.Serialization;
using CustomerIO.Serialization;

namespace CustomerIO.App;

/// <summary>A person's identifiers as the App API answers them: each one that is set (an unset id or email is null).</summary>
public sealed class CustomerIdentifiers
{
    [JsonConstructor]
    internal CustomerIdentifiers()
    {
    }

    /// <summary>The person's id, if set.</summary>
    [JsonInclude, JsonPropertyName("id"), JsonConverter(typeof(LenientStringJsonConverter))]
    public string? Id { get; internal set; }

    /// <summary>The person's email address, if set.</summary>
    [JsonInclude, JsonPropertyName("email")]
    public string? Email { get; internal set; }

    /// <summary>The id Customer.io gave the person.</summary>
    [JsonInclude, JsonPropertyName("cio_id"), JsonConverter(typeof(LenientStringJsonConverter))]
    public string? CioId { get; internal set; }

    /// <summary>The best identifier to address the person by in other calls: the cio_id, else the id, else the email.</summary>
    /// <returns>The identifier; default when none is set.</returns>
    public CustomerIdentifier ToIdentifier() =>
        CioId is { Length: > 0 } cio ? CustomerIdentifier.CioId(cio)
        : Id is { Length: > 0 } id ? CustomerIdentifier.Id(id)
        : Email is { Length: > 0 } email ? CustomerIdentifier.Email(email)
        : default;
}
