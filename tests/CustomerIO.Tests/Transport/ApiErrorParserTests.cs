using CustomerIO.Transport;

namespace CustomerIO.Tests.Transport;

/// <summary>
/// Every error shape Customer.io answers, and every way a body can fail to be one: the parser keeps what it can
/// read and never throws.
/// </summary>
public sealed class ApiErrorParserTests
{
    private static List<(string Message, string? Reason, string? Field, int? BatchIndex)> Parse(string json) =>
        Parse(Encoding.UTF8.GetBytes(json));

    private static List<(string Message, string? Reason, string? Field, int? BatchIndex)> Parse(byte[] body) =>
        ApiErrorParser.Parse(body).Select(e => (e.Message, e.Reason, e.Field, e.BatchIndex)).ToList();

    [Fact]
    public void Meta_error_is_one_message()
    {
        Assert.Equal([("bad", null, null, null)], Parse("""{"meta":{"error":"bad"}}"""));
    }

    [Fact]
    public void Meta_errors_holds_messages_and_may_hold_objects_or_other_values()
    {
        Assert.Equal(
            [("a", null, null, null), ("b", null, null, null), ("m", "r", "f", 2), ("42", null, null, null), ("[1]", null, null, null)],
            Parse("""{"meta":{"errors":["a","b",{"message":"m","reason":"r","field":"f","batch_index":2},42,[1]]}}"""));
    }

    [Fact]
    public void Meta_error_comes_before_meta_errors_and_both_before_top_level_errors()
    {
        Assert.Equal(
            [("one", null, null, null), ("two", null, null, null), ("three", null, null, null)],
            Parse("""{"errors":[{"message":"three"}],"meta":{"errors":["two"],"error":"one"}}"""));
    }

    [Fact]
    public void Top_level_errors_carry_reason_field_and_batch_index()
    {
        Assert.Equal(
            [("is required", "required", "identifiers.email", 3), ("too long", "invalid", null, 0)],
            Parse("""{"errors":[{"reason":"required","field":"identifiers.email","message":"is required","batch_index":3},{"reason":"invalid","message":"too long","batch_index":0}]}"""));
    }

    [Fact]
    public void Detail_is_the_message_when_there_is_no_message_and_a_plain_string_is_its_own_message()
    {
        Assert.Equal(
            [("Not found", null, null, null), ("plain", null, null, null), ("message wins", null, null, null)],
            Parse("""{"errors":[{"detail":"Not found","status":"404"},"plain",{"message":"message wins","detail":"d"}]}"""));
    }

    [Fact]
    public void An_error_object_without_message_or_detail_has_an_empty_message()
    {
        Assert.Equal([(string.Empty, "required", "email", null)], Parse("""{"errors":[{"reason":"required","field":"email"}]}"""));
    }

    [Fact]
    public void A_top_level_error_that_is_not_an_object_or_string_is_its_raw_json()
    {
        Assert.Equal([("42", null, null, null), ("null", null, null, null), ("true", null, null, null)], Parse("""{"errors":[42,null,true]}"""));
    }

    [Fact]
    public void Fields_of_the_wrong_json_kind_are_left_out_and_the_rest_is_kept()
    {
        Assert.Equal(
            [("d", null, null, null), ("m", null, null, null), ("n", null, null, null)],
            Parse("""{"errors":[{"message":5,"detail":"d","reason":7,"field":null,"batch_index":"2"},{"message":"m","batch_index":2.5},{"message":"n","batch_index":3000000000}]}"""));
    }

    [Theory]
    [InlineData("""{"meta":"oops","errors":[{"message":"kept"}]}""")]
    [InlineData("""{"meta":["oops"],"errors":[{"message":"kept"}]}""")]
    [InlineData("""{"meta":{"error":5},"errors":[{"message":"kept"}]}""")]
    [InlineData("""{"meta":{"error":{"message":"no"}},"errors":[{"message":"kept"}]}""")]
    [InlineData("""{"meta":{"errors":"not a list"},"errors":[{"message":"kept"}]}""")]
    [InlineData("""{"meta":{"errors":{"0":"not a list"}},"errors":[{"message":"kept"}]}""")]
    [InlineData("""{"meta":{"error":"kept","errors":"not a list"}}""")]
    [InlineData("""{"meta":{"error":"kept"},"errors":"not a list"}""")]
    [InlineData("""{"meta":{"error":"kept"},"errors":{"message":"not a list"}}""")]
    public void Meta_and_errors_of_the_wrong_json_kind_are_ignored_without_losing_the_other_errors(string json)
    {
        Assert.Equal([("kept", null, null, null)], Parse(json));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("""{"meta":{"error":"cut off""")]
    [InlineData("[]")]
    [InlineData("""[{"message":"an array is no error shape"}]""")]
    [InlineData("\"meta\"")]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("""{"meta":{},"errors":[]}""")]
    [InlineData("""{"error":"not a documented shape"}""")]
    public void A_body_that_is_no_error_shape_gives_no_errors(string body)
    {
        Assert.Empty(Parse(body));
    }

    [Fact]
    public void A_body_whose_strings_are_not_valid_utf8_gives_no_errors()
    {
        var body = Encoding.UTF8.GetBytes("""{"meta":{"error":"ab"}}""");
        body[Array.IndexOf(body, (byte)'a')] = 0xFF;

        Assert.Empty(Parse(body));
    }
}
