namespace CustomerIO.Track;

/// <summary>Customer.io's reserved identify attributes, kept apart from the caller's own attributes.</summary>
public sealed class IdentifyOptions
{
    /// <summary>When the person was created (<c>created_at</c>, Unix seconds on the wire).</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>
    /// When this update happened (<c>_timestamp</c>): Customer.io applies rapid updates in this order
    /// rather than in arrival order.
    /// </summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>Update an existing person only, never create one (<c>_update</c>).</summary>
    public bool UpdateOnly { get; init; }

    /// <summary>The person's global unsubscribe flag (<c>unsubscribed</c>), when it should change.</summary>
    public bool? Unsubscribed { get; init; }

    /// <summary>
    /// Subscription center topic preferences (<c>cio_subscription_preferences</c>): topic number to subscribed.
    /// Topic 1 is written as <c>topic_1</c>.
    /// </summary>
    public IReadOnlyDictionary<int, bool>? TopicPreferences { get; init; }

    /// <summary>Relationships to add to (or remove from) the person (<c>cio_relationships</c>).</summary>
    public IReadOnlyList<Relationship>? Relationships { get; init; }

    /// <summary>Whether <see cref="Relationships"/> are added (the default) or removed.</summary>
    public RelationshipAction RelationshipAction { get; init; }
}

/// <summary>What an identify call does with the relationships it names.</summary>
public enum RelationshipAction
{
    /// <summary>Add the relationships (<c>add_relationships</c>).</summary>
    Add,

    /// <summary>Remove the relationships (<c>delete_relationships</c>).</summary>
    Delete,
}
