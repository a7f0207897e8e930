using CustomerIO.Tests.Infrastructure;
using CustomerIO.Track;

namespace CustomerIO.Tests.Track;

/// <summary>Odd inputs and odd answers still end in the SDK's own exceptions (or refusals), never in raw ones.</summary>
public sealed class RobustnessTests
{
    private readonly RecordingHandler _handler = new();

    [Fact]
    public async Task An_unexpected_failure_of_the_http_stack_is_a_CustomerIOException_with_the_cause_inside()
    {
        var cause = new ObjectDisposedException("HttpClient");
        _handler.EnqueueException(cause);

        var error = await Assert.ThrowsAsync<CustomerIOException>(() => TestTrackClient.CreateWithoutRetries(_handler).DeletePersonAsync("42"));

        Assert.Same(cause, error.InnerException);
        Assert.Equal("DELETE /api/v1/customers/{identifier} failed: ObjectDisposedException.", error.Message);
    }

    [Fact]
    public async Task An_error_body_with_invalid_utf8_in_a_string_gives_no_messages_instead_of_throwing()
    {
        var body = "{\"meta\":{\"error\":\"bad \\xFF byte\"}}".Replace("\\xFF", "\u00FF", StringComparison.Ordinal);
        _handler.Enqueue(request =>
        {
            var bytes = Encoding.Latin1.GetBytes(body); // 0xFF alone: not UTF-8
            return new HttpResponseMessage(HttpStatusCode.BadRequest) { Content = new ByteArrayContent(bytes) };
        });

        var error = await Assert.ThrowsAsync<CustomerIOApiException>(() => TestTrackClient.CreateWithoutRetries(_handler).DeletePersonAsync("42"));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Empty(error.Errors);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public async Task A_number_json_cannot_hold_is_refused_before_sending(double value)
    {
        var client = TestTrackClient.CreateWithoutRetries(_handler);
        var data = new Dictionary<string, object?> { ["score"] = value };

        var error = await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.TrackAsync("42", "scored", data));
        await using var queue = new TrackQueue(client);
        var refused = queue.Track("42", "scored", data);

        Assert.Equal("data", error.ParameterName);
        // The SDK's own words, not the serializer's advice about its options.
        Assert.Equal("A number is NaN or infinite, which JSON cannot represent. (Parameter 'data')", error.Message);
        Assert.Equal(EnqueueStatus.Invalid, refused.Status);
        Assert.Equal(error.Message, refused.Message);
        Assert.Empty(_handler.Requests);
    }

    public static TheoryData<object> UnwritableValues => new() { typeof(string), new Widget() };

    [Theory]
    [MemberData(nameof(UnwritableValues))]
    public async Task A_value_whose_type_needs_reflection_is_refused_in_the_sdks_words(object value)
    {
        var client = TestTrackClient.CreateWithoutRetries(_handler);
        var data = new Dictionary<string, object?> { ["thing"] = value };

        var error = await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.TrackAsync("42", "made", data));

        Assert.Equal(
            "A value's type cannot be serialized without reflection. Use strings, numbers, booleans, DateTimeOffset, arrays, dictionaries or JsonElement values, or pass your own type with its JsonTypeInfo. (Parameter 'data')",
            error.Message);
        Assert.Null(error.InnerException); // the serializer's message names types and paths
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task A_server_message_that_quotes_personal_data_stays_out_of_the_exception_message()
    {
        _handler.Enqueue(400, """{"errors":[{"reason":"invalid","field":"email","message":"ann@example.com is not a valid address"}]}""");

        var error = await Assert.ThrowsAsync<CustomerIOApiException>(() => TestTrackClient.CreateWithoutRetries(_handler).DeletePersonAsync("42"));

        Assert.Equal("Customer.io answered 400 (BadRequest) to DELETE /api/v1/customers/{identifier} with 1 error (email (invalid)); see Errors.", error.Message);
        Assert.DoesNotContain("ann@", error.ToString(), StringComparison.Ordinal);
        Assert.Equal("ann@example.com is not a valid address", Assert.Single(error.Errors).Message);
    }

    [Fact]
    public void An_identifier_with_an_unpaired_surrogate_is_refused_instead_of_being_altered()
    {
        var error = Assert.Throws<CustomerIOValidationException>(() => PersonIdentifier.Id("user-\uD800"));

        Assert.Equal("The person identifier is not valid Unicode text (it has an unpaired surrogate). (Parameter 'identifier')", error.Message);
        Assert.Equal("user-\uD83D\uDE00", PersonIdentifier.Id("user-\uD83D\uDE00").Value);
    }

    [Fact]
    public async Task DateTime_values_are_sent_as_unix_seconds_like_DateTimeOffset()
    {
        var instant = new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);
        var data = new Dictionary<string, object?>
        {
            ["utc"] = instant.UtcDateTime,
            ["unspecified"] = DateTime.SpecifyKind(instant.UtcDateTime, DateTimeKind.Unspecified),
            ["local"] = instant.UtcDateTime.ToLocalTime(),
            ["offset"] = instant,
        };

        await TestTrackClient.Create(_handler).TrackAsync("42", "timed", data, new EventOptions { Id = "01J0000000000000000000000A" });

        Assert.Equal("""{"name":"timed","id":"01J0000000000000000000000A","data":{"utc":1795953600,"unspecified":1795953600,"local":1795953600,"offset":1795953600}}""", _handler.Single.Body);
    }

    /// <summary>A caller's type the SDK has no serialization metadata for.</summary>
    public sealed class Widget
    {
        /// <summary>Any property.</summary>
        public int Size { get; set; } = 3;
    }
}
