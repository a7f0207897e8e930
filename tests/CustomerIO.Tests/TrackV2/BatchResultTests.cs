using CustomerIO.Tests.Infrastructure;
using CustomerIO.Track;

namespace CustomerIO.Tests.TrackV2;

public sealed class BatchResultTests
{
    private readonly RecordingHandler _handler = new();

    private static TrackOperation[] FourOperations() =>
    [
        PersonOperation.Identify("user-1"),
        PersonOperation.Event("user-2", "purchase"),
        ObjectOperation.Delete(ObjectIdentifier.Of("1", "acme")),
        PersonOperation.Page("user-3", "/pricing"),
    ];

    [Fact]
    public async Task A_200_answer_means_every_operation_was_accepted()
    {
        _handler.Enqueue(HttpStatusCode.OK, "{}");
        var client = V2.Client(_handler);

        var result = await client.SendBatchAsync(FourOperations());

        Assert.Equal(4, result.OperationCount);
        Assert.True(result.AllAccepted);
        Assert.Empty(result.Failures);
        Assert.Equal("TrackBatchResult(4 operations, 0 failures)", result.ToString());
    }

    [Fact]
    public async Task A_207_answer_names_each_refused_operation_with_its_error()
    {
        _handler.Enqueue(
            207,
            "{\"errors\":["
            + "{\"batch_index\":1,\"reason\":\"invalid\",\"field\":\"identifiers\",\"message\":\"identifiers must name one person\"},"
            + "{\"batch_index\":3,\"reason\":\"required\",\"field\":\"name\",\"message\":\"name is required\"}]}");
        var client = V2.Client(_handler);
        var operations = FourOperations();

        var result = await client.SendBatchAsync(operations);

        Assert.Equal(4, result.OperationCount);
        Assert.False(result.AllAccepted);
        Assert.Equal("TrackBatchResult(4 operations, 2 failures)", result.ToString());
        Assert.Collection(
            result.Failures,
            first =>
            {
                Assert.Equal(1, first.Index);
                Assert.Same(operations[1], first.Operation);
                Assert.Equal("invalid", first.Error.Reason);
                Assert.Equal("identifiers", first.Error.Field);
                Assert.Equal("identifiers must name one person", first.Error.Message);
                Assert.Equal(1, first.Error.BatchIndex);
            },
            second =>
            {
                Assert.Equal(3, second.Index);
                Assert.Same(operations[3], second.Operation);
                Assert.Equal("required", second.Error.Reason);
                Assert.Equal("name", second.Error.Field);
                Assert.Equal("name is required", second.Error.Message);
                Assert.Equal(3, second.Error.BatchIndex);
            });
    }

    [Fact]
    public async Task A_207_error_with_an_index_outside_the_batch_has_no_operation()
    {
        _handler.Enqueue(207, "{\"errors\":[{\"batch_index\":4,\"reason\":\"invalid\",\"field\":\"type\",\"message\":\"unknown\"},{\"batch_index\":0,\"reason\":\"invalid\",\"field\":\"type\",\"message\":\"bad\"}]}");
        var client = V2.Client(_handler);
        var operations = FourOperations();

        var result = await client.SendBatchAsync(operations);

        Assert.Equal(2, result.Failures.Count);
        Assert.Equal(4, result.Failures[0].Index);
        Assert.Null(result.Failures[0].Operation);
        Assert.Equal("unknown", result.Failures[0].Error.Message);
        Assert.Equal(0, result.Failures[1].Index);
        Assert.Same(operations[0], result.Failures[1].Operation);
    }

    [Fact]
    public async Task A_207_failure_does_not_describe_the_operations_personal_data()
    {
        _handler.Enqueue(207, "{\"errors\":[{\"batch_index\":0,\"reason\":\"invalid\",\"field\":\"identifiers\",\"message\":\"bad\"}]}");
        var client = V2.Client(_handler);

        var result = await client.SendBatchAsync([PersonOperation.Delete(PersonIdentifier.Email("ann@example.com"))]);

        var failure = Assert.Single(result.Failures);
        Assert.DoesNotContain("ann@example.com", failure.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("[0] person delete (", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_400_on_the_whole_batch_throws_with_the_parsed_errors()
    {
        const string Body = "{\"errors\":[{\"reason\":\"too_large\",\"field\":\"batch\",\"message\":\"batch too large\"},{\"reason\":\"invalid\",\"field\":\"batch\",\"message\":\"not an array\"}]}";
        _handler.Enqueue(HttpStatusCode.BadRequest, Body);
        var client = V2.Client(_handler);

        var error = await Assert.ThrowsAsync<CustomerIOApiException>(() => client.SendBatchAsync(FourOperations()));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("POST", error.Method);
        Assert.Equal("/api/v2/batch", error.Path);
        Assert.Equal(Body, error.RawBody);
        Assert.Collection(
            error.Errors,
            e =>
            {
                Assert.Equal("batch too large", e.Message);
                Assert.Equal("too_large", e.Reason);
                Assert.Equal("batch", e.Field);
                Assert.Null(e.BatchIndex);
            },
            e =>
            {
                Assert.Equal("not an array", e.Message);
                Assert.Equal("invalid", e.Reason);
                Assert.Equal("batch", e.Field);
                Assert.Null(e.BatchIndex);
            });
        Assert.Single(_handler.Requests);
    }

    [Fact]
    public async Task A_401_on_the_batch_throws_an_authentication_exception()
    {
        _handler.Enqueue(HttpStatusCode.Unauthorized, "{\"meta\":{\"error\":\"Unauthorized request\"}}");
        var client = V2.Client(_handler);

        var error = await Assert.ThrowsAsync<CustomerIOAuthenticationException>(() => client.SendBatchAsync(FourOperations()));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal("Unauthorized request", Assert.Single(error.Errors).Message);
    }
}
