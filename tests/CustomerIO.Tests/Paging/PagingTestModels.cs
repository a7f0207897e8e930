using System.Text.Json.Serialization;
using CustomerIO.Paging;

namespace CustomerIO.Tests.Paging;

/// <summary>One value of the test lists.</summary>
internal sealed record Item([property: JsonPropertyName("id")] int Id);

/// <summary>A cursor page answer: <c>{"items": [...], "next": "..."}</c>.</summary>
internal sealed class CursorItemsPage : ICursorPage<Item>
{
    [JsonPropertyName("items")]
    public List<Item>? Items { get; init; }

    [JsonPropertyName("next")]
    public string? Next { get; init; }

    IReadOnlyList<Item>? IPageAnswer<Item>.Values => Items;
}

/// <summary>A page-number or offset page answer: <c>{"items": [...]}</c>.</summary>
internal sealed class ItemsPage : IPageAnswer<Item>
{
    [JsonPropertyName("items")]
    public List<Item>? Items { get; init; }

    IReadOnlyList<Item>? IPageAnswer<Item>.Values => Items;
}

/// <summary>A cursor page answer whose <c>next</c> may be an integer, as broadcast trigger errors answer it.</summary>
internal sealed class NumericCursorPage : ICursorPage<Item>
{
    [JsonPropertyName("items")]
    public List<Item>? Items { get; init; }

    [JsonPropertyName("next")]
    [JsonConverter(typeof(CursorJsonConverter))]
    public string? Next { get; init; }

    IReadOnlyList<Item>? IPageAnswer<Item>.Values => Items;
}

[JsonSerializable(typeof(CursorItemsPage))]
[JsonSerializable(typeof(NumericCursorPage))]
[JsonSerializable(typeof(ItemsPage))]
internal sealed partial class PagingTestJson : JsonSerializerContext;
