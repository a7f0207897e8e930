using CustomerIO.Tests.Infrastructure;
using CustomerIO.Track;

namespace CustomerIO.Tests.Track;

public sealed class MergeTests
{
    private readonly RecordingHandler _handler = new();

    public static TheoryData<string, string, string> Kinds => new()
    {
        { "id", "email", "{\"primary\":{\"id\":\"user-1\"},\"secondary\":{\"email\":\"old@example.com\"}}" },
        { "email", "cio_id", "{\"primary\":{\"email\":\"ann@example.com\"},\"secondary\":{\"cio_id\":\"a3000002\"}}" },
        { "cio_id", "id", "{\"primary\":{\"cio_id\":\"a3000001\"},\"secondary\":{\"id\":\"user 2\"}}" },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Merge_posts_one_key_per_side(string primaryKind, string secondaryKind, string expectedBody)
    {
        var client = TestTrackClient.Create(_handler);

        await client.MergePeopleAsync(Person(primaryKind, true), Person(secondaryKind, false));

        var request = _handler.Single;
        Assert.Equal("POST", request.Method);
        Assert.Equal("https://track.example.test/api/v1/merge_customers", request.Url);
        TestTrackClient.AssertStandardHeaders(request, hasBody: true);
        Assert.Equal(expectedBody, request.Body);
    }

    [Fact]
    public async Task Merge_refuses_phone_identifiers()
    {
        var client = TestTrackClient.Create(_handler);

        var primary = await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.MergePeopleAsync(PersonIdentifier.Phone("+14155550100"), "user-1"));
        var secondary = await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.MergePeopleAsync("user-1", PersonIdentifier.Phone("+14155550100")));

        Assert.Equal("primary", primary.ParameterName);
        Assert.Equal("secondary", secondary.ParameterName);
        Assert.Empty(_handler.Requests);
    }

    private static PersonIdentifier Person(string kind, bool primary) => kind switch
    {
        "id" => PersonIdentifier.Id(primary ? "user-1" : "user 2"),
        "email" => PersonIdentifier.Email(primary ? "ann@example.com" : "old@example.com"),
        _ => PersonIdentifier.CioId(primary ? "a3000001" : "a3000002"),
    };
}
