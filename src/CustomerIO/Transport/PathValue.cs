using CustomerIO.Validation;

namespace CustomerIO.Transport;

/// <summary>
/// One value for a placeholder of an <see cref="ApiOperation"/>'s path template, not yet escaped: the raw text and
/// the parameter it came from, so that a value the path cannot carry is refused naming that parameter.
/// </summary>
internal readonly struct PathValue
{
    /// <summary>Wraps a value that has already been checked for presence.</summary>
    /// <param name="raw">The text as the API knows it (unescaped).</param>
    /// <param name="parameterName">The public parameter it came from, for a validation error.</param>
    /// <param name="what">What the value is, in words, for a validation error.</param>
    public PathValue(string raw, string parameterName, string what)
    {
        Raw = raw;
        ParameterName = parameterName;
        What = what;
    }

    /// <summary>The unescaped text.</summary>
    public string Raw { get; }

    /// <summary>The public parameter the value came from.</summary>
    public string ParameterName { get; }

    /// <summary>What the value is, in words.</summary>
    public string What { get; }

    /// <summary>A caller's text: it must be present and not blank.</summary>
    /// <param name="value">The text.</param>
    /// <param name="parameterName">The public parameter it came from.</param>
    /// <param name="what">What it is, for example <c>device token</c>.</param>
    /// <returns>The value.</returns>
    public static PathValue Text(string? value, string parameterName, string what)
    {
        Guard.NotEmpty(value, parameterName, what);
        return new PathValue(value!, parameterName, what);
    }

    /// <summary>A number, written with the invariant culture.</summary>
    /// <param name="value">The number.</param>
    /// <param name="parameterName">The public parameter it came from.</param>
    /// <returns>The value.</returns>
    public static PathValue Number(long value, string parameterName) =>
        new(value.ToString(System.Globalization.CultureInfo.InvariantCulture), parameterName, parameterName);
}
