using CustomerIO.Tests.Infrastructure;
using CustomerIO.Track;

namespace CustomerIO.Tests.Track;

public sealed class SegmentTests
{
    private readonly RecordingHandler _handler = new();

    [Theory]
    [InlineData(IdentifierKind.Id, "id")]
    [InlineData(IdentifierKind.Email, "email")]
    [InlineData(IdentifierKind.CioId, "cio_id")]
    public async Task Add_to_segment_posts_ids_with_id_type(IdentifierKind kind, string idType)
    {
        var client = TestTrackClient.Create(_handler);

        await client.AddToSegmentAsync(42, ["a", "b c", "ü@example.com"], kind);

        var request = _handler.Single;
        Assert.Equal("POST", request.Method);
        Assert.Equal($"https://track.example.test/api/v1/segments/42/add_customers?id_type={idType}", request.Url);
        TestTrackClient.AssertStandardHeaders(request, hasBody: true);
        Assert.Equal("{\"ids\":[\"a\",\"b c\",\"ü@example.com\"]}", request.Body);
    }

    [Theory]
    [InlineData(IdentifierKind.Id, "id")]
    [InlineData(IdentifierKind.Email, "email")]
    [InlineData(IdentifierKind.CioId, "cio_id")]
    public async Task Remove_from_segment_posts_ids_with_id_type(IdentifierKind kind, string idType)
    {
        var client = TestTrackClient.Create(_handler);

        await client.RemoveFromSegmentAsync(7, ["x"], kind);

        var request = _handler.Single;
        Assert.Equal("POST", request.Method);
        Assert.Equal($"https://track.example.test/api/v1/segments/7/remove_customers?id_type={idType}", request.Url);
        TestTrackClient.AssertStandardHeaders(request, hasBody: true);
        Assert.Equal("{\"ids\":[\"x\"]}", request.Body);
    }

    [Fact]
    public async Task Default_identifier_kind_is_id()
    {
        var client = TestTrackClient.Create(_handler);

        await client.AddToSegmentAsync(1, ["x"]);

        Assert.Equal("/api/v1/segments/1/add_customers?id_type=id", _handler.Single.PathAndQuery);
    }

    [Fact]
    public async Task One_thousand_ids_pass()
    {
        var client = TestTrackClient.Create(_handler);
        var ids = Enumerable.Range(0, 1000).Select(i => "u" + i).ToList();

        await client.AddToSegmentAsync(3, ids);

        Assert.Equal("{\"ids\":[" + string.Join(",", ids.Select(i => "\"" + i + "\"")) + "]}", _handler.Single.Body);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public async Task Zero_or_more_than_1000_ids_are_refused(int count)
    {
        var client = TestTrackClient.Create(_handler);
        var ids = Enumerable.Range(0, count).Select(i => "u" + i).ToList();

        var add = await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.AddToSegmentAsync(3, ids));
        var remove = await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.RemoveFromSegmentAsync(3, ids));

        foreach (var error in new[] { add, remove })
        {
            Assert.Equal("identifiers", error.ParameterName);
            Assert.Equal(1000, error.Limit);
            Assert.Equal(count, error.Actual);
            Assert.Contains("1 to 1000 identifiers", error.Message, StringComparison.Ordinal);
        }

        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task Phone_kind_and_bad_ids_are_refused()
    {
        var client = TestTrackClient.Create(_handler);

        var phone = await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.AddToSegmentAsync(3, ["+14155550100"], IdentifierKind.Phone));
        var empty = await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.AddToSegmentAsync(3, ["ok", " "]));
        var tooLong = await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.AddToSegmentAsync(3, [new string('a', 151)]));

        Assert.Equal("identifierKind", phone.ParameterName);
        Assert.Equal("identifiers", empty.ParameterName);
        Assert.Equal("identifiers", tooLong.ParameterName);
        Assert.Equal(150, tooLong.Limit);
        Assert.Equal(151, tooLong.Actual);
        Assert.Empty(_handler.Requests);
    }
}
