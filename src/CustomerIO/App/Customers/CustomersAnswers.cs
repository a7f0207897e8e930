using System.Text.Json.Serialization;
using CustomerIO.Paging;

namespace CustomerIO.App;

/// <summary><c>{"customer":{..}}</c>: <c>GET /v1/customers/{id}/attributes</c>.</summary>
internal sealed class CustomerAttributesAnswer
{
    [JsonPropertyName("customer")]
    public CustomerAttributes? Customer { get; set; }
}

/// <summary><c>{"customers":[{"customer":{..}}]}</c>: <c>POST /v1/customers/attributes</c>.</summary>
internal sealed class CustomersAttributesAnswer
{
    [JsonPropertyName("customers")]
    public IReadOnlyList<CustomerAttributesAnswer>? Customers { get; set; }
}

/// <summary><c>{"cio_relationships":[..],"next":".."}</c>: a page of a person's relationships.</summary>
internal sealed class CustomerRelationshipsPage : ICursorPage<CustomerRelationship>
{
    [JsonPropertyName("cio_relationships")]
    public IReadOnlyList<CustomerRelationship>? Relationships { get; set; }

    [JsonPropertyName("next"), JsonConverter(typeof(CursorJsonConverter))]
    public string? Next { get; set; }

    IReadOnlyList<CustomerRelationship>? IPageAnswer<CustomerRelationship>.Values => Relationships;
}

/// <summary><c>{"ids":[..]}</c>: the people of <c>POST /v1/customers/attributes</c>, all of one identifier kind.</summary>
internal sealed class CustomerAttributesLookup(IReadOnlyList<string> ids)
{
    [JsonPropertyName("ids")]
    public IReadOnlyList<string> Ids { get; } = ids;
}
