using System.Text.Json.Serialization;
using CustomerIO.Paging;

namespace CustomerIO.App;

/// <summary>A subscription topic of the workspace's subscription centre.</summary>
public sealed class SubscriptionTopic
{
    [JsonConstructor]
    internal SubscriptionTopic()
    {
    }

    /// <summary>The topic's id (from 1).</summary>
    [JsonInclude, JsonPropertyName("id")]
    public long Id { get; internal set; }

    /// <summary>The topic's key in people's preferences: <c>topic_&lt;id&gt;</c>.</summary>
    [JsonInclude, JsonPropertyName("identifier")]
    public string? Identifier { get; internal set; }

    /// <summary>The topic's name.</summary>
    [JsonInclude, JsonPropertyName("name")]
    public string? Name { get; internal set; }

    /// <summary>The topic's description.</summary>
    [JsonInclude, JsonPropertyName("description")]
    public string? Description { get; internal set; }

    /// <summary>Whether people are opted in until they choose otherwise.</summary>
    [JsonInclude, JsonPropertyName("subscribed_by_default")]
    public bool SubscribedByDefault { get; internal set; }
}

/// <summary>A subscription channel of the workspace's subscription centre.</summary>
public sealed class SubscriptionChannel
{
    [JsonConstructor]
    internal SubscriptionChannel()
    {
    }

    /// <summary>The channel's id.</summary>
    [JsonInclude, JsonPropertyName("id")]
    public long Id { get; internal set; }

    /// <summary>The channel's display name.</summary>
    [JsonInclude, JsonPropertyName("name")]
    public string? Name { get; internal set; }

    /// <summary>The channel's description.</summary>
    [JsonInclude, JsonPropertyName("description")]
    public string? Description { get; internal set; }

    /// <summary>The delivery channel.</summary>
    [JsonInclude, JsonPropertyName("type")]
    public SubscriptionChannelType? Type { get; internal set; }

    /// <summary>Whether people are opted in until they choose otherwise.</summary>
    [JsonInclude, JsonPropertyName("subscribed_by_default")]
    public bool SubscribedByDefault { get; internal set; }
}

/// <summary>A signed link to a person's subscription centre, valid for 24 hours.</summary>
public sealed class SubscriptionCenterToken
{
    [JsonConstructor]
    internal SubscriptionCenterToken()
    {
    }

    /// <summary>The signed token (for a custom tracking domain: <c>https://&lt;domain&gt;/u/i/&lt;token&gt;/</c>).</summary>
    [JsonInclude, JsonPropertyName("token")]
    public string? Token { get; internal set; }

    /// <summary>The full link to the person's subscription centre.</summary>
    [JsonInclude, JsonPropertyName("url")]
    public Uri? Url { get; internal set; }

    /// <summary>The token is a credential for the person's page: kept out of logs.</summary>
    /// <returns>The type's name.</returns>
    public override string ToString() => nameof(SubscriptionCenterToken);
}

/// <summary><c>{"topics":[..]}</c>.</summary>
internal sealed class SubscriptionTopicsAnswer : IPageAnswer<SubscriptionTopic>
{
    [JsonPropertyName("topics")]
    public IReadOnlyList<SubscriptionTopic>? Topics { get; set; }

    IReadOnlyList<SubscriptionTopic>? IPageAnswer<SubscriptionTopic>.Values => Topics;
}

/// <summary><c>{"channels":[..]}</c>.</summary>
internal sealed class SubscriptionChannelsAnswer : IPageAnswer<SubscriptionChannel>
{
    [JsonPropertyName("channels")]
    public IReadOnlyList<SubscriptionChannel>? Channels { get; set; }

    IReadOnlyList<SubscriptionChannel>? IPageAnswer<SubscriptionChannel>.Values => Channels;
}
