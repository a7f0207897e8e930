namespace CustomerIO.Webhooks;

/// <summary>Why <see cref="WebhookSignatureVerifier"/> refused a request (or <see cref="None"/> when it accepted it).</summary>
public enum WebhookRefusalReason
{
    /// <summary>Not refused: the signature matched a signing secret and the timestamp is within the tolerance.</summary>
    None = 0,

    /// <summary>The <c>X-CIO-Timestamp</c> header is missing or empty.</summary>
    MissingTimestamp,

    /// <summary>The <c>X-CIO-Signature</c> header is missing or empty.</summary>
    MissingSignature,

    /// <summary>The <c>X-CIO-Timestamp</c> header is not a whole number of Unix seconds.</summary>
    MalformedTimestamp,

    /// <summary>The <c>X-CIO-Signature</c> header is not 64 hexadecimal characters (an HMAC-SHA256).</summary>
    MalformedSignature,

    /// <summary>The signature matches none of the signing secrets: the body, the timestamp or the secret differs.</summary>
    WrongSignature,

    /// <summary>The signature matches, but the timestamp is older than the tolerance allows (a replay or a stuck queue).</summary>
    TooOld,

    /// <summary>The signature matches, but the timestamp is further in the future than the tolerance allows (a clock off).</summary>
    TooNew,
}
