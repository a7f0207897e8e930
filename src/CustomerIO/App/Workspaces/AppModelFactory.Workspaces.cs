namespace CustomerIO.App;

/// <summary>The workspace answers.</summary>
public static partial class AppModelFactory
{
    /// <summary>A workspace.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="name">Its name.</param>
    /// <param name="people">Its people count.</param>
    /// <param name="objects">Its object count.</param>
    /// <param name="objectTypes">Its object type count.</param>
    /// <param name="messagesSent">Messages sent this billing period.</param>
    /// <param name="billableMessagesSent">Billable emails sent this billing period.</param>
    /// <returns>The workspace.</returns>
    public static Workspace Workspace(long id, string? name = null, long people = 0, long objects = 0, long objectTypes = 0, long messagesSent = 0, long billableMessagesSent = 0) =>
        new() { Id = id, Name = name, People = people, Objects = objects, ObjectTypes = objectTypes, MessagesSent = messagesSent, BillableMessagesSent = billableMessagesSent };
}
