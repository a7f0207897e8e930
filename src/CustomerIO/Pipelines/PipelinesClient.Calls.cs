namespace CustomerIO.Pipelines;

public partial class PipelinesClient
{
    /// <summary>Sends an <c>identify</c> (see <see cref="PipelinesMessage.Identify(PipelinesUser, IReadOnlyDictionary{string, object?}?, PipelinesMessageOptions?)"/>).</summary>
    /// <param name="user">Who.</param>
    /// <param name="traits">The traits to set; null for none.</param>
    /// <param name="options">Id, time, context, integrations.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Customer.io has accepted it.</returns>
    public virtual Task IdentifyAsync(PipelinesUser user, IReadOnlyDictionary<string, object?>? traits = null, PipelinesMessageOptions? options = null, CancellationToken cancellationToken = default) =>
        SendAsync(PipelinesMessage.Identify(user, traits, options), cancellationToken);

    /// <summary>Sends a <c>track</c> (see <see cref="PipelinesMessage.Track(PipelinesUser, string, IReadOnlyDictionary{string, object?}?, PipelinesMessageOptions?)"/>).</summary>
    /// <param name="user">Who.</param>
    /// <param name="event">The event's name.</param>
    /// <param name="properties">The event's properties; null for none.</param>
    /// <param name="options">Id, time, context, integrations.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Customer.io has accepted it.</returns>
    public virtual Task TrackAsync(PipelinesUser user, string @event, IReadOnlyDictionary<string, object?>? properties = null, PipelinesMessageOptions? options = null, CancellationToken cancellationToken = default) =>
        SendAsync(PipelinesMessage.Track(user, @event, properties, options), cancellationToken);

    /// <summary>Sends a <c>page</c> (see <see cref="PipelinesMessage.Page(PipelinesUser, string?, IReadOnlyDictionary{string, object?}?, PipelinesMessageOptions?, string?)"/>).</summary>
    /// <param name="user">Who.</param>
    /// <param name="name">The page's name; null for none.</param>
    /// <param name="properties">The page's properties; null for none.</param>
    /// <param name="options">Id, time, context, integrations.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Customer.io has accepted it.</returns>
    public virtual Task PageAsync(PipelinesUser user, string? name = null, IReadOnlyDictionary<string, object?>? properties = null, PipelinesMessageOptions? options = null, CancellationToken cancellationToken = default) =>
        SendAsync(PipelinesMessage.Page(user, name, properties, options), cancellationToken);

    /// <summary>Sends a <c>screen</c> (see <see cref="PipelinesMessage.Screen(PipelinesUser, string?, IReadOnlyDictionary{string, object?}?, PipelinesMessageOptions?, string?)"/>).</summary>
    /// <param name="user">Who.</param>
    /// <param name="name">The screen's name; null for none.</param>
    /// <param name="properties">The screen's properties; null for none.</param>
    /// <param name="options">Id, time, context, integrations.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Customer.io has accepted it.</returns>
    public virtual Task ScreenAsync(PipelinesUser user, string? name = null, IReadOnlyDictionary<string, object?>? properties = null, PipelinesMessageOptions? options = null, CancellationToken cancellationToken = default) =>
        SendAsync(PipelinesMessage.Screen(user, name, properties, options), cancellationToken);

    /// <summary>Sends a <c>group</c> (see <see cref="PipelinesMessage.Group(PipelinesUser, string, IReadOnlyDictionary{string, object?}?, PipelinesMessageOptions?)"/>).</summary>
    /// <param name="user">Who is related to the group.</param>
    /// <param name="groupId">The group's id.</param>
    /// <param name="traits">The group's traits; null for none.</param>
    /// <param name="options">Id, time, context, integrations.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Customer.io has accepted it.</returns>
    public virtual Task GroupAsync(PipelinesUser user, string groupId, IReadOnlyDictionary<string, object?>? traits = null, PipelinesMessageOptions? options = null, CancellationToken cancellationToken = default) =>
        SendAsync(PipelinesMessage.Group(user, groupId, traits, options), cancellationToken);

    /// <summary>Sends an <c>alias</c> (see <see cref="PipelinesMessage.Alias"/>).</summary>
    /// <param name="userId">The id the person has now.</param>
    /// <param name="previousId">The id they had before.</param>
    /// <param name="options">Id, time, context, integrations.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Customer.io has accepted it.</returns>
    public virtual Task AliasAsync(string userId, string previousId, PipelinesMessageOptions? options = null, CancellationToken cancellationToken = default) =>
        SendAsync(PipelinesMessage.Alias(userId, previousId, options), cancellationToken);
}
