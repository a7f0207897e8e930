namespace CustomerIO.Emulator.Tests.Validation;

/// <summary>
/// The 300-attribute rule of an identify, shared with the SDK: every key counts (<c>id</c>, <c>email</c>,
/// <c>created_at</c>, <c>unsubscribed</c>, custom ones) except the directives <c>_update</c>, <c>_timestamp</c>,
/// <c>anonymous_id</c>, <c>cio_subscription_preferences</c> and, in v1, <c>cio_relationships</c>.
/// </summary>
public sealed class AttributeCountRuleTests : EmulatorTest
{
    private const string TooMany = "at most 300 attributes are allowed per request";

    /// <summary>The boundary cases: the attributes object and whether it is within the limit.</summary>
    public static TheoryData<string, bool> Cases => new()
    {
        { Attributes(299, "\"created_at\":1700000000"), true },
        { Attributes(300, "\"created_at\":1700000000"), false },
        { Attributes(300, "\"_update\":false,\"_timestamp\":1700000000,\"cio_subscription_preferences\":{\"topics\":{\"topic_1\":true}}"), true },
        { Attributes(300, "\"anonymous_id\":\"anon-1\""), true },
        { Attributes(298, "\"email\":\"ada@example.com\",\"unsubscribed\":false"), true },
        { Attributes(299, "\"email\":\"ada@example.com\",\"unsubscribed\":false"), false },
        { Attributes(300), true },
        { Attributes(301), false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Track_v1_identify(string attributes, bool accepted)
    {
        var answer = await Put("api/v1/customers/1", attributes);

        Assert.Equal(accepted ? new Answer(200, "{}", null) : new Answer(400, "{\"meta\":{\"errors\":[\"" + TooMany + "\"]}}", null), answer);
        Assert.Equal(accepted, Emulator.FindPerson("1") is not null);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Track_v2_identify_entity(string attributes, bool accepted)
    {
        var answer = await Post("api/v2/entity", Operation(attributes));

        Assert.Equal(accepted ? new Answer(200, "{}", null) : new Answer(400, "{\"errors\":[{\"reason\":\"too_many\",\"field\":\"attributes\",\"message\":\"" + TooMany + "\"}]}", null), answer);
        Assert.Equal(accepted, Emulator.FindPerson("1") is not null);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Track_v2_identify_in_a_batch(string attributes, bool accepted)
    {
        var answer = await Batch(Operation(attributes));

        Assert.Equal(accepted ? new Answer(200, "{}", null) : new Answer(207, "{\"errors\":[{\"batch_index\":0,\"reason\":\"too_many\",\"field\":\"attributes\",\"message\":\"" + TooMany + "\"}]}", null), answer);
    }

    [Fact]
    public async Task Created_at_is_stored_as_one_of_the_300()
    {
        Assert.Equal(200, (await Put("api/v1/customers/1", Attributes(299, "\"created_at\":1700000000"))).Status);

        var person = Emulator.FindPerson("1")!;
        Assert.Equal(300, person.Attributes.Count);
        Assert.Equal(1700000000, person.Attributes["created_at"].GetInt64());
    }

    [Fact]
    public async Task In_v1_cio_relationships_is_a_directive_too()
    {
        var relationships = "\"cio_relationships\":{\"action\":\"add_relationships\",\"relationships\":[{\"identifiers\":{\"object_type_id\":\"1\",\"object_id\":\"acme\"}}]}";

        Assert.Equal(new Answer(200, "{}", null), await Put("api/v1/customers/1", Attributes(300, relationships)));
    }

    private static string Operation(string attributes) =>
        "{\"type\":\"person\",\"action\":\"identify\",\"identifiers\":{\"id\":\"1\"},\"attributes\":" + attributes + "}";

    private static string Attributes(int custom, string? extra = null) =>
        "{" + string.Join(",", Enumerable.Range(0, custom).Select(i => "\"a" + i + "\":" + i)) + (extra is null ? string.Empty : "," + extra) + "}";
}
