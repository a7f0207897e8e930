namespace CustomerIO.Emulator.App.Sends;

/// <summary>The documented limits of transactional sends.</summary>
internal static class SendLimits
{
    /// <summary>At most this many addresses across <c>to</c>, <c>cc</c> and <c>bcc</c> (comma-separated).</summary>
    public const int MaxRecipients = 15;

    /// <summary>All attachments together, decoded, must be under this many bytes (2 MB).</summary>
    public const int AttachmentBytesExclusive = 2 * 1024 * 1024;

    /// <summary><c>send_at</c> may be at most this far ahead.</summary>
    public static readonly TimeSpan MaxScheduleAhead = TimeSpan.FromDays(90);
}
