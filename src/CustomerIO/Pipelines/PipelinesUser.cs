namespace CustomerIO.Pipelines;

/// <summary>
/// Who a Pipelines message is about: a <c>userId</c> (a known person), an <c>anonymousId</c> (a visitor not yet
/// known), or both (the moment a visitor becomes known). A message needs at least one; the queue keeps each user's
/// messages in order, keyed by <c>userId</c>, else <c>anonymousId</c>.
/// </summary>
public readonly struct PipelinesUser : IEquatable<PipelinesUser>
{
    /// <summary>A user by either id or both.</summary>
    /// <param name="userId">The person's id in your system; null when not known.</param>
    /// <param name="anonymousId">The visitor's id; null when there is none.</param>
    public PipelinesUser(string? userId, string? anonymousId)
    {
        UserId = userId;
        AnonymousId = anonymousId;
    }

    /// <summary>The person's id (<c>userId</c>), or null.</summary>
    public string? UserId { get; }

    /// <summary>The visitor's id (<c>anonymousId</c>), or null.</summary>
    public string? AnonymousId { get; }

    /// <summary>A known person.</summary>
    /// <param name="userId">The person's id.</param>
    /// <returns>The user.</returns>
    public static PipelinesUser Id(string userId) => new(userId, null);

    /// <summary>An anonymous visitor.</summary>
    /// <param name="anonymousId">The visitor's id.</param>
    /// <returns>The user.</returns>
    public static PipelinesUser Anonymous(string anonymousId) => new(null, anonymousId);

    /// <summary>A known person, from the id alone (<c>queue.Track("user-42", "Signed Up")</c>).</summary>
    /// <param name="userId">The person's id.</param>
    public static implicit operator PipelinesUser(string userId) => new(userId, null);

    /// <summary>Whether two users have the same ids.</summary>
    /// <param name="left">One user.</param>
    /// <param name="right">The other.</param>
    public static bool operator ==(PipelinesUser left, PipelinesUser right) => left.Equals(right);

    /// <summary>Whether two users have different ids.</summary>
    /// <param name="left">One user.</param>
    /// <param name="right">The other.</param>
    public static bool operator !=(PipelinesUser left, PipelinesUser right) => !left.Equals(right);

    /// <summary>Makes a user from an id (what the implicit conversion does).</summary>
    /// <param name="userId">The person's id.</param>
    /// <returns>The user.</returns>
    public static PipelinesUser FromString(string userId) => new(userId, null);

    /// <inheritdoc/>
    public bool Equals(PipelinesUser other) =>
        string.Equals(UserId, other.UserId, StringComparison.Ordinal) && string.Equals(AnonymousId, other.AnonymousId, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PipelinesUser other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        (StringComparer.Ordinal.GetHashCode(UserId ?? string.Empty) * 397) ^ StringComparer.Ordinal.GetHashCode(AnonymousId ?? string.Empty);

    /// <summary>Says which ids are set, never their values (personal data).</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"PipelinesUser(userId {(UserId is null ? "unset" : "set")}, anonymousId {(AnonymousId is null ? "unset" : "set")})";
}
