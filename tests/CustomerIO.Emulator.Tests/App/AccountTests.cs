using System.Text.Json;

namespace CustomerIO.Emulator.Tests.App;

/// <summary>The data index, the workspace, opt-outs and the IP addresses.</summary>
public sealed class AccountTests : EmulatorTest
{
    [Fact]
    public async Task The_data_index_takes_1_to_100_entries_and_keeps_them_by_name()
    {
        Assert.Equal(new Answer(204, string.Empty, null), await App(HttpMethod.Post, "v1/data_index/attributes", """{"attributes":[{"name":"plan","description":"The plan","privacy_level":0}]}"""));
        Assert.Equal(new Answer(204, string.Empty, null), await App(HttpMethod.Post, "v1/data_index/attributes", """{"attributes":[{"name":"plan","privacy_level":1}]}"""));
        Assert.Equal(new Answer(204, string.Empty, null), await App(HttpMethod.Post, "v1/data_index/events", """{"events":[{"name":"purchase"}]}"""));
        var tooMany = "{\"events\":[" + string.Join(",", Enumerable.Range(0, 101).Select(i => "{\"name\":\"e" + i + "\"}")) + "]}";

        Assert.Equal(new Answer(422, """{"meta":{"error":"At least one attribute is required"}}""", null), await App(HttpMethod.Post, "v1/data_index/attributes", """{"attributes":[]}"""));
        Assert.Equal(new Answer(422, """{"meta":{"error":"Can not update more than 100 events at once"}}""", null), await App(HttpMethod.Post, "v1/data_index/events", tooMany));
        Assert.Equal(new Answer(400, """{"meta":{"error":"attributes[0].privacy_level must be 0 or 1"}}""", null), await App(HttpMethod.Post, "v1/data_index/attributes", """{"attributes":[{"name":"a","privacy_level":2}]}"""));
        Assert.Equal(new Answer(400, """{"meta":{"error":"events[0].description must be a string of at most 255 characters"}}""", null),
            await App(HttpMethod.Post, "v1/data_index/events", "{\"events\":[{\"name\":\"a\",\"description\":\"" + new string('x', 256) + "\"}]}"));
    }

    [Fact]
    public async Task The_workspace_counts_what_the_emulator_holds()
    {
        await Put("api/v1/customers/1", "{}");
        await Batch("""{"type":"object","action":"identify","identifiers":{"object_type_id":"1","object_id":"acme"}}""");
        await App(HttpMethod.Post, "v1/send/push", """{"transactional_message_id":1,"identifiers":{"id":"1"}}""");

        Assert.Equal(
            new Answer(200, """{"workspaces":[{"id":1,"name":"Emulated workspace","messages_sent":1,"billable_messages_sent":0,"people":1,"objects":1,"object_types":1}]}""", null),
            await App(HttpMethod.Get, "v1/workspaces"));
    }

    [Fact]
    public async Task Opt_outs_page_with_base64_cursors_and_filter_by_sender()
    {
        var all = await App(HttpMethod.Get, "v1/optouts");
        var bySender = JsonDocument.Parse((await App(HttpMethod.Get, "v1/optouts?from=%2B15559876543")).Body).RootElement;

        Assert.Equal(200, all.Status);
        Assert.Equal(2, JsonDocument.Parse(all.Body).RootElement.GetProperty("optouts")[0].GetProperty("optouts").GetArrayLength());
        Assert.Equal("whatsapp", bySender.GetProperty("optouts")[0].GetProperty("optouts").EnumerateArray().Single().GetProperty("channel").GetString());
        Assert.Equal(new Answer(200, """{"optouts":[],"next":""}""", null), await App(HttpMethod.Get, "v1/optouts?start=MToxMA%3D%3D"));
        Assert.Equal(new Answer(400, """{"meta":{"error":"start must be the next value of a previous page"}}""", null), await App(HttpMethod.Get, "v1/optouts?start=nope"));
        Assert.Equal(new Answer(400, """{"meta":{"error":"limit must be 1 to 1000"}}""", null), await App(HttpMethod.Get, "v1/optouts?limit=1001"));
    }

    [Fact]
    public async Task The_ip_addresses_are_the_loopback_one() =>
        Assert.Equal(new Answer(200, """{"ip_addresses":["127.0.0.1"]}""", null), await App(HttpMethod.Get, "v1/info/ip_addresses"));
}
