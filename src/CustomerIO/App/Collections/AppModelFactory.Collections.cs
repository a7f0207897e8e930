using System.Linq;
using System.Text.Json;

namespace CustomerIO.App;

/// <summary>The Collections answers, for tests of code that uses a mocked <see cref="CollectionsClient"/>.</summary>
public static partial class AppModelFactory
{
    /// <summary>A collection's description.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="name">Its name.</param>
    /// <param name="rows">How many rows it holds.</param>
    /// <param name="bytes">Its size in bytes.</param>
    /// <param name="schema">Its top-level keys.</param>
    /// <param name="createdAt">When it was created.</param>
    /// <param name="updatedAt">When it last changed.</param>
    /// <returns>The collection.</returns>
    public static Collection Collection(
        long id, string? name = null, long rows = 0, long bytes = 0, IEnumerable<string>? schema = null, DateTimeOffset? createdAt = null, DateTimeOffset? updatedAt = null) =>
        new() { Id = id, Name = name, Rows = rows, Bytes = bytes, Schema = schema?.ToArray(), CreatedAt = createdAt, UpdatedAt = updatedAt };

    /// <summary>A collection's content.</summary>
    /// <param name="value">The data, as the API would answer it.</param>
    /// <returns>The content.</returns>
    public static CollectionContent CollectionContent(JsonElement value) => new(value.Clone());
}
