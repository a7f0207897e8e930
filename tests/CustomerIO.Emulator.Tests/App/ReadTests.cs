using Microsoft.Extensions.Time.Testing;

namespace CustomerIO.Emulator.Tests.App;

/// <summary>The App API reads the emulator has state for, over the people, segments, events and deliveries the other APIs write.</summary>
public sealed class ReadTests : EmulatorTest
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.FromUnixTimeSeconds(1_800_000_000));

    protected override CustomerIOEmulatorOptions CreateOptions() => new() { TimeProvider = _time };

    [Fact]
    public async Task Customers_by_email()
    {
        await Put("api/v1/customers/42", """{"email":"ada@example.com"}""");
        var cioId = Emulator.FindPerson("42")!.CioId;

        Assert.Equal(
            new Answer(200, "{\"results\":[{\"id\":\"42\",\"email\":\"ada@example.com\",\"cio_id\":\"" + cioId + "\"}]}", null),
            await App(HttpMethod.Get, "v1/customers?email=ada%40example.com"));
        Assert.Equal(new Answer(200, """{"results":[]}""", null), await App(HttpMethod.Get, "v1/customers?email=nobody%40example.com"));
        Assert.Equal(new Answer(400, """{"meta":{"error":"email is required"}}""", null), await App(HttpMethod.Get, "v1/customers"));
    }

    [Fact]
    public async Task Attributes_honour_id_type()
    {
        await Put("api/v1/customers/42", """{"email":"ada@example.com","plan":"pro","age":36}""");
        await Put("api/v1/customers/42/devices", """{"device":{"id":"tok-1","platform":"ios","last_used":1700000000}}""");
        var cioId = Emulator.FindPerson("42")!.CioId;
        var expected = "{\"customer\":{\"id\":\"42\",\"identifiers\":{\"id\":\"42\",\"email\":\"ada@example.com\",\"cio_id\":\"" + cioId + "\"}," +
            "\"attributes\":{\"id\":\"42\",\"email\":\"ada@example.com\",\"cio_id\":\"" + cioId + "\",\"age\":\"36\",\"plan\":\"pro\"}," +
            "\"timestamps\":{\"cio_id\":1800000000},\"devices\":[{\"id\":\"tok-1\",\"platform\":\"ios\",\"last_used\":1700000000}],\"unsubscribed\":false}}";

        Assert.Equal(new Answer(200, expected, null), await App(HttpMethod.Get, "v1/customers/42/attributes"));
        Assert.Equal(new Answer(200, expected, null), await App(HttpMethod.Get, "v1/customers/ada%40example.com/attributes?id_type=email"));
        Assert.Equal(new Answer(200, expected, null), await App(HttpMethod.Get, "v1/customers/" + cioId + "/attributes?id_type=cio_id"));
        Assert.Equal(new Answer(404, """{"meta":{"error":"customer not found"}}""", null), await App(HttpMethod.Get, "v1/customers/ada%40example.com/attributes"));
        Assert.Equal(new Answer(400, """{"meta":{"error":"id_type must be id, email or cio_id"}}""", null), await App(HttpMethod.Get, "v1/customers/42/attributes?id_type=phone"));
    }

    [Fact]
    public async Task Customer_messages_page_newest_first()
    {
        for (var i = 1; i <= 3; i++)
        {
            await App(HttpMethod.Post, "v1/send/email", "{\"transactional_message_id\":" + i + ",\"identifiers\":{\"id\":\"7\"}}");
        }

        await App(HttpMethod.Post, "v1/send/email", """{"transactional_message_id":1,"identifiers":{"id":"8"}}""");

        var first = await App(HttpMethod.Get, "v1/customers/7/messages?limit=2");
        var second = await App(HttpMethod.Get, "v1/customers/7/messages?limit=2&start=2");

        Assert.Equal(200, first.Status);
        Assert.Equal(["emdlv000000000003", "emdlv000000000002"], MessageIds(first.Body));
        Assert.EndsWith("],\"next\":\"2\"}", first.Body, StringComparison.Ordinal);
        Assert.Equal(["emdlv000000000001"], MessageIds(second.Body));
        Assert.EndsWith("],\"next\":\"\"}", second.Body, StringComparison.Ordinal);
        Assert.Equal(new Answer(400, """{"meta":{"error":"limit must be 1 to 1000"}}""", null), await App(HttpMethod.Get, "v1/customers/7/messages?limit=0"));
        Assert.Equal(new Answer(400, """{"meta":{"error":"start must be the next value of a previous page"}}""", null), await App(HttpMethod.Get, "v1/customers/7/messages?start=abc"));
    }

    [Fact]
    public async Task Message_by_id_and_transactional_deliveries()
    {
        await App(HttpMethod.Post, "v1/send/email", """{"transactional_message_id":4,"identifiers":{"id":"7"},"to":"s@example.com","subject":"Hello"}""");
        await App(HttpMethod.Post, "v1/send/push", """{"transactional_message_id":5,"identifiers":{"id":"7"}}""");
        var cioId = Emulator.FindPerson("7")!.CioId;

        var message = await App(HttpMethod.Get, "v1/messages/emdlv000000000001");

        Assert.Equal(
            new Answer(200, "{\"message\":{\"id\":\"emdlv000000000001\",\"customer_id\":\"7\",\"customer_identifiers\":{\"id\":\"7\",\"email\":null,\"cio_id\":\"" + cioId +
                "\"},\"type\":\"email\",\"created\":1800000000,\"transactional_message_id\":4,\"recipient\":\"s@example.com\",\"subject\":\"Hello\",\"metrics\":{}}}", null),
            message);
        Assert.Equal(new Answer(404, """{"meta":{"error":"message not found"}}""", null), await App(HttpMethod.Get, "v1/messages/nope"));
        Assert.Equal(["emdlv000000000002"], MessageIds((await App(HttpMethod.Get, "v1/transactional/5/messages")).Body));
        Assert.Equal(["emdlv000000000002", "emdlv000000000001"], MessageIds((await App(HttpMethod.Get, "v1/messages")).Body));
        Assert.Equal(["emdlv000000000002"], MessageIds((await App(HttpMethod.Get, "v1/messages?type=push")).Body));
    }

    [Fact]
    public async Task Customer_activities_list_the_people_events_newest_first()
    {
        await Post("api/v1/customers/7/events", """{"name":"signed_up","data":{"plan":"pro"},"timestamp":1700000000,"id":"ev-1"}""");
        await Post("api/v1/customers/7/events", """{"name":"/home","type":"page","timestamp":1700000100}""");

        var all = await App(HttpMethod.Get, "v1/customers/7/activities");
        var pages = await App(HttpMethod.Get, "v1/customers/7/activities?type=page");

        var cioId = Emulator.FindPerson("7")!.CioId;
        var identifiers = "\"customer_id\":\"7\",\"customer_identifiers\":{\"id\":\"7\",\"email\":null,\"cio_id\":\"" + cioId + "\"}";
        var page = "{\"id\":null," + identifiers + ",\"type\":\"page\",\"name\":\"/home\",\"timestamp\":1700000100,\"data\":null}";
        var evt = "{\"id\":\"ev-1\"," + identifiers + ",\"type\":\"event\",\"name\":\"signed_up\",\"timestamp\":1700000000,\"data\":{\"plan\":\"pro\"}}";
        Assert.Equal(new Answer(200, "{\"activities\":[" + page + "," + evt + "],\"next\":\"\"}", null), all);
        Assert.Equal(new Answer(200, "{\"activities\":[" + page + "],\"next\":\"\"}", null), pages);
    }

    [Fact]
    public async Task Segments_and_membership_come_from_the_track_api()
    {
        foreach (var id in new[] { "1", "2", "3" })
        {
            await Put("api/v1/customers/" + id, "{}");
        }

        await Post("api/v1/segments/12/add_customers", """{"ids":["1","2","3"]}""");
        await Post("api/v1/segments/4/add_customers", """{"ids":["2"]}""");
        var cio = Emulator.GetPeople().ToDictionary(p => p.Id!, p => p.CioId);

        var segments = await App(HttpMethod.Get, "v1/segments");
        var first = await App(HttpMethod.Get, "v1/segments/12/membership?limit=2");
        var second = await App(HttpMethod.Get, "v1/segments/12/membership?limit=2&start=2");

        const string Description = "\"description\":\"A manual segment maintained through the Track API (emulated).\",\"type\":\"manual\",\"state\":\"finished\"";
        Assert.Equal(
            new Answer(200, "{\"segments\":[{\"id\":4,\"name\":\"Segment 4\"," + Description + "},{\"id\":12,\"name\":\"Segment 12\"," + Description + "}]}", null),
            segments);
        Assert.Equal(
            new Answer(200, "{\"identifiers\":[{\"id\":\"1\",\"email\":null,\"cio_id\":\"" + cio["1"] + "\"},{\"id\":\"2\",\"email\":null,\"cio_id\":\"" + cio["2"] + "\"}],\"ids\":[\"1\",\"2\"],\"next\":\"2\"}", null),
            first);
        Assert.Equal(new Answer(200, "{\"identifiers\":[{\"id\":\"3\",\"email\":null,\"cio_id\":\"" + cio["3"] + "\"}],\"ids\":[\"3\"],\"next\":\"\"}", null), second);
        Assert.Equal(new Answer(200, """{"count":3}""", null), await App(HttpMethod.Get, "v1/segments/12/customer_count"));
        Assert.Equal(new Answer(404, """{"meta":{"error":"segment not found"}}""", null), await App(HttpMethod.Get, "v1/segments/99/membership"));
    }

    [Fact]
    public async Task Every_operation_of_the_catalog_is_routed_so_none_answers_501()
    {
        var answered = new List<string>();
        foreach (var operation in CustomerIO.Emulator.App.AppOperationCatalog.Default.Operations)
        {
            var path = "v1/" + string.Join('/', operation.Segments.Select(s => s.StartsWith('{') ? "1" : s));
            var method = new HttpMethod(operation.Method);
            var answer = await App(method, path, method == HttpMethod.Get || method == HttpMethod.Delete ? null : "{}");
            answered.Add(operation.Name + " " + answer.Status);
        }

        Assert.Equal(165, answered.Count);
        Assert.DoesNotContain(answered, a => a.EndsWith(" 501", StringComparison.Ordinal));
    }

    [Fact]
    public void The_catalog_is_the_sdk_table_of_165_operations()
    {
        Assert.Equal(165, CustomerIO.Emulator.App.AppOperationCatalog.Default.Count);
        Assert.Equal("getSegment", CustomerIO.Emulator.App.AppOperationCatalog.Default.Find("GET", "/segments/7"));
        Assert.Equal("startLiveNotification", CustomerIO.Emulator.App.AppOperationCatalog.Default.Find("POST", "/live_notifications/start"));
        Assert.Null(CustomerIO.Emulator.App.AppOperationCatalog.Default.Find("PATCH", "/segments/7"));
    }

    [Theory]
    [InlineData("GET", "v1/nothing")]
    [InlineData("GET", "v1/send/email")]
    [InlineData("PATCH", "v1/segments/5")]
    [InlineData("GET", "v2/exports")]
    public async Task Unknown_app_paths_answer_404(string method, string path)
    {
        Assert.Equal(new Answer(404, """{"meta":{"error":"not found"}}""", null), await App(new HttpMethod(method), path));
    }

    [Fact]
    public async Task Reads_and_unknown_paths_need_the_bearer_key()
    {
        using var anonymous = new HttpClient { BaseAddress = Emulator.AppUri };
        var expected = new Answer(401, """{"meta":{"error":"unauthorized: check the App API key"}}""", null);

        Assert.Equal(expected, await Send(anonymous, HttpMethod.Get, "v1/exports", null));
        Assert.Equal(expected, await Send(anonymous, HttpMethod.Get, "v1/segments", null));
        Assert.Equal(expected, await Send(anonymous, HttpMethod.Get, "v1/nothing", null));
    }

    private static List<string> MessageIds(string body)
    {
        using var document = System.Text.Json.JsonDocument.Parse(body);
        return [.. document.RootElement.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("id").GetString()!)];
    }
}
