using CustomerIO.Pipelines;
using CustomerIO.Tests.Infrastructure;

namespace CustomerIO.Tests.Pipelines;

/// <summary>A context with every typed field of each of the spec's two shapes (web, mobile), and its exact JSON.</summary>
internal static class PipelinesContextSamples
{
    /// <summary>The browser shape: campaign and page, every field set.</summary>
    public static PipelinesContext Web => new()
    {
        Active = true,
        Ip = "203.0.113.9",
        Locale = "fr-FR",
        UserAgent = "Mozilla/5.0 (X11)",
        Channel = PipelinesChannel.Browser,
        Campaign = new PipelinesContextCampaign { Name = "winter", Source = "newsletter", Medium = "email", Term = "boots", Content = "hero" },
        Page = new PipelinesContextPage
        {
            Name = "Pricing",
            Path = "/pricing",
            Referrer = "https://example.com/",
            Search = "?plan=pro",
            Title = "Prix",
            Url = "https://example.com/pricing?plan=pro",
            Keywords = ["pricing", "plans"],
        },
    };

    /// <summary><see cref="Web"/>'s JSON: camelCase, in the spec's order.</summary>
    public const string WebJson =
        "\"active\":true,\"ip\":\"203.0.113.9\",\"locale\":\"fr-FR\",\"userAgent\":\"Mozilla/5.0 (X11)\",\"channel\":\"browser\","
        + "\"campaign\":{\"name\":\"winter\",\"source\":\"newsletter\",\"medium\":\"email\",\"term\":\"boots\",\"content\":\"hero\"},"
        + "\"page\":{\"name\":\"Pricing\",\"path\":\"/pricing\",\"referrer\":\"https://example.com/\",\"search\":\"?plan=pro\",\"title\":\"Prix\","
        + "\"url\":\"https://example.com/pricing?plan=pro\",\"keywords\":[\"pricing\",\"plans\"]}";

    /// <summary>The mobile shape: app, device, network and os, every field set, and Extra keys (a null one left out).</summary>
    public static PipelinesContext Mobile => new()
    {
        Active = false,
        Channel = PipelinesChannel.Mobile,
        App = new PipelinesContextApp { Name = "Shop", Version = "4.2.0", Build = "812", Namespace = "com.example.shop" },
        Device = new PipelinesContextDevice
        {
            Id = "dev-1",
            AdvertisingId = "ad-2",
            Manufacturer = "Google",
            Model = "Pixel 9",
            Name = "ann-phone",
            Type = PipelinesDeviceType.Android,
            Version = "15",
        },
        Network = new PipelinesContextNetwork { Bluetooth = false, Carrier = "Orange", Cellular = true, Wifi = false },
        Os = new PipelinesContextOs { Name = "Android", Version = "15" },
        Extra = new Dictionary<string, object?> { ["timezone"] = "Europe/Paris", ["gone"] = null, ["screen"] = new Dictionary<string, object?> { ["width"] = 412, ["density"] = 2.5 } },
    };

    /// <summary><see cref="Mobile"/>'s JSON.</summary>
    public const string MobileJson =
        "\"active\":false,\"channel\":\"mobile\",\"app\":{\"name\":\"Shop\",\"version\":\"4.2.0\",\"build\":\"812\",\"namespace\":\"com.example.shop\"},"
        + "\"device\":{\"id\":\"dev-1\",\"advertisingId\":\"ad-2\",\"manufacturer\":\"Google\",\"model\":\"Pixel 9\",\"name\":\"ann-phone\",\"type\":\"android\",\"version\":\"15\"},"
        + "\"network\":{\"bluetooth\":false,\"carrier\":\"Orange\",\"cellular\":true,\"wifi\":false},\"os\":{\"name\":\"Android\",\"version\":\"15\"},"
        + "\"timezone\":\"Europe/Paris\",\"screen\":{\"width\":412,\"density\":2.5}";

    /// <summary>Pinned options (<see cref="TestPipelinesClient.Pinned"/>) carrying <paramref name="context"/>.</summary>
    public static PipelinesMessageOptions Pinned(PipelinesContext context, string id = "m-1")
    {
        var options = TestPipelinesClient.Pinned(id);
        options.Context = context;
        return options;
    }
}
