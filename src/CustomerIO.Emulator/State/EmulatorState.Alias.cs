namespace CustomerIO.Emulator.State;

/// <summary>Pipelines <c>alias</c>: ties a previous identity to a user id.</summary>
internal sealed partial class EmulatorState
{
    /// <summary>
    /// Merges the person whose id is <paramref name="previousId"/> into <paramref name="userId"/> when there is one;
    /// otherwise treats <paramref name="previousId"/> as an anonymous id and links its events to <paramref name="userId"/>.
    /// </summary>
    public string? Alias(string userId, string previousId, DateTimeOffset now)
    {
        if (People.Find(IdentifierKind.Id, previousId) is not null)
        {
            return Merge(IdentifierKind.Id, userId, IdentifierKind.Id, previousId, now);
        }

        if (IsSuppressed(IdentifierKind.Id, userId))
        {
            return IgnoredReasons.Suppressed;
        }

        var person = People.GetOrCreate(IdentifierKind.Id, userId, now);
        if (person is null)
        {
            return IgnoredReasons.UnknownCioId;
        }

        LinkAnonymous(person, previousId);
        return null;
    }
}
