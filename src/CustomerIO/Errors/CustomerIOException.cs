namespace CustomerIO;

/// <summary>
/// The root of every exception the SDK throws on purpose: catch this one type to handle any Customer.io failure.
/// </summary>
/// <remarks>Messages never contain credentials; identifiers and attribute values are never echoed either.</remarks>
public class CustomerIOException : Exception
{
    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public CustomerIOException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the failure that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The underlying failure.</param>
    public CustomerIOException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
