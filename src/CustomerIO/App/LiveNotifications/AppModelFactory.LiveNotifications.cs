namespace CustomerIO.App;

/// <summary>The live notification answers.</summary>
public static partial class AppModelFactory
{
    /// <summary>A live notification's state.</summary>
    /// <param name="instanceId">Its instance id.</param>
    /// <param name="state">Its state.</param>
    /// <param name="notificationType">Its type.</param>
    /// <param name="platform">Its platform.</param>
    /// <param name="startedAt">When it started.</param>
    /// <param name="endedAt">When it ended.</param>
    /// <param name="expiresAt">When it expires.</param>
    /// <param name="lastDelivery">Its last delivery.</param>
    /// <param name="failureReason">Why it failed.</param>
    /// <returns>The state.</returns>
    public static LiveNotification LiveNotification(
        string instanceId, LiveNotificationState? state = null, string? notificationType = null, MobilePlatform? platform = null, DateTimeOffset? startedAt = null,
        DateTimeOffset? endedAt = null, DateTimeOffset? expiresAt = null, LiveNotificationDelivery? lastDelivery = null, string? failureReason = null) =>
        new()
        {
            InstanceId = instanceId, State = state, NotificationType = notificationType, Platform = platform, StartedAt = startedAt, EndedAt = endedAt,
            ExpiresAt = expiresAt, LastDelivery = lastDelivery, FailureReason = failureReason,
        };

    /// <summary>A live notification's delivery.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="operation">The operation it carried.</param>
    /// <param name="status">Its status.</param>
    /// <param name="source">Where the operation came from.</param>
    /// <param name="createdAt">When it was created.</param>
    /// <returns>The delivery.</returns>
    public static LiveNotificationDelivery LiveNotificationDelivery(
        string id, LiveNotificationOperation? operation = null, LiveNotificationDeliveryStatus? status = null, string? source = null, DateTimeOffset? createdAt = null) =>
        new() { Id = id, Operation = operation, Status = status, Source = source, CreatedAt = createdAt };
}
