using CustomerIO.App;

namespace CustomerIO.Tests.App;

/// <summary>Samples of the data index updates, shaped as Customer.io's OpenAPI documents them.</summary>
internal static partial class AppSamples
{
    public const string DataIndexAttributesJson =
        """{"attributes":[{"name":"last_active","description":"The last time the person used the app.","privacy_level":1},{"name":"plan"}]}""";

    public const string DataIndexEventsJson = """{"events":[{"name":"purchase_completed","description":"A purchase went through."}]}""";

    public static DataIndexAttributes DataIndexAttributes =>
        new([new DataIndexAttribute("last_active") { Description = "The last time the person used the app.", Sensitive = true }, new DataIndexAttribute("plan")]);

    public static DataIndexEvents DataIndexEvents => new([new DataIndexEvent("purchase_completed") { Description = "A purchase went through." }]);
}
