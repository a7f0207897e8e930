namespace CustomerIO.App;

/// <summary>The subscription centre answers.</summary>
public static partial class AppModelFactory
{
    /// <summary>A subscription topic of the workspace (named so beside <see cref="SubscriptionTopic(long, string, bool, string?)"/>, a person's preference).</summary>
    /// <param name="id">Its id.</param>
    /// <param name="name">Its name.</param>
    /// <param name="subscribedByDefault">Whether people are opted in by default.</param>
    /// <param name="description">Its description.</param>
    /// <returns>The topic.</returns>
    public static SubscriptionTopic Topic(long id, string name, bool subscribedByDefault = false, string? description = null) =>
        new() { Id = id, Identifier = "topic_" + id.ToString(System.Globalization.CultureInfo.InvariantCulture), Name = name, SubscribedByDefault = subscribedByDefault, Description = description };

    /// <summary>A subscription channel.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="name">Its name.</param>
    /// <param name="type">Its delivery channel.</param>
    /// <param name="subscribedByDefault">Whether people are opted in by default.</param>
    /// <param name="description">Its description.</param>
    /// <returns>The channel.</returns>
    public static SubscriptionChannel SubscriptionChannel(long id, string name, SubscriptionChannelType? type = null, bool subscribedByDefault = true, string? description = null) =>
        new() { Id = id, Name = name, Type = type, SubscribedByDefault = subscribedByDefault, Description = description };

    /// <summary>A subscription centre link.</summary>
    /// <param name="token">The signed token.</param>
    /// <param name="url">The link.</param>
    /// <returns>The token.</returns>
    public static SubscriptionCenterToken SubscriptionCenterToken(string token, Uri? url = null) => new() { Token = token, Url = url };
}
