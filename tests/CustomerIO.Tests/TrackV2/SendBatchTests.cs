using CustomerIO.Tests.Infrastructure;
using CustomerIO.Track;

namespace CustomerIO.Tests.TrackV2;

public sealed class SendBatchTests
{
    private readonly RecordingHandler _handler = new();

    [Fact]
    public async Task SendBatchAsync_posts_the_operations_byte_for_byte_to_the_batch_endpoint()
    {
        var client = V2.Client(_handler);
        TrackOperation[] operations =
        [
            PersonOperation.Delete("user-42"),
            DeliveryOperation.Event("dlv_1", MetricName.Opened),
            ObjectOperation.Delete(ObjectIdentifier.Of("1", "acme")),
            PersonOperation.Event(PersonIdentifier.Email("ann@example.com"), "purchase", new Dictionary<string, object?> { ["city"] = "Zürich" }, new EventOptions { Id = V2.FixedEventId }),
        ];

        var result = await client.SendBatchAsync(operations);

        var request = _handler.Single;
        Assert.Equal("POST", request.Method);
        Assert.Equal("https://track.example.test/api/v2/batch", request.Url);
        TestTrackClient.AssertStandardHeaders(request, hasBody: true);
        Assert.Equal(
            "{\"batch\":["
            + "{\"type\":\"person\",\"action\":\"delete\",\"identifiers\":{\"id\":\"user-42\"}},"
            + "{\"type\":\"delivery\",\"action\":\"event\",\"identifiers\":{\"id\":\"dlv_1\"},\"name\":\"opened\"},"
            + "{\"type\":\"object\",\"action\":\"delete\",\"identifiers\":{\"object_type_id\":\"1\",\"object_id\":\"acme\"}},"
            + "{\"type\":\"person\",\"action\":\"event\",\"identifiers\":{\"email\":\"ann@example.com\"},\"name\":\"purchase\",\"id\":\"01ARZ3NDEKTSV4RRFFQ69G5FAV\",\"attributes\":{\"city\":\"Zürich\"}}"
            + "]}",
            request.Body);
        Assert.Equal("{\"batch\":[" + string.Join(",", operations.Select(V2.JsonOf)) + "]}", request.Body);
        Assert.Equal(4, result.OperationCount);
        Assert.True(result.AllAccepted);
        Assert.Empty(result.Failures);
    }

    [Fact]
    public async Task SendBatchAsync_of_one_operation()
    {
        var client = V2.Client(_handler);
        var operation = PersonOperation.Suppress(PersonIdentifier.Phone("+14155550100"));

        var result = await client.SendBatchAsync([operation]);

        Assert.Equal("{\"batch\":[{\"type\":\"person\",\"action\":\"suppress\",\"identifiers\":{\"phone\":\"+14155550100\"}}]}", _handler.Single.Body);
        Assert.Equal(1, result.OperationCount);
        Assert.True(result.AllAccepted);
        Assert.Equal("TrackBatchResult(1 operations, 0 failures)", result.ToString());
    }

    [Fact]
    public async Task A_batch_body_of_MaxBatchBytes_minus_one_is_sent()
    {
        var client = V2.Client(_handler);
        var operations = BatchOfBodySize(CustomerIOLimits.MaxBatchBytes - 1);

        var result = await client.SendBatchAsync(operations);

        var body = _handler.Single.Body!;
        Assert.Equal(CustomerIOLimits.MaxBatchBytes - 1, Encoding.UTF8.GetByteCount(body));
        Assert.Equal("{\"batch\":[" + string.Join(",", operations.Select(V2.JsonOf)) + "]}", body);
        Assert.Equal(operations.Count, result.OperationCount);
        Assert.True(result.AllAccepted);
    }

    [Fact]
    public async Task A_batch_body_of_MaxBatchBytes_is_refused_before_sending()
    {
        var client = V2.Client(_handler);
        var operations = BatchOfBodySize(CustomerIOLimits.MaxBatchBytes);

        var error = await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.SendBatchAsync(operations));

        Assert.Equal("operations", error.ParameterName);
        Assert.Equal(CustomerIOLimits.MaxBatchBytes - 1, error.Limit);
        Assert.Equal(CustomerIOLimits.MaxBatchBytes, error.Actual);
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public void The_documented_batch_limit_is_500_KiB()
    {
        Assert.Equal(512_000, CustomerIOLimits.MaxBatchBytes);
    }

    [Fact]
    public async Task An_empty_batch_is_refused_before_sending()
    {
        var client = V2.Client(_handler);

        var error = await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.SendBatchAsync([]));

        Assert.Equal("operations", error.ParameterName);
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task A_null_batch_or_null_operation_is_refused_before_sending()
    {
        var client = V2.Client(_handler);

        await Assert.ThrowsAsync<ArgumentNullException>("operations", () => client.SendBatchAsync(null!));
        await Assert.ThrowsAsync<ArgumentNullException>("operations", () => client.SendBatchAsync([PersonOperation.Delete("user-42"), null!]));

        Assert.Empty(_handler.Requests);
    }

    /// <summary>
    /// Events whose batch body is exactly <paramref name="bodyBytes"/> bytes: 15 operations of the 32,768-byte maximum,
    /// and a 16th sized to make up the rest (the body adds 12 bytes of envelope and one comma between operations).
    /// </summary>
    private static List<TrackOperation> BatchOfBodySize(int bodyBytes)
    {
        const int Full = 15;
        var operations = Enumerable.Range(0, Full).Select(_ => EventOfSize(CustomerIOLimits.MaxOperationBytes)).ToList();
        var envelope = "{\"batch\":[]}".Length + Full;
        operations.Add(EventOfSize(bodyBytes - envelope - (Full * CustomerIOLimits.MaxOperationBytes)));
        return operations;
    }

    private static TrackOperation EventOfSize(int bytes)
    {
        static TrackOperation Make(string blob) =>
            PersonOperation.Event("user-42", "bulk", new Dictionary<string, object?> { ["blob"] = blob }, new EventOptions { Id = V2.FixedEventId });

        var operation = Make(new string('x', bytes - Make(string.Empty).SizeInBytes));
        Assert.Equal(bytes, operation.SizeInBytes);
        return operation;
    }
}
