using System.Text.Json.Serialization;
using CustomerIO.Paging;

namespace CustomerIO.App;

/// <summary><c>{"sender_identities":[..],"next":".."}</c>.</summary>
internal sealed class SenderIdentitiesPage : ICursorPage<SenderIdentity>
{
    [JsonPropertyName("sender_identities")]
    public IReadOnlyList<SenderIdentity>? SenderIdentities { get; set; }

    [JsonPropertyName("next"), JsonConverter(typeof(CursorJsonConverter))]
    public string? Next { get; set; }

    IReadOnlyList<SenderIdentity>? IPageAnswer<SenderIdentity>.Values => SenderIdentities;
}

/// <summary><c>{"sender_identity":{..}}</c>.</summary>
internal sealed class SenderIdentityAnswer
{
    [JsonPropertyName("sender_identity")]
    public SenderIdentity? SenderIdentity { get; set; }
}
