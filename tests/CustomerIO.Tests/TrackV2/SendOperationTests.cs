using CustomerIO.Tests.Infrastructure;
using CustomerIO.Track;

namespace CustomerIO.Tests.TrackV2;

public sealed class SendOperationTests
{
    private readonly RecordingHandler _handler = new();

    [Fact]
    public async Task SendAsync_sends_every_kind_of_operation_byte_for_byte()
    {
        var client = V2.Client(_handler);
        TrackOperation[] operations =
        [
            PersonOperation.Event(PersonIdentifier.Email("ann@example.com"), "purchase", new Dictionary<string, object?> { ["city"] = "Zürich" }),
            PersonOperation.Merge("user-1", "user-2"),
            ObjectOperation.IdentifyAnonymous(ObjectIdentifier.Of("1", "acme"), [Relationship.WithAnonymousPerson("anon-7")]),
            DeliveryOperation.Event("dlv_123", MetricName.Converted, "tok-abc"),
        ];

        foreach (var operation in operations)
        {
            await client.SendAsync(operation);
        }

        Assert.Equal(operations.Select(V2.JsonOf), _handler.Requests.Select(r => r.Body));
        Assert.All(_handler.Requests, r => Assert.Equal("/api/v2/entity", r.PathAndQuery));
        Assert.All(_handler.Requests, r => Assert.Equal("POST", r.Method));
    }

    [Fact]
    public async Task SendAsync_can_send_the_same_operation_again()
    {
        var client = V2.Client(_handler);
        var operation = PersonOperation.Event("user-42", "signed_in");

        await client.SendAsync(operation);
        await client.SendAsync(operation);

        Assert.Equal(2, _handler.Requests.Count);
        Assert.Equal(_handler.Requests[0].Body, _handler.Requests[1].Body);
        Assert.Contains("\"id\":\"" + operation.EventId + "\"", _handler.Requests[1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_refusal_throws_an_api_exception_with_the_parsed_errors()
    {
        _handler.Enqueue(HttpStatusCode.BadRequest, "{\"errors\":[{\"reason\":\"required\",\"field\":\"identifiers\",\"message\":\"identifiers are required\"}]}");
        var client = V2.Client(_handler);

        var error = await Assert.ThrowsAsync<CustomerIOApiException>(() => client.SendAsync(PersonOperation.Delete("user-42")));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("POST", error.Method);
        Assert.Equal("/api/v2/entity", error.Path);
        var apiError = Assert.Single(error.Errors);
        Assert.Equal("identifiers are required", apiError.Message);
        Assert.Equal("required", apiError.Reason);
        Assert.Equal("identifiers", apiError.Field);
        Assert.Null(apiError.BatchIndex);
    }

    [Fact]
    public async Task SendAsync_refuses_null_before_sending()
    {
        var client = V2.Client(_handler);

        await Assert.ThrowsAsync<ArgumentNullException>("operation", () => client.SendAsync(null!));

        Assert.Empty(_handler.Requests);
    }
}
