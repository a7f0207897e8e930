using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace CustomerIO.Emulator.Tests.App;

/// <summary>Live notifications: one state per instance, started for a known person, updated, ended, expired on the fake clock.</summary>
public sealed class LiveNotificationsTests : EmulatorTest
{
    private const string Start =
        """{"identifiers":{"email":"ann@example.com"},"notification_type":"io.customer.livenotifications.countdowntimer","platform":"android","attributes":{"header":"Doors open"},"content_state":{"title":"Soon"}}""";

    private readonly FakeTimeProvider _time = new(DateTimeOffset.FromUnixTimeSeconds(1_800_000_000));

    protected override CustomerIOEmulatorOptions CreateOptions() => new() { TimeProvider = _time };

    [Fact]
    public async Task Start_update_end_and_read_the_state()
    {
        await Put("api/v1/customers/1", """{"email":"ann@example.com"}""");

        var started = await App(HttpMethod.Post, "v1/live_notifications/start", Start);
        var id = JsonDocument.Parse(started.Body).RootElement.GetProperty("instance_id").GetString()!;
        _time.Advance(TimeSpan.FromSeconds(10));
        var updated = await App(HttpMethod.Post, "v1/live_notifications/update", "{\"instance_id\":\"" + id + "\",\"content_state\":{\"title\":\"Now\"}}");

        Assert.Equal((200, 26), (started.Status, id.Length));
        Assert.Equal(new Answer(200, "{\"instance_id\":\"" + id + "\"}", null), updated);
        Assert.Equal(
            new Answer(200, "{\"instance_id\":\"" + id + "\",\"notification_type\":\"io.customer.livenotifications.countdowntimer\",\"platform\":\"android\",\"state\":\"active\",\"failure_reason\":null," +
                "\"started_at\":1800000000,\"ended_at\":null,\"expires_at\":1800021600,\"last_delivery\":{\"id\":\"" + id + "-2\",\"operation\":\"update\",\"status\":\"sent\",\"source\":\"api\",\"created_at\":1800000010}}", null),
            await App(HttpMethod.Get, "v1/live_notifications/" + id));

        Assert.Equal(200, (await App(HttpMethod.Post, "v1/live_notifications/end", "{\"instance_id\":\"" + id + "\"}")).Status);
        var ended = JsonDocument.Parse((await App(HttpMethod.Get, "v1/live_notifications/" + id)).Body).RootElement;
        Assert.Equal(("ended", 1800000010L, "end"), (ended.GetProperty("state").GetString(), ended.GetProperty("ended_at").GetInt64(), ended.GetProperty("last_delivery").GetProperty("operation").GetString()));
        Assert.Equal(
            new Answer(400, """{"meta":{"error":"the live notification is no longer active"}}""", null),
            await App(HttpMethod.Post, "v1/live_notifications/update", "{\"instance_id\":\"" + id + "\",\"content_state\":{\"title\":\"Again\"}}"));
    }

    [Fact]
    public async Task An_active_notification_expires_when_its_time_passes()
    {
        await Put("api/v1/customers/1", """{"email":"ann@example.com"}""");
        var body = Start.Replace("\"platform\"", "\"expiration\":1800000060,\"platform\"", StringComparison.Ordinal);
        var id = JsonDocument.Parse((await App(HttpMethod.Post, "v1/live_notifications/start", body)).Body).RootElement.GetProperty("instance_id").GetString()!;

        _time.Advance(TimeSpan.FromSeconds(61));

        Assert.Equal("expired", JsonDocument.Parse((await App(HttpMethod.Get, "v1/live_notifications/" + id)).Body).RootElement.GetProperty("state").GetString());
    }

    [Fact]
    public async Task Malformed_starts_and_unknown_instances_are_refused()
    {
        await Put("api/v1/customers/1", """{"email":"ann@example.com"}""");

        Assert.Equal(new Answer(400, """{"meta":{"error":"identifiers must hold exactly one of id, email, phone, internal"}}""", null),
            await App(HttpMethod.Post, "v1/live_notifications/start", Start.Replace("{\"email\":\"ann@example.com\"}", "{\"email\":\"ann@example.com\",\"id\":\"1\"}", StringComparison.Ordinal)));
        Assert.Equal(new Answer(400, """{"meta":{"error":"identifiers name no person of the workspace"}}""", null),
            await App(HttpMethod.Post, "v1/live_notifications/start", Start.Replace("ann@", "nobody@", StringComparison.Ordinal)));
        Assert.Equal(new Answer(400, """{"meta":{"error":"push_payload.alert is required"}}""", null),
            await App(HttpMethod.Post, "v1/live_notifications/start", Start.Replace("android", "ios", StringComparison.Ordinal)));
        Assert.Equal(new Answer(400, """{"meta":{"error":"content_state must be an object with at least one field"}}""", null),
            await App(HttpMethod.Post, "v1/live_notifications/start", Start.Replace("{\"title\":\"Soon\"}", "{}", StringComparison.Ordinal)));
        Assert.Equal(new Answer(400, """{"meta":{"error":"expiration must be in the next 6 hours"}}""", null),
            await App(HttpMethod.Post, "v1/live_notifications/start", Start.Replace("\"platform\"", "\"expiration\":1800021601,\"platform\"", StringComparison.Ordinal)));
        Assert.Equal(new Answer(400, """{"meta":{"error":"instance_id must be a ULID"}}""", null), await App(HttpMethod.Get, "v1/live_notifications/not-a-ulid"));
        Assert.Equal(new Answer(404, """{"meta":{"error":"live notification not found"}}""", null), await App(HttpMethod.Get, "v1/live_notifications/01HV3Z5Y7K8M9N0P1Q2R3S4T5V"));
        Assert.Equal(new Answer(404, """{"meta":{"error":"live notification not found"}}""", null),
            await App(HttpMethod.Post, "v1/live_notifications/end", """{"instance_id":"01HV3Z5Y7K8M9N0P1Q2R3S4T5V"}"""));
    }
}
