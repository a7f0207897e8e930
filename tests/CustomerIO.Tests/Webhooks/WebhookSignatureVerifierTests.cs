using System.IO;
using CustomerIO.Tests.Infrastructure;
using CustomerIO.Webhooks;
using Microsoft.Extensions.Time.Testing;

namespace CustomerIO.Tests.Webhooks;

/// <summary>Every refusal reason with its exact message, the tolerance's boundaries on a fake clock, and rotation.</summary>
public sealed class WebhookSignatureVerifierTests
{
    private const string Secret = "whsec-current";
    private const string OldSecret = "whsec-previous";
    private const long Now = 1_800_000_000;
    private const string Body = """{"event_id":"e1","object_type":"email","metric":"opened","timestamp":1800000000,"data":{"recipient":"ada@example.com"}}""";
    private readonly FakeTimeProvider _time = new(DateTimeOffset.FromUnixTimeSeconds(Now));

    public static TheoryData<string?, string?, WebhookRefusalReason, string> Refusals => new()
    {
        { null, "ab", WebhookRefusalReason.MissingTimestamp, "the X-CIO-Timestamp header is missing." },
        { "", "ab", WebhookRefusalReason.MissingTimestamp, "the X-CIO-Timestamp header is missing." },
        { "1800000000", null, WebhookRefusalReason.MissingSignature, "the X-CIO-Signature header is missing." },
        { "1800000000", "", WebhookRefusalReason.MissingSignature, "the X-CIO-Signature header is missing." },
        { "18000000.5", "ab", WebhookRefusalReason.MalformedTimestamp, "the X-CIO-Timestamp header is not a whole number of Unix seconds." },
        { "-1800000000", "ab", WebhookRefusalReason.MalformedTimestamp, "the X-CIO-Timestamp header is not a whole number of Unix seconds." },
        { "2024-01-01T00:00:00Z", "ab", WebhookRefusalReason.MalformedTimestamp, "the X-CIO-Timestamp header is not a whole number of Unix seconds." },
        { "9999999999999", "ab", WebhookRefusalReason.MalformedTimestamp, "the X-CIO-Timestamp header is not a whole number of Unix seconds." },
        { "1800000000", "ab", WebhookRefusalReason.MalformedSignature, "the X-CIO-Signature header is not 64 hexadecimal characters." },
        { "1800000000", new string('g', 64), WebhookRefusalReason.MalformedSignature, "the X-CIO-Signature header is not 64 hexadecimal characters." },
        { "1800000000", "sha256=" + new string('a', 64), WebhookRefusalReason.MalformedSignature, "the X-CIO-Signature header is not 64 hexadecimal characters." },
        { "1800000000", new string('a', 64), WebhookRefusalReason.WrongSignature, "the X-CIO-Signature header matches none of the signing secrets." },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Each_refusal_says_why_without_the_secret_or_the_body(string? timestamp, string? signature, WebhookRefusalReason reason, string message)
    {
        var result = Verifier().Verify(timestamp, signature, Encoding.UTF8.GetBytes(Body));

        Assert.Equal((false, reason, -1, message), (result.IsValid, result.Refusal, result.SecretIndex, result.Message));
        Assert.Equal($"{reason}: {message}", result.ToString());
        AssertNoSecrets(result);
    }

    [Fact]
    public void A_tampered_body_is_a_wrong_signature()
    {
        var signature = WebhookSigning.Sign(Secret, "1800000000", Body);

        var result = Verifier().Verify("1800000000", signature, Encoding.UTF8.GetBytes(Body.Replace("opened", "clicked", StringComparison.Ordinal)));

        Assert.Equal(WebhookRefusalReason.WrongSignature, result.Refusal);
        AssertNoSecrets(result);
    }

    [Fact]
    public void A_signature_over_another_timestamp_is_a_wrong_signature()
    {
        var signature = WebhookSigning.Sign(Secret, "1800000000", Body);

        Assert.Equal(WebhookRefusalReason.WrongSignature, Verifier().Verify("1800000001", signature, Encoding.UTF8.GetBytes(Body)).Refusal);
    }

    [Theory]
    [InlineData(-300, WebhookRefusalReason.None, "accepted")]
    [InlineData(-301, WebhookRefusalReason.TooOld, "the X-CIO-Timestamp is 301 s old; at most 300 s is accepted.")]
    [InlineData(300, WebhookRefusalReason.None, "accepted")]
    [InlineData(301, WebhookRefusalReason.TooNew, "the X-CIO-Timestamp is 301 s in the future; at most 300 s is accepted.")]
    [InlineData(0, WebhookRefusalReason.None, "accepted")]
    [InlineData(-86_400, WebhookRefusalReason.TooOld, "the X-CIO-Timestamp is 86400 s old; at most 300 s is accepted.")]
    public void The_default_tolerance_is_five_minutes_either_way_inclusive(int offsetSeconds, WebhookRefusalReason reason, string message)
    {
        var timestamp = (Now + offsetSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var result = Verifier().Verify(timestamp, WebhookSigning.Sign(Secret, timestamp, Body), Encoding.UTF8.GetBytes(Body));

        Assert.Equal((reason, message, 0), (result.Refusal, result.Message, result.SecretIndex));
    }

    [Fact]
    public void The_clock_is_read_at_each_call_and_a_configured_tolerance_applies()
    {
        var verifier = new WebhookSignatureVerifier(Secret, new WebhookSignatureVerifierOptions { Tolerance = TimeSpan.FromSeconds(30), TimeProvider = _time });
        var signature = WebhookSigning.Sign(Secret, "1800000000", Body);

        Assert.True(verifier.Verify("1800000000", signature, Encoding.UTF8.GetBytes(Body)).IsValid);
        _time.Advance(TimeSpan.FromSeconds(30));
        Assert.True(verifier.Verify("1800000000", signature, Encoding.UTF8.GetBytes(Body)).IsValid);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(
            (WebhookRefusalReason.TooOld, "the X-CIO-Timestamp is 30 s old; at most 30 s is accepted."),
            (verifier.Verify("1800000000", signature, Encoding.UTF8.GetBytes(Body)).Refusal, verifier.Verify("1800000000", signature, Encoding.UTF8.GetBytes(Body)).Message));
    }

    [Fact]
    public void A_stale_request_with_a_wrong_signature_is_reported_as_a_wrong_signature()
    {
        // The signature is checked first: "too old" is only said of an authentic request (a replay).
        var result = Verifier().Verify("1700000000", new string('0', 64), Encoding.UTF8.GetBytes(Body));

        Assert.Equal(WebhookRefusalReason.WrongSignature, result.Refusal);
    }

    [Fact]
    public void During_a_rotation_the_new_and_the_old_secret_are_accepted_and_the_result_says_which()
    {
        var verifier = Verifier();

        var byNew = verifier.Verify("1800000000", WebhookSigning.Sign(Secret, "1800000000", Body), Encoding.UTF8.GetBytes(Body));
        var byOld = verifier.Verify("1800000000", WebhookSigning.Sign(OldSecret, "1800000000", Body), Encoding.UTF8.GetBytes(Body));
        var byNeither = verifier.Verify("1800000000", WebhookSigning.Sign("whsec-retired", "1800000000", Body), Encoding.UTF8.GetBytes(Body));

        Assert.Equal((true, 0), (byNew.IsValid, byNew.SecretIndex));
        Assert.Equal((true, 1), (byOld.IsValid, byOld.SecretIndex));
        Assert.Equal((WebhookRefusalReason.WrongSignature, -1), (byNeither.Refusal, byNeither.SecretIndex));
        Assert.Equal("accepted (secret 1)", byOld.ToString());
        Assert.Equal(2, verifier.SecretCount);
    }

    [Fact]
    public void Bad_settings_are_refused_naming_them_and_never_showing_a_secret()
    {
        var empty = Assert.Throws<CustomerIOValidationException>(() => new WebhookSignatureVerifier(Array.Empty<string>()));
        var blank = Assert.Throws<CustomerIOValidationException>(() => new WebhookSignatureVerifier(["whsec-kept-private", " "]));
        var zero = Assert.Throws<CustomerIOValidationException>(() => new WebhookSignatureVerifier("whsec-kept-private", new WebhookSignatureVerifierOptions { Tolerance = TimeSpan.Zero }));
        var tooLong = Assert.Throws<CustomerIOValidationException>(() => new WebhookSignatureVerifier("whsec-kept-private", new WebhookSignatureVerifierOptions { Tolerance = TimeSpan.FromDays(2) }));

        Assert.Equal(("signingSecrets", "At least one signing secret is required. (Parameter 'signingSecrets')"), (empty.ParameterName, empty.Message));
        Assert.Equal(("signingSecrets[1]", "A signing secret must not be empty. (Parameter 'signingSecrets[1]')"), (blank.ParameterName, blank.Message));
        Assert.Equal("The timestamp tolerance must be more than 0 and at most 1.00:00:00; it is 00:00:00. (Parameter 'Tolerance')", zero.Message);
        Assert.Equal("The timestamp tolerance must be more than 0 and at most 1.00:00:00; it is 2.00:00:00. (Parameter 'Tolerance')", tooLong.Message);
        Assert.Throws<ArgumentNullException>(() => new WebhookSignatureVerifier((string)null!));
        Assert.DoesNotContain("kept-private", blank.Message + zero.Message + tooLong.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_default_result_is_not_a_valid_one()
    {
        var result = default(WebhookVerificationResult);

        Assert.Equal((false, "not verified"), (result.IsValid, result.Message));
    }

    [Fact]
    public void The_options_describe_themselves()
    {
        Assert.Equal("WebhookSignatureVerifierOptions(Tolerance=00:05:00)", new WebhookSignatureVerifierOptions().ToString());
    }

    [Theory]
    [InlineData(new byte[0], new byte[0], true)]
    [InlineData(new byte[] { 1, 2, 3 }, new byte[] { 1, 2, 3 }, true)]
    [InlineData(new byte[] { 1, 2, 3 }, new byte[] { 0, 2, 3 }, false)]
    [InlineData(new byte[] { 1, 2, 3 }, new byte[] { 1, 2, 4 }, false)]
    [InlineData(new byte[] { 1, 2, 3 }, new byte[] { 1, 2 }, false)]
    [InlineData(new byte[] { 0x80 }, new byte[] { 0x00 }, false)]
    public void The_netstandard_comparison_and_the_framework_one_agree(byte[] left, byte[] right, bool equal)
    {
        Assert.Equal(equal, ConstantTime.FallbackEquals(left, right));
        Assert.Equal(equal, ConstantTime.AreEqual(left, right));
    }

    [Fact]
    public void Signatures_are_compared_only_through_the_constant_time_comparison()
    {
        // A reviewer's guard: the verifier's source compares through ConstantTime and has no early-exit comparison
        // (SequenceEqual, string equality on the hex) that would leak how much of a forged signature was right.
        var source = File.ReadAllText(Path.Combine(Repository.Root, "src", "CustomerIO", "Webhooks", "WebhookSignatureVerifier.cs"));
        var fallback = File.ReadAllText(Path.Combine(Repository.Root, "src", "CustomerIO", "Webhooks", "ConstantTime.cs"));

        Assert.Contains("ConstantTime.AreEqual(expected, presented)", source, StringComparison.Ordinal);
        Assert.DoesNotContain("SequenceEqual", source, StringComparison.Ordinal);
        Assert.DoesNotContain("string.Equals", source, StringComparison.Ordinal);
        Assert.Contains("CryptographicOperations.FixedTimeEquals", fallback, StringComparison.Ordinal);
    }

    private WebhookSignatureVerifier Verifier() =>
        new([Secret, OldSecret], new WebhookSignatureVerifierOptions { TimeProvider = _time });

    private static void AssertNoSecrets(WebhookVerificationResult result)
    {
        foreach (var text in new[] { result.Message, result.ToString() })
        {
            Assert.DoesNotContain("whsec", text, StringComparison.Ordinal);
            Assert.DoesNotContain("ada@example.com", text, StringComparison.Ordinal);
            Assert.DoesNotContain("event_id", text, StringComparison.Ordinal);
        }
    }
}
