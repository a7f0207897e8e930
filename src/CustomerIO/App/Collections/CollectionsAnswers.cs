using System.Text.Json.Serialization;
using CustomerIO.Paging;

namespace CustomerIO.App;

/// <summary><c>{"collections":[..]}</c>.</summary>
internal sealed class CollectionsAnswer : IPageAnswer<Collection>
{
    [JsonPropertyName("collections")]
    public IReadOnlyList<Collection>? Collections { get; set; }

    IReadOnlyList<Collection>? IPageAnswer<Collection>.Values => Collections;
}

/// <summary><c>{"collection":{..}}</c>.</summary>
internal sealed class CollectionAnswer
{
    [JsonPropertyName("collection")]
    public Collection? Collection { get; set; }
}
