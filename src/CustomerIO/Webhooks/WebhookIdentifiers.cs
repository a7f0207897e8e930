using System.Text.Json.Serialization;

namespace CustomerIO.Webhooks;

/// <summary>The person a reporting webhook is about (<c>data.identifiers</c>).</summary>
public sealed class WebhookIdentifiers
{
    /// <summary>The person's id in your workspace (<c>id</c>); null when they have none.</summary>
    [JsonInclude]
    [JsonPropertyName("id")]
    public string? Id { get; internal set; }

    /// <summary>The person's email address (<c>email</c>), when the workspace identifies by email.</summary>
    [JsonInclude]
    [JsonPropertyName("email")]
    public string? Email { get; internal set; }

    /// <summary>Customer.io's own id for the person (<c>cio_id</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("cio_id")]
    public string? CioId { get; internal set; }

    /// <summary>Describes the identifiers without their values (they are personal data).</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"WebhookIdentifiers(id: {(Id is null ? "no" : "yes")}, email: {(Email is null ? "no" : "yes")}, cio_id: {(CioId is null ? "no" : "yes")})";
}
