namespace CustomerIO;

/// <summary>
/// A request did not complete in time: the last attempt hit the per-attempt timeout, or the whole call
/// ran out of its total time budget. The request may or may not have reached Customer.io.
/// </summary>
public sealed class CustomerIOTimeoutException : CustomerIOException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">Which timeout expired.</param>
    /// <param name="innerException">The underlying failure.</param>
    public CustomerIOTimeoutException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
