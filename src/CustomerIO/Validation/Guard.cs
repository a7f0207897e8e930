using System.Text;

namespace CustomerIO.Validation;

/// <summary>Checks input against Customer.io's limits and throws <see cref="CustomerIOValidationException"/>.</summary>
internal static class Guard
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Whether <see cref="Text"/> would accept the value, without throwing.</summary>
    public static bool IsValidText(string? value, int maxBytes)
    {
        if (value is null || string.IsNullOrWhiteSpace(value) || HasLoneSurrogate(value))
        {
            return false;
        }

        return value.Length * 3 <= maxBytes || Utf8.GetByteCount(value) <= maxBytes;
    }

    /// <summary>A required text that must be non-empty and at most <paramref name="maxBytes"/> UTF-8 bytes.</summary>
    public static void Text(string? value, string parameterName, int maxBytes, string what)
    {
        if (value is null)
        {
            throw new ArgumentNullException(parameterName);
        }

        if (value.Length == 0 || string.IsNullOrWhiteSpace(value))
        {
            throw new CustomerIOValidationException(parameterName, $"The {what} must not be empty.");
        }

        MaxBytes(value, parameterName, maxBytes, what);
    }

    /// <summary>A text of at most <paramref name="maxBytes"/> UTF-8 bytes.</summary>
    public static void MaxBytes(string value, string parameterName, int maxBytes, string what)
    {
        // Fast path: no string of n chars has more than 3n UTF-8 bytes; only a lone surrogate needs looking for.
        if (value.Length * 3 <= maxBytes)
        {
            if (HasLoneSurrogate(value))
            {
                throw new CustomerIOValidationException(parameterName, $"The {what} is not valid Unicode text (it has an unpaired surrogate).");
            }

            return;
        }

        int bytes;
        try
        {
            bytes = Utf8.GetByteCount(value);
        }
        catch (EncoderFallbackException)
        {
            throw new CustomerIOValidationException(parameterName, $"The {what} is not valid Unicode text (it has an unpaired surrogate).");
        }

        if (bytes > maxBytes)
        {
            throw TooLarge(parameterName, what, maxBytes, bytes);
        }
    }

    /// <summary>Whether the text holds a surrogate without its pair (it would be sent as U+FFFD, a different value).</summary>
    private static bool HasLoneSurrogate(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A non-empty text with no length limit beyond being present.</summary>
    public static void NotEmpty(string? value, string parameterName, string what)
    {
        if (value is null)
        {
            throw new ArgumentNullException(parameterName);
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            throw new CustomerIOValidationException(parameterName, $"The {what} must not be empty.");
        }
    }

    /// <summary>
    /// A percent-encoded path segment. <c>.</c> and <c>..</c> are refused: percent-encoding leaves dots alone (and
    /// <see cref="Uri"/> decodes <c>%2E</c>), so they would resolve to another path, such as another endpoint.
    /// </summary>
    public static string PathSegment(string escaped, string parameterName, string what)
    {
        if (escaped is "." or "..")
        {
            throw new CustomerIOValidationException(parameterName, $"The {what} cannot be '.' or '..' in a URL path.");
        }

        return escaped;
    }

    /// <summary>
    /// A caller-given event id: a ULID (26 characters of Crockford's base 32, case-insensitive, the first at most
    /// <c>7</c>), which is what Customer.io de-duplicates events by.
    /// </summary>
    public static void Ulid(string? value, string parameterName)
    {
        NotEmpty(value, parameterName, "event id");
        if (!IsUlid(value!))
        {
            // The id is not quoted: callers sometimes derive it from personal data.
            throw new CustomerIOValidationException(
                parameterName,
                $"The event id must be a ULID: 26 characters of Crockford's base 32 (0-9 and A-Z without I, L, O and U), the first at most 7; this one has {value!.Length} characters and is not.");
        }
    }

    /// <summary>Whether the text is a ULID.</summary>
    private static bool IsUlid(string value)
    {
        if (value.Length != 26 || value[0] > '7')
        {
            return false;
        }

        foreach (var c in value)
        {
            var upper = c is >= 'a' and <= 'z' ? (char)(c - 32) : c;
            if (!(upper is >= '0' and <= '9' || (upper is >= 'A' and <= 'Z' && upper is not ('I' or 'L' or 'O' or 'U'))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A time Customer.io takes as Unix seconds: not before 1970-01-01 UTC. An earlier one (such as a
    /// <c>default</c> or <see cref="DateTimeOffset.MinValue"/> left unset by mistake) is refused rather than sent as
    /// a negative number.
    /// </summary>
    public static void Timestamp(DateTimeOffset? value, string parameterName)
    {
        if (value is { } time && time < DateTimeOffset.FromUnixTimeSeconds(0))
        {
            throw new CustomerIOValidationException(
                parameterName,
                "The time is before 1970-01-01T00:00:00Z; Customer.io takes times as Unix seconds, which start there.");
        }
    }

    /// <summary>The error for a value over a byte limit.</summary>
    public static CustomerIOValidationException TooLarge(string parameterName, string what, long limit, long actual) =>
        new(parameterName, $"The {what} is {actual} bytes; Customer.io allows at most {limit} bytes of UTF-8.", limit, actual);
}
