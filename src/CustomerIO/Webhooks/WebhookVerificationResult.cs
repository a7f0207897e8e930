namespace CustomerIO.Webhooks;

/// <summary>
/// What <see cref="WebhookSignatureVerifier.Verify(string?, string?, ReadOnlySpan{byte})"/> decided: accepted, or
/// refused and why. The message names the header or the limit, never a secret, a signature or the body.
/// </summary>
public readonly struct WebhookVerificationResult : IEquatable<WebhookVerificationResult>
{
    private readonly string? _message;

    private WebhookVerificationResult(WebhookRefusalReason refusal, int secretIndex, string message)
    {
        Refusal = refusal;
        SecretIndex = secretIndex;
        _message = message;
    }

    /// <summary>Whether the request is authentic and fresh (never for a default-constructed result: it verified nothing).</summary>
    public bool IsValid => Refusal == WebhookRefusalReason.None && _message is not null;

    /// <summary>Why it was refused; <see cref="WebhookRefusalReason.None"/> when it was accepted.</summary>
    public WebhookRefusalReason Refusal { get; }

    /// <summary>
    /// The position, in the list the verifier was given, of the signing secret the signature matched; -1 when none
    /// did. While a secret is rotated this tells whether Customer.io still signs with the old one.
    /// </summary>
    public int SecretIndex { get; }

    /// <summary>A description for logs and answers: no secret, signature or body.</summary>
    public string Message => _message ?? "not verified";

    internal static WebhookVerificationResult Accepted(int secretIndex) =>
        new(WebhookRefusalReason.None, secretIndex, "accepted");

    internal static WebhookVerificationResult Refused(WebhookRefusalReason refusal, string message, int secretIndex = -1) =>
        new(refusal, secretIndex, message);

    /// <summary>Compares two results.</summary>
    /// <param name="left">One result.</param>
    /// <param name="right">The other.</param>
    public static bool operator ==(WebhookVerificationResult left, WebhookVerificationResult right) => left.Equals(right);

    /// <summary>Compares two results.</summary>
    /// <param name="left">One result.</param>
    /// <param name="right">The other.</param>
    public static bool operator !=(WebhookVerificationResult left, WebhookVerificationResult right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(WebhookVerificationResult other) =>
        Refusal == other.Refusal && SecretIndex == other.SecretIndex && string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is WebhookVerificationResult other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ((int)Refusal * 397) ^ SecretIndex;

    /// <inheritdoc/>
    public override string ToString() => IsValid ? $"accepted (secret {SecretIndex})" : $"{Refusal}: {Message}";
}
