namespace CustomerIO.Emulator.Tests.Validation;

/// <summary>Track v2 <c>phone</c> identifiers must be E.164: <c>^\+[1-9][0-9]{6,14}$</c>.</summary>
public sealed class PhoneIdentifierTests : EmulatorTest
{
    private const string InvalidPhone = """{"reason":"invalid","field":"identifiers","message":"identifiers.phone must be an E.164 number: + then 7 to 15 digits, the first not 0"}""";

    [Theory]
    [InlineData("+1234567")]
    [InlineData("+123456789012345")]
    [InlineData("+15551234567")]
    public async Task E164_numbers_of_7_to_15_digits_are_accepted(string phone)
    {
        var answer = await Post("api/v2/entity", Identify(phone));

        Assert.Equal(new Answer(200, "{}", null), answer);
        Assert.Equal(phone, Emulator.GetPeople().Single().Phone);
    }

    [Theory]
    [InlineData("+123456")]
    [InlineData("+1234567890123456")]
    [InlineData("15551234567")]
    [InlineData("+05551234567")]
    [InlineData("+1 555 123 4567")]
    [InlineData("not a phone number")]
    public async Task Other_phone_values_are_refused_with_400_on_entity(string phone)
    {
        var answer = await Post("api/v2/entity", Identify(phone));

        Assert.Equal(new Answer(400, "{\"errors\":[" + InvalidPhone + "]}", null), answer);
        Assert.Empty(Emulator.GetPeople());
    }

    [Fact]
    public async Task Invalid_phone_in_a_batch_is_a_207_item_and_the_rest_is_applied()
    {
        var answer = await Batch(Identify("+15551234567"), Identify("not a phone number"), """{"type":"person","action":"event","identifiers":{"phone":15551234567},"name":"n"}""");

        Assert.Equal(207, answer.Status);
        Assert.Equal(
            "{\"errors\":[" + InvalidPhone.Insert(1, "\"batch_index\":1,") + "," + InvalidPhone.Insert(1, "\"batch_index\":2,") + "]}",
            answer.Body);
        Assert.Equal("+15551234567", Emulator.GetPeople().Single().Phone);
    }

    [Fact]
    public async Task Merge_checks_phone_identifiers_of_both_sides()
    {
        var answer = await Post("api/v2/entity", """{"type":"person","action":"merge","primary":{"id":"1"},"secondary":{"phone":"555"}}""");

        Assert.Equal(400, answer.Status);
        Assert.Equal("""{"errors":[{"reason":"invalid","field":"secondary","message":"secondary.phone must be an E.164 number: + then 7 to 15 digits, the first not 0"}]}""", answer.Body);
    }

    private static string Identify(string phone) =>
        "{\"type\":\"person\",\"action\":\"identify\",\"identifiers\":{\"phone\":" + Json(phone) + "},\"attributes\":{\"a\":1}}";
}
