using CustomerIO.Validation;

namespace CustomerIO.Tests.Validation;

/// <summary>
/// <see cref="Guard"/> on its own: each check at its boundary, on both the fast path (short texts, where only a lone
/// surrogate needs looking for) and the counted path, with the exact error it gives.
/// </summary>
public sealed class GuardTests
{
    [Fact]
    public void Text_refuses_null_as_an_argument_error_and_blank_as_a_validation_error()
    {
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => Guard.Text(null, "name", 10, "event name")).ParamName);

        foreach (var blank in new[] { string.Empty, " ", "\t\n" })
        {
            var error = Assert.Throws<CustomerIOValidationException>(() => Guard.Text(blank, "name", 10, "event name"));
            Assert.Equal("name", error.ParameterName);
            Assert.Equal("The event name must not be empty. (Parameter 'name')", error.Message);
            Assert.Null(error.Limit);
        }
    }

    [Fact]
    public void NotEmpty_refuses_null_as_an_argument_error_and_blank_as_a_validation_error()
    {
        Assert.Equal("token", Assert.Throws<ArgumentNullException>(() => Guard.NotEmpty(null, "token", "device token")).ParamName);

        var error = Assert.Throws<CustomerIOValidationException>(() => Guard.NotEmpty(" ", "token", "device token"));
        Assert.Equal("token", error.ParameterName);
        Assert.Equal("The device token must not be empty. (Parameter 'token')", error.Message);

        Guard.NotEmpty(new string('x', 100_000), "token", "device token");
    }

    [Theory]
    [InlineData("ab", 6)] // fast path: 2 chars can never be more than 6 bytes
    [InlineData("abcdef", 6)] // counted path, exactly at the limit
    [InlineData("ééé", 6)]
    [InlineData("😀😀", 8)] // 4 chars, 8 bytes: counted, at the limit
    [InlineData("😀", 4)]
    public void A_text_at_the_byte_limit_passes(string value, int maxBytes)
    {
        Guard.Text(value, "name", maxBytes, "event name");
        Guard.MaxBytes(value, "name", maxBytes, "event name");
    }

    [Theory]
    [InlineData("abcdefg", 6, 7)]
    [InlineData("éééa", 6, 7)]
    [InlineData("😀😀a", 8, 9)]
    [InlineData("日日日", 8, 9)]
    public void A_text_one_byte_over_the_limit_is_refused_with_the_limit_and_its_size(string value, int maxBytes, int bytes)
    {
        var error = Assert.Throws<CustomerIOValidationException>(() => Guard.MaxBytes(value, "name", maxBytes, "event name"));

        Assert.Equal("name", error.ParameterName);
        Assert.Equal($"The event name is {bytes} bytes; Customer.io allows at most {maxBytes} bytes of UTF-8. (Parameter 'name')", error.Message);
        Assert.Equal(maxBytes, error.Limit);
        Assert.Equal(bytes, error.Actual);
    }

    [Fact]
    public void A_lone_surrogate_is_refused_on_the_fast_and_the_counted_path()
    {
        // Built in code: attribute arguments are stored as UTF-8, which cannot hold a lone surrogate.
        const string Expected = "The attribute value is not valid Unicode text (it has an unpaired surrogate). (Parameter 'value')";
        string[] values =
        [
            "\ud800",
            "a\ud800",
            "\ud800a",
            "\udc00",
            "a\udc00b",
            "\ude00\ud83d", // a pair in the wrong order
            "\ud83d\ude00\ude00", // a pair, then a lone low surrogate
            "\ud83d\ud83d\ude00", // a lone high surrogate, then a pair
        ];

        foreach (var value in values)
        {
            // 1000 bytes allowed: the fast path. One byte less than 3 a char: the counted path.
            var fast = Assert.Throws<CustomerIOValidationException>(() => Guard.MaxBytes(value, "value", 1000, "attribute value"));
            var counted = Assert.Throws<CustomerIOValidationException>(() => Guard.MaxBytes(value, "value", (value.Length * 3) - 1, "attribute value"));

            Assert.Equal(Expected, fast.Message);
            Assert.Equal(Expected, counted.Message);
            Assert.Null(fast.Limit);
            Assert.Null(counted.Limit);
        }
    }

    [Theory]
    [InlineData("\ud83d\ude00")]
    [InlineData("a\ud83d\ude00b\ud83d\ude00")]
    [InlineData("日本")]
    public void Surrogate_pairs_and_other_text_pass_the_fast_path(string value)
    {
        Guard.MaxBytes(value, "value", 1000, "attribute value");
    }

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    public void A_path_segment_of_dots_is_refused_because_it_would_resolve_to_another_path(string segment)
    {
        var error = Assert.Throws<CustomerIOValidationException>(() => Guard.PathSegment(segment, "identifier", "person identifier"));

        Assert.Equal("identifier", error.ParameterName);
        Assert.Equal("The person identifier cannot be '.' or '..' in a URL path. (Parameter 'identifier')", error.Message);
    }

    [Theory]
    [InlineData("...")]
    [InlineData(".a")]
    [InlineData("a..")]
    [InlineData("%2E")]
    [InlineData("a")]
    public void Any_other_path_segment_is_answered_unchanged(string segment)
    {
        Assert.Equal(segment, Guard.PathSegment(segment, "identifier", "person identifier"));
    }
}
