using System.Text.Json.Serialization;

namespace CustomerIO.App;

/// <summary>A person's subscription preferences: the subscription centre's topics, each subscribed or not.</summary>
public sealed class SubscriptionPreferences
{
    [JsonConstructor]
    internal SubscriptionPreferences()
    {
    }

    /// <summary>The person's id; null when the workspace identifies them otherwise.</summary>
    [JsonInclude, JsonPropertyName("id")]
    public string? Id { get; internal set; }

    /// <summary>The person's identifiers.</summary>
    [JsonInclude, JsonPropertyName("identifiers")]
    public CustomerIdentifiers? Identifiers { get; internal set; }

    /// <summary>The preferences page's title and subtitle.</summary>
    [JsonInclude, JsonPropertyName("header")]
    public SubscriptionPreferencesHeader? Header { get; internal set; }

    /// <summary>Every topic and whether the person is subscribed to it.</summary>
    [JsonInclude, JsonPropertyName("topics")]
    public IReadOnlyList<SubscriptionTopicPreference>? Topics { get; internal set; }

    /// <summary>Whether the person is unsubscribed from everything.</summary>
    [JsonInclude, JsonPropertyName("unsubscribed")]
    public bool Unsubscribed { get; internal set; }
}

/// <summary>The header of a subscription preferences page.</summary>
public sealed class SubscriptionPreferencesHeader
{
    [JsonConstructor]
    internal SubscriptionPreferencesHeader()
    {
    }

    /// <summary>The page's title.</summary>
    [JsonInclude, JsonPropertyName("title")]
    public string? Title { get; internal set; }

    /// <summary>The line beneath the title.</summary>
    [JsonInclude, JsonPropertyName("subtitle")]
    public string? Subtitle { get; internal set; }
}

/// <summary>One subscription topic and the person's choice.</summary>
public sealed class SubscriptionTopicPreference
{
    [JsonConstructor]
    internal SubscriptionTopicPreference()
    {
    }

    /// <summary>The topic's id.</summary>
    [JsonInclude, JsonPropertyName("id")]
    public long Id { get; internal set; }

    /// <summary>The topic's name.</summary>
    [JsonInclude, JsonPropertyName("name")]
    public string? Name { get; internal set; }

    /// <summary>The topic's description, if any.</summary>
    [JsonInclude, JsonPropertyName("description")]
    public string? Description { get; internal set; }

    /// <summary>Whether the person is subscribed to it.</summary>
    [JsonInclude, JsonPropertyName("subscribed")]
    public bool Subscribed { get; internal set; }
}

/// <summary>Options of a subscription preferences read.</summary>
public sealed class SubscriptionPreferencesOptions : IAppQuery
{
    /// <summary>The language tag to translate the page's texts into; the subscription centre's default when omitted.</summary>
    public string? Language { get; set; }

    void IAppQuery.AddTo(List<KeyValuePair<string, string>> query) => AppQuery.Add(query, "language", Language);
}

/// <summary><c>{"customer":{..}}</c>.</summary>
internal sealed class SubscriptionPreferencesAnswer
{
    [JsonPropertyName("customer")]
    public SubscriptionPreferences? Customer { get; set; }
}
