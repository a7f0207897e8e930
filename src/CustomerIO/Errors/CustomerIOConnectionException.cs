namespace CustomerIO;

/// <summary>
/// The request failed on the network (DNS, connection refused or reset, TLS) and retries, if allowed,
/// did not help. The inner exception has the details.
/// </summary>
public sealed class CustomerIOConnectionException : CustomerIOException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The underlying network failure.</param>
    public CustomerIOConnectionException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
