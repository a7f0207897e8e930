using System.Text.Json;
using CustomerIO.App;

namespace CustomerIO.Tests.App;

/// <summary>The Collections samples, shaped as the OpenAPI documents them.</summary>
internal static partial class AppSamples
{
    public const string CollectionJson =
        """{"bytes":296,"created_at":1552341937,"id":1,"name":"upcoming events","rows":2,"schema":["eventDate","eventName","presents"],"updated_at":1552341937}""";

    public const string CollectionsAnswer = """{"collections":[""" + CollectionJson + "]}";

    public const string CollectionAnswer = """{"collection":""" + CollectionJson + "}";

    public const string CollectionContent = """[{"eventName":"christmas","presents":{"total":2}},{"eventName":"birthday","presents":{"total":1}}]""";

    public const string CollectionCreationJson = """{"name":"events","data":[{"eventName":"christmas","presents":{"total":2}}]}""";

    public const string CollectionChangesJson = """{"name":"events","url":"https://example.com/events.csv"}""";

    public const string CollectionContentReplacementJson = """{"eventName":"christmas","presents":{"something_you_need":"socks","total":2}}""";

    public static CollectionCreation CollectionCreation =>
        CollectionCreation.FromData("events", JsonElementOf("""[{"eventName":"christmas","presents":{"total":2}}]"""));

    public static CollectionChanges CollectionChanges => new() { Name = "events", Url = new Uri("https://example.com/events.csv") };

    public static CollectionContentReplacement CollectionContentReplacement => new(JsonElementOf(CollectionContentReplacementJson));

    /// <summary>A parsed JSON value, detached from its document.</summary>
    public static JsonElement JsonElementOf(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
