using System.Text.Json;
using CustomerIO.Track;

namespace CustomerIO.Tests.Integration;

/// <summary>Track v2 entity and batch calls, sent by the SDK over loopback HTTP to the emulator.</summary>
public sealed class TrackV2EmulatorTests : EmulatorTestBase
{
    [Fact]
    public async Task A_mixed_batch_is_applied_in_full()
    {
        var company = ObjectIdentifier.Of("1", "acme");
        var result = await Client.SendBatchAsync(
        [
            PersonOperation.Identify("v2-user", new Dictionary<string, object?> { ["email"] = "v2@example.com" }),
            PersonOperation.Event("v2-user", "logged_in", new Dictionary<string, object?> { ["via"] = "sso" }),
            PersonOperation.AddDevice("v2-user", new Device("tok-v2", DevicePlatform.Ios)),
            ObjectOperation.Identify(company, new Dictionary<string, object?> { ["name"] = "Acme" }, [Relationship.WithPerson("v2-user")]),
        ]);

        Assert.True(result.AllAccepted);
        Assert.Equal(4, result.OperationCount);
        Assert.Equal("v2@example.com", Person("v2-user").Email);
        Assert.Equal("""{"via":"sso"}""", Assert.Single(Emulator.GetEvents("v2-user")).Data!.Value.GetRawText());
        Assert.Equal("tok-v2", Assert.Single(Emulator.GetDevices("v2-user")).Token);
        var acme = Assert.Single(Emulator.GetObjects());
        Assert.Equal("acme", acme.ObjectId);
        Assert.Equal("Acme", acme.Attributes["name"].GetString());
    }

    [Fact]
    public async Task A_single_entity_operation_is_applied()
    {
        await Client.SendAsync(PersonOperation.Identify(PersonIdentifier.Email("solo@example.com"), new Dictionary<string, object?> { ["plan"] = "pro" }));
        await Client.SendAsync(PersonOperation.Suppress(PersonIdentifier.Email("solo@example.com")));

        Assert.Null(Emulator.FindPerson("solo@example.com"));
        Assert.Contains("solo@example.com", Emulator.GetSuppressedIdentifiers());
    }

    [Fact]
    public async Task A_redelivered_batch_of_events_is_de_duplicated_by_event_id()
    {
        TrackOperation[] batch = [PersonOperation.Event("dup", "a"), PersonOperation.Event("dup", "b")];

        await Client.SendBatchAsync(batch);
        await Client.SendBatchAsync(batch);

        Assert.Equal(["a", "b"], Emulator.GetEvents("dup").Select(e => e.Name));
        Assert.Equal(2, Emulator.GetCounters().DuplicateEvents);
    }

    [Fact]
    public async Task Operations_the_server_refuses_come_back_by_index_and_the_others_are_applied()
    {
        TrackOperation[] batch =
        [
            PersonOperation.Identify("good-1", new Dictionary<string, object?> { ["a"] = 1 }),
            PersonOperation.Identify(PersonIdentifier.Phone("not a phone number"), new Dictionary<string, object?> { ["a"] = 2 }),
            PersonOperation.Identify("good-2", new Dictionary<string, object?> { ["a"] = 3 }),
        ];

        var result = await Client.SendBatchAsync(batch);

        var failure = Assert.Single(result.Failures);
        Assert.Equal(1, failure.Index);
        Assert.Same(batch[1], failure.Operation);
        Assert.Equal("identifiers", failure.Error.Field);
        Assert.NotNull(Emulator.FindPerson("good-1"));
        Assert.NotNull(Emulator.FindPerson("good-2"));
    }
}
