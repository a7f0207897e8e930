namespace CustomerIO.Track;

/// <summary>Event ids: ULIDs, which Customer.io uses to ignore a repeated event, so retries never duplicate one.</summary>
public static class EventIds
{
    /// <summary>A new ULID: 26 characters, sortable by creation time.</summary>
    /// <returns>The id.</returns>
    public static string NewId() => Ulid.NewUlid().ToString();
}
