using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CustomerIO.Webhooks;

/// <summary>
/// Checks that a reporting webhook comes from Customer.io and is fresh: <c>X-CIO-Signature</c> must be the
/// lower-case hex HMAC-SHA256, keyed with one of the signing secrets, of <c>v0:{X-CIO-Timestamp}:{raw body}</c>
/// (compared in constant time), and <c>X-CIO-Timestamp</c> must be within the tolerance of now. Hash the body's
/// bytes exactly as received, never a re-serialized copy. Thread-safe; create one and share it.
/// </summary>
public sealed class WebhookSignatureVerifier
{
    /// <summary>The header carrying the Unix seconds the request was signed at.</summary>
    public const string TimestampHeader = "X-CIO-Timestamp";

    /// <summary>The header carrying the signature.</summary>
    public const string SignatureHeader = "X-CIO-Signature";

    private const int SignatureBytes = 32;

    // FromUnixTimeSeconds accepts up to 9999-12-31T23:59:59Z; anything longer than 12 digits is past it.
    private const int MaxTimestampDigits = 12;
    private const long MaxUnixSeconds = 253_402_300_799;

    private static readonly byte[] Version = Encoding.ASCII.GetBytes("v0:");

    private readonly byte[][] _keys;
    private readonly TimeProvider _time;

    /// <summary>Creates a verifier for one signing secret.</summary>
    /// <param name="signingSecret">The webhook's signing secret, from Customer.io's webhook settings.</param>
    /// <param name="options">The tolerance and the clock; null for the defaults.</param>
    /// <exception cref="CustomerIOValidationException">The secret is empty, or an option is out of range.</exception>
    public WebhookSignatureVerifier(string signingSecret, WebhookSignatureVerifierOptions? options = null)
        : this(new[] { signingSecret ?? throw new ArgumentNullException(nameof(signingSecret)) }, options)
    {
    }

    /// <summary>
    /// Creates a verifier that accepts a signature made with any of several secrets: while a secret is rotated,
    /// list the new one and the old one.
    /// </summary>
    /// <param name="signingSecrets">The signing secrets, newest first.</param>
    /// <param name="options">The tolerance and the clock; null for the defaults.</param>
    /// <exception cref="CustomerIOValidationException">No secret, an empty one, or an option out of range.</exception>
    public WebhookSignatureVerifier(IEnumerable<string> signingSecrets, WebhookSignatureVerifierOptions? options = null)
    {
        if (signingSecrets is null)
        {
            throw new ArgumentNullException(nameof(signingSecrets));
        }

        var keys = new List<byte[]>();
        foreach (var secret in signingSecrets)
        {
            if (string.IsNullOrWhiteSpace(secret))
            {
                // The position, never the value: a secret must not reach a message.
                throw new CustomerIOValidationException($"signingSecrets[{keys.Count}]", "A signing secret must not be empty.");
            }

            keys.Add(Encoding.UTF8.GetBytes(secret));
        }

        if (keys.Count == 0)
        {
            throw new CustomerIOValidationException(nameof(signingSecrets), "At least one signing secret is required.");
        }

        options ??= new WebhookSignatureVerifierOptions();
        if (options.Tolerance <= TimeSpan.Zero || options.Tolerance > WebhookSignatureVerifierOptions.MaxTolerance)
        {
            throw new CustomerIOValidationException(
                nameof(WebhookSignatureVerifierOptions.Tolerance),
                $"The timestamp tolerance must be more than 0 and at most {WebhookSignatureVerifierOptions.MaxTolerance}; it is {options.Tolerance}.");
        }

        _keys = keys.ToArray();
        _time = options.TimeProvider ?? throw new CustomerIOValidationException(nameof(WebhookSignatureVerifierOptions.TimeProvider), "The time provider must be set.");
        Tolerance = options.Tolerance;
    }

    /// <summary>How many signing secrets are accepted.</summary>
    public int SecretCount => _keys.Length;

    /// <summary>How far the timestamp may be from now, either way.</summary>
    public TimeSpan Tolerance { get; }

    /// <summary>Checks one request.</summary>
    /// <param name="timestamp">The <c>X-CIO-Timestamp</c> header's value, as received (null when absent).</param>
    /// <param name="signature">The <c>X-CIO-Signature</c> header's value, as received (null when absent).</param>
    /// <param name="body">The raw request body, byte for byte.</param>
    /// <returns>Accepted, or refused and why.</returns>
    public WebhookVerificationResult Verify(string? timestamp, string? signature, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(timestamp))
        {
            return WebhookVerificationResult.Refused(WebhookRefusalReason.MissingTimestamp, $"the {TimestampHeader} header is missing.");
        }

        if (string.IsNullOrEmpty(signature))
        {
            return WebhookVerificationResult.Refused(WebhookRefusalReason.MissingSignature, $"the {SignatureHeader} header is missing.");
        }

        if (!TryParseSeconds(timestamp!, out var seconds))
        {
            return WebhookVerificationResult.Refused(WebhookRefusalReason.MalformedTimestamp, $"the {TimestampHeader} header is not a whole number of Unix seconds.");
        }

        Span<byte> presented = stackalloc byte[SignatureBytes];
        if (!TryDecodeHex(signature.AsSpan(), presented))
        {
            return WebhookVerificationResult.Refused(WebhookRefusalReason.MalformedSignature, $"the {SignatureHeader} header is not {SignatureBytes * 2} hexadecimal characters.");
        }

        var matched = Match(timestamp!, body, presented);
        if (matched < 0)
        {
            return WebhookVerificationResult.Refused(WebhookRefusalReason.WrongSignature, $"the {SignatureHeader} header matches none of the signing secrets.");
        }

        var age = _time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (age > Tolerance)
        {
            return WebhookVerificationResult.Refused(WebhookRefusalReason.TooOld, $"the {TimestampHeader} is {Describe(age)} old; at most {Describe(Tolerance)} is accepted.", matched);
        }

        if (-age > Tolerance)
        {
            return WebhookVerificationResult.Refused(WebhookRefusalReason.TooNew, $"the {TimestampHeader} is {Describe(-age)} in the future; at most {Describe(Tolerance)} is accepted.", matched);
        }

        return WebhookVerificationResult.Accepted(matched);
    }

    /// <summary>The index of the first secret whose signature equals <paramref name="presented"/>, or -1.</summary>
    private int Match(string timestamp, ReadOnlySpan<byte> body, ReadOnlySpan<byte> presented)
    {
        // The signed message once: "v0:" + timestamp + ":" + body. The timestamp is ASCII digits (checked above).
        var length = Version.Length + timestamp.Length + 1 + body.Length;
        var message = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            Version.CopyTo(message, 0);
            var at = Version.Length;
            for (var i = 0; i < timestamp.Length; i++)
            {
                message[at++] = (byte)timestamp[i];
            }

            message[at++] = (byte)':';
            body.CopyTo(message.AsSpan(at));
            Span<byte> expected = stackalloc byte[SignatureBytes];
            for (var k = 0; k < _keys.Length; k++)
            {
                Sign(_keys[k], message, length, expected);
                if (ConstantTime.AreEqual(expected, presented))
                {
                    return k;
                }
            }

            return -1;
        }
        finally
        {
            // The body may hold personal data: do not leave it in a shared buffer.
            ArrayPool<byte>.Shared.Return(message, clearArray: true);
        }
    }

    private static void Sign(byte[] key, byte[] message, int length, Span<byte> destination)
    {
#if NET8_0_OR_GREATER
        HMACSHA256.HashData(key, message.AsSpan(0, length), destination);
#else
        using var hmac = new HMACSHA256(key);
        hmac.ComputeHash(message, 0, length).AsSpan().CopyTo(destination);
#endif
    }

    private static bool TryParseSeconds(string text, out long seconds)
    {
        seconds = 0;
        if (text.Length > MaxTimestampDigits)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            seconds = (seconds * 10) + (c - '0');
        }

        return seconds <= MaxUnixSeconds;
    }

    private static bool TryDecodeHex(ReadOnlySpan<char> text, Span<byte> destination)
    {
        if (text.Length != destination.Length * 2)
        {
            return false;
        }

        for (var i = 0; i < destination.Length; i++)
        {
            var high = HexValue(text[2 * i]);
            var low = HexValue(text[(2 * i) + 1]);
            if ((high | low) < 0)
            {
                return false;
            }

            destination[i] = (byte)((high << 4) | low);
        }

        return true;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private static string Describe(TimeSpan span) =>
        span.TotalSeconds < 1 ? "under a second" : ((long)span.TotalSeconds).ToString(CultureInfo.InvariantCulture) + " s";
}
