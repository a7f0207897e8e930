using Microsoft.Extensions.Time.Testing;

namespace CustomerIO.Emulator.Tests.Admin;

/// <summary>The <c>/_emulator/</c> endpoints, with a fixed clock so bodies are exact.</summary>
public sealed class AdminEndpointTests : EmulatorTest
{
    private const string Now = "2026-01-02T03:04:05+00:00";
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse(Now, System.Globalization.CultureInfo.InvariantCulture));

    protected override CustomerIOEmulatorOptions CreateOptions() => new() { TimeProvider = _time, SiteId = "site-1", TrackApiKey = "key-1" };

    [Fact]
    public async Task Info_lists_urls_and_credentials()
    {
        var root = Emulator.BaseUri.ToString();
        using var anonymous = new HttpClient { BaseAddress = Emulator.BaseUri };

        var answer = await Send(anonymous, HttpMethod.Get, "_emulator", null);

        Assert.Equal(
            "{\"base_url\":\"" + root + "\",\"track_url\":\"" + root + "\",\"app_url\":\"" + root + "app/\",\"pipelines_url\":\"" + root + "cdp/\"," +
            "\"site_id\":\"site-1\",\"track_api_key\":\"key-1\",\"app_api_key\":\"emulator-app-key\",\"pipelines_write_key\":\"emulator-write-key\",\"sink_mode\":false}",
            answer.Body);
        Assert.Equal(new Uri(root + "app/"), Emulator.AppUri);
        Assert.Equal(new Uri(root + "cdp/"), Emulator.PipelinesUri);
        Assert.Equal("127.0.0.1", Emulator.BaseUri.Host);
    }

    [Fact]
    public async Task People_person_events_and_devices()
    {
        await Put("api/v1/customers/42", """{"email":"a@example.com","plan":"pro"}""");
        await Put("api/v1/customers/42/devices", """{"device":{"id":"tok","platform":"ios"}}""");
        await Post("api/v1/customers/42/events", """{"name":"bought","id":"E1","data":{"n":1}}""");
        var cio = Emulator.FindPerson("42")!.CioId;
        var device = "{\"token\":\"tok\",\"platform\":\"ios\",\"person_cio_id\":\"" + cio + "\",\"updated_at\":\"" + Now + "\"}";
        var person = "{\"cio_id\":\"" + cio + "\",\"id\":\"42\",\"email\":\"a@example.com\",\"attributes\":{\"plan\":\"pro\"},\"devices\":[" + device + "]," +
            "\"subscription_topics\":{},\"segments\":[],\"relationships\":[],\"anonymous_ids\":[],\"event_count\":1,\"created_at\":\"" + Now + "\",\"updated_at\":\"" + Now + "\"}";

        Assert.Equal("[" + person + "]", (await Get("_emulator/people")).Body);
        Assert.Equal(person, (await Get("_emulator/people/a%40example.com")).Body);
        Assert.Equal(new Answer(404, """{"message":"person not found"}""", null), await Get("_emulator/people/nobody"));
        Assert.Equal(
            "[{\"person_cio_id\":\"" + cio + "\",\"name\":\"bought\",\"id\":\"E1\",\"type\":\"event\",\"data\":{\"n\":1},\"received_at\":\"" + Now + "\"}]",
            (await Get("_emulator/events?person=42")).Body);
        Assert.Equal("[]", (await Get("_emulator/events?person=nobody")).Body);
        Assert.Equal("[" + device + "]", (await Get("_emulator/devices")).Body);
    }

    [Fact]
    public async Task Objects_metrics_forms_and_suppressions()
    {
        await Batch("""{"type":"object","action":"identify","identifiers":{"object_type_id":"1","object_id":"acme"},"attributes":{"n":1}}""");
        await Post("api/v1/metrics", """{"delivery_id":"d","metric":"opened"}""");
        await Post("api/v1/forms/f/submit", """{"data":{"x":"y"}}""");
        await Post("api/v1/customers/bad/suppress");
        var cioObject = Emulator.GetObjects()[0].CioObjectId;

        Assert.Equal(
            "[{\"object_type_id\":\"1\",\"object_id\":\"acme\",\"cio_object_id\":\"" + cioObject + "\",\"attributes\":{\"n\":1},\"relationships\":[],\"created_at\":\"" + Now + "\",\"updated_at\":\"" + Now + "\"}]",
            (await Get("_emulator/objects")).Body);
        Assert.Equal("[{\"source\":\"metrics\",\"delivery_id\":\"d\",\"metric\":\"opened\",\"received_at\":\"" + Now + "\"}]", (await Get("_emulator/metrics")).Body);
        Assert.Equal("[{\"form_id\":\"f\",\"data\":{\"x\":\"y\"},\"received_at\":\"" + Now + "\"}]", (await Get("_emulator/forms")).Body);
        Assert.Equal("[\"bad\"]", (await Get("_emulator/suppressions")).Body);
    }

    [Fact]
    public async Task Requests_log_method_path_status_and_a_capped_body()
    {
        await Put("api/v1/customers/1", "{\"a\":\"" + new string('x', 900) + "\",\"b\":\"" + new string('x', 900) + "\"}");
        await Get("api/v1/nothing-here");

        var requests = Emulator.GetReceivedRequests();
        Assert.Equal([("PUT", "/api/v1/customers/1", 200), ("GET", "/api/v1/nothing-here", 404)], requests.Select(r => (r.Method, r.Path, r.Status)));
        Assert.Equal(1_024, requests[0].BodyPrefix!.Length);
        Assert.Equal(1_815, requests[0].BodyLength);
        Assert.All(requests, r => Assert.Equal(EmulatorApi.Track, r.Api));

        var limited = (await Get("_emulator/requests?limit=1")).Body;
        Assert.StartsWith("[{\"time\":\"" + Now + "\",\"api\":\"track\",\"method\":\"GET\",\"path\":\"/api/v1/nothing-here\",\"status\":404,", limited, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Counters_and_reset()
    {
        await Put("api/v1/customers/1", "{}");
        await Post("api/v1/customers/1/events", "{}");

        Assert.Equal(
            """{"requests":2,"requests_by_status":{"200":1,"400":1},"accepted_operations":1,"accepted_by_operation":{"v1.identify":1},"rejected_operations":1,"rejected_by_reason":{"required":1},"duplicate_events":0,"ignored_by_reason":{},"faults_injected":0,"events_received":0,"pipelines_dropped_by_reason":{},"duplicate_messages":0,"webhooks_sent":0,"webhooks_failed":0}""",
            (await Get("_emulator/counters")).Body);

        Assert.Equal(new Answer(200, """{"message":"reset"}""", null), await Post("_emulator/reset"));
        Assert.Empty(Emulator.GetPeople());
        Assert.Empty(Emulator.GetReceivedRequests());
        Assert.Equal(0, Emulator.GetCounters().Requests);
    }

    [Fact]
    public async Task Faults_get_put_delete()
    {
        const string Profile = """{"seed":7,"down":"none","rules":[{"api":"track","path_pattern":"/api/v1/*","rate":1,"status":500,"latency_ms":0,"abort":false,"max_count":1}]}""";

        Assert.Equal(new Answer(200, """{"down":"none","rules":[]}""", null), await Get("_emulator/faults"));
        Assert.Equal(new Answer(200, Profile, null), await Put("_emulator/faults", Profile));
        Assert.Equal(Profile, (await Get("_emulator/faults")).Body);
        Assert.Equal(500, (await Put("api/v1/customers/1", "{}")).Status);
        Assert.Equal(200, (await Put("api/v1/customers/1", "{}")).Status);

        Assert.Equal(new Answer(200, """{"down":"none","rules":[]}""", null), await Delete("_emulator/faults"));
        Assert.Equal(FaultProfile.None, Emulator.Faults);
    }

    [Fact]
    public async Task Faults_put_with_rate_limits_and_down_mode()
    {
        var answer = await Put("_emulator/faults", """{"down":"unavailable","rate_limits":{"track_per_second":5,"app_per_second":2,"broadcast_interval_ms":1000}}""");

        Assert.Equal("""{"down":"unavailable","rules":[],"rate_limits":{"track_per_second":5,"app_per_second":2,"broadcast_interval_ms":1000}}""", answer.Body);
        Assert.Equal(DownMode.Unavailable, Emulator.Faults.Down);
        Assert.Equal(TimeSpan.FromSeconds(1), Emulator.Faults.RateLimits!.BroadcastInterval);
    }

    [Fact]
    public async Task Omitted_fault_fields_keep_their_defaults()
    {
        var answer = await Put("_emulator/faults", """{"rules":[{"status":503}]}""");

        Assert.Equal("""{"down":"none","rules":[{"rate":1,"status":503,"latency_ms":0,"abort":false}]}""", answer.Body);
        Assert.Equal(503, (await Put("api/v1/customers/1", "{}")).Status);
    }

    [Fact]
    public async Task Invalid_fault_profiles_are_400()
    {
        Assert.Equal(new Answer(400, """{"message":"Rate must be between 0 and 1. (Parameter 'Rate')"}""", null), await Put("_emulator/faults", """{"rules":[{"rate":3}]}"""));
        Assert.Equal(400, (await Put("_emulator/faults", "{")).Status);
        Assert.Equal(FaultProfile.None, Emulator.Faults);
    }
}
