using System.Text;
using System.Text.Json;
using CustomerIO.Emulator.App;
using CustomerIO.Emulator.App.Reads;
using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.Tests.Hosting;

/// <summary>
/// The one handler style: replies write their record bodies with a known length, as <c>application/json</c>, with
/// readable escaping, in declaration order; the shared wire shapes are exact.
/// </summary>
public sealed class ReplyTests
{
    [Fact]
    public async Task Shared_replies_write_the_exact_wire_shapes()
    {
        Assert.Equal(Json(200, "{}"), await Execute(Replies.Ok));
        Assert.Equal(Json(429, """{"meta":{"error":"rate limit exceeded"}}"""), await Execute(Replies.MetaError(429, "rate limit exceeded")));
        Assert.Equal(Json(400, """{"meta":{"errors":["é \"x\" <>"]}}"""), await Execute(Replies.MetaErrors(400, "é \"x\" <>")));
        Assert.Equal(
            Json(400, """{"errors":[{"reason":"required","field":"name","message":"name is required"}]}"""),
            await Execute(Replies.V2Error(400, new OperationError("required", "name", "name is required"))));
        Assert.Equal(
            Json(207, """{"errors":[{"batch_index":3,"reason":"invalid","field":"type","message":"m"},{"reason":"too_large","field":"batch","message":"n"}]}"""),
            await Execute(Replies.V2Errors(207, [(3, new OperationError("invalid", "type", "m")), (null, new OperationError("too_large", "batch", "n"))])));
    }

    [Fact]
    public async Task No_content_has_neither_body_nor_content_type()
    {
        Assert.Equal((204, (string?)null, (long?)null, ""), await Execute(Replies.NoContent));
    }

    [Fact]
    public void A_fixed_reply_is_serialized_once_and_shared()
    {
        // Track ingestion answers every accepted call with this instance: no per-request body or reply allocation.
        Assert.Same(Replies.Ok, Replies.Ok);
        Assert.Same(Replies.NoContent, Replies.NoContent);
    }

    [Theory]
    [InlineData("7", "7")]
    [InlineData("007", "7")]
    [InlineData("welcome", "\"welcome\"")]
    [InlineData("-1", "\"-1\"")]
    [InlineData("1.5", "\"1.5\"")]
    public void Ids_stored_as_text_answer_as_numbers_when_they_are_digits(string stored, string written)
    {
        var json = JsonSerializer.Serialize(new SegmentAnswer(SegmentBody.Of(stored)), AppJsonContext.Default.SegmentAnswer);

        Assert.StartsWith("{\"segment\":{\"id\":" + written + ",\"name\":\"Segment " + stored + "\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void App_bodies_write_unknown_values_as_null_and_leave_out_only_the_optional_ones()
    {
        var body = new MessageBody("d1", null, new PersonIdentifiers(null, "a@example.com", null), "email", 5, null, null, null, null, new EmptyBody());

        Assert.Equal(
            """{"id":"d1","customer_id":null,"customer_identifiers":{"id":null,"email":"a@example.com","cio_id":null},"type":"email","created":5,"transactional_message_id":null,"recipient":null,"subject":null,"metrics":{}}""",
            JsonSerializer.Serialize(body, AppJsonContext.Default.MessageBody));
    }

    /// <summary>A JSON reply as it must reach the wire: its length in UTF-8 bytes announced.</summary>
    private static (int, string?, long?, string) Json(int status, string body) => (status, "application/json", Encoding.UTF8.GetByteCount(body), body);

    private static async Task<(int Status, string? ContentType, long? Length, string Body)> Execute(Reply reply)
    {
        var context = new DefaultHttpContext();
        using var stream = new MemoryStream();
        context.Response.Body = stream;
        await reply.ExecuteAsync(context);
        return (context.Response.StatusCode, context.Response.ContentType, context.Response.ContentLength, Encoding.UTF8.GetString(stream.ToArray()));
    }
}
