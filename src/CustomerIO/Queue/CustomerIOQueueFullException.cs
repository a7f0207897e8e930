using CustomerIO.Track;

namespace CustomerIO;

/// <summary>A <see cref="TrackQueue"/> with <see cref="QueueFullMode.Throw"/> had no room for an operation.</summary>
public sealed class CustomerIOQueueFullException : CustomerIOException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">Which bound was reached.</param>
    public CustomerIOQueueFullException(string message)
        : base(message)
    {
    }
}
