namespace CustomerIO;

/// <summary>
/// Input was refused before anything was sent: an empty identifier, a value over one of Customer.io's
/// documented limits, a malformed operation. The message names the parameter and the limit.
/// </summary>
public sealed class CustomerIOValidationException : CustomerIOException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="parameterName">The parameter (or attribute) that was refused.</param>
    /// <param name="message">What is wrong, and the limit that applies.</param>
    public CustomerIOValidationException(string parameterName, string message)
        : base($"{message} (Parameter '{parameterName}')")
    {
        ParameterName = parameterName;
    }

    /// <summary>Creates the exception for a size limit.</summary>
    /// <param name="parameterName">The parameter (or attribute) that was refused.</param>
    /// <param name="message">What is wrong, and the limit that applies.</param>
    /// <param name="limit">The limit, in the unit the message names (usually UTF-8 bytes).</param>
    /// <param name="actual">The size that was found, in the same unit.</param>
    public CustomerIOValidationException(string parameterName, string message, long limit, long actual)
        : this(parameterName, message)
    {
        Limit = limit;
        Actual = actual;
    }

    /// <summary>The parameter (or attribute) that was refused.</summary>
    public string ParameterName { get; }

    /// <summary>The limit that was exceeded, when a size limit applies.</summary>
    public long? Limit { get; }

    /// <summary>The size that was found, when a size limit applies.</summary>
    public long? Actual { get; }
}
