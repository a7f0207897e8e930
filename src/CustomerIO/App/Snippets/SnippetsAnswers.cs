using System.Text.Json.Serialization;
using CustomerIO.Paging;

namespace CustomerIO.App;

/// <summary><c>{"snippets":[..]}</c>.</summary>
internal sealed class SnippetsAnswer : IPageAnswer<Snippet>
{
    [JsonPropertyName("snippets")]
    public IReadOnlyList<Snippet>? Snippets { get; set; }

    IReadOnlyList<Snippet>? IPageAnswer<Snippet>.Values => Snippets;
}

/// <summary><c>{"snippet":{..}}</c>.</summary>
internal sealed class SnippetAnswer
{
    [JsonPropertyName("snippet")]
    public Snippet? Snippet { get; set; }
}
