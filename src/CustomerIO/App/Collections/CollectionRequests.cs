using System.Text.Json;
using System.Text.Json.Serialization;

namespace CustomerIO.App;

/// <summary>
/// A collection to create (<c>POST /v1/collections</c>): a name and either its data (<see cref="FromData"/>) or the URL
/// of a CSV or JSON file Customer.io fetches it from (<see cref="FromUrl"/>).
/// </summary>
public sealed class CollectionCreation : IAppBody
{
    private CollectionCreation(string name, JsonElement? data, Uri? url)
    {
        Name = name;
        Data = data;
        Url = url;
    }

    /// <summary>The collection's name, which Liquid references it by.</summary>
    [JsonPropertyName("name")]
    public string Name { get; }

    /// <summary>The data: a JSON array of objects; null when the data comes from <see cref="Url"/>.</summary>
    [JsonPropertyName("data")]
    public JsonElement? Data { get; }

    /// <summary>Where Customer.io fetches the data; null when <see cref="Data"/> is given.</summary>
    [JsonPropertyName("url")]
    public Uri? Url { get; }

    /// <summary>A collection holding <paramref name="data"/>.</summary>
    /// <param name="name">The collection's name (required).</param>
    /// <param name="data">A JSON array of objects.</param>
    /// <returns>The creation.</returns>
    public static CollectionCreation FromData(string name, JsonElement data) => new(name, data, null);

    /// <summary>A collection whose data Customer.io fetches from a CSV or JSON file.</summary>
    /// <param name="name">The collection's name (required).</param>
    /// <param name="url">The file's absolute http or https URL.</param>
    /// <returns>The creation.</returns>
    public static CollectionCreation FromUrl(string name, Uri url) => new(name, null, url ?? throw new ArgumentNullException(nameof(url)));

    void IAppBody.Validate(string parameterName)
    {
        Validation.Guard.NotEmpty(Name, parameterName + ".Name", "collection name");
        CollectionRules.Check(Data, Url, parameterName);
    }
}

/// <summary>
/// New values for a collection (<c>PUT /v1/collections/{id}</c>): a new name, and new data or a new URL (not both).
/// What is not set is left as it is.
/// </summary>
public sealed class CollectionChanges : IAppBody
{
    /// <summary>The new name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>New data: a JSON array of objects, replacing the old data.</summary>
    [JsonPropertyName("data")]
    public JsonElement? Data { get; set; }

    /// <summary>A new URL to fetch the data from.</summary>
    [JsonPropertyName("url")]
    public Uri? Url { get; set; }

    void IAppBody.Validate(string parameterName)
    {
        if (Name is not null)
        {
            Validation.Guard.NotEmpty(Name, parameterName + ".Name", "collection name");
        }

        if (Name is null && Data is null && Url is null)
        {
            throw new CustomerIOValidationException(parameterName, "A collection update needs a new name, new data or a new URL.");
        }

        if (Data is not null || Url is not null)
        {
            CollectionRules.Check(Data, Url, parameterName);
        }
    }
}

/// <summary>
/// A collection's whole new data (<c>PUT /v1/collections/{id}/content</c>): a free-form JSON object that replaces the
/// data entirely, so it holds everything that should remain.
/// </summary>
[JsonConverter(typeof(CollectionContentReplacementJsonConverter))]
public sealed class CollectionContentReplacement : IAppBody
{
    /// <summary>Describes the new data.</summary>
    /// <param name="content">A JSON object.</param>
    public CollectionContentReplacement(JsonElement content) => Content = content;

    /// <summary>The new data.</summary>
    public JsonElement Content { get; }

    void IAppBody.Validate(string parameterName)
    {
        if (Content.ValueKind != JsonValueKind.Object)
        {
            throw new CustomerIOValidationException(parameterName + ".Content", $"A collection's content must be a JSON object; this one is {Content.ValueKind}.");
        }
    }
}

/// <summary>Writes a <see cref="CollectionContentReplacement"/> as its content, unwrapped.</summary>
internal sealed class CollectionContentReplacementJsonConverter : JsonConverter<CollectionContentReplacement>
{
    public override CollectionContentReplacement Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return new CollectionContentReplacement(document.RootElement.Clone());
    }

    public override void Write(Utf8JsonWriter writer, CollectionContentReplacement value, JsonSerializerOptions options) => value.Content.WriteTo(writer);
}

/// <summary>The data rules creations and changes share.</summary>
internal static class CollectionRules
{
    public static void Check(JsonElement? data, Uri? url, string parameterName)
    {
        if ((data is null) == (url is null))
        {
            throw new CustomerIOValidationException(parameterName, "A collection takes either data or a URL to fetch it from, not both and not neither.");
        }

        if (data is { } rows)
        {
            if (rows.ValueKind != JsonValueKind.Array)
            {
                throw new CustomerIOValidationException(parameterName + ".Data", $"A collection's data must be a JSON array of objects; this one is {rows.ValueKind}.");
            }

            foreach (var row in rows.EnumerateArray())
            {
                if (row.ValueKind != JsonValueKind.Object)
                {
                    throw new CustomerIOValidationException(parameterName + ".Data", $"A collection's data must be a JSON array of objects; one item is {row.ValueKind}.");
                }
            }
        }

        if (url is not null && (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)))
        {
            throw new CustomerIOValidationException(parameterName + ".Url", "A collection's URL must be an absolute http or https URL.");
        }
    }
}
