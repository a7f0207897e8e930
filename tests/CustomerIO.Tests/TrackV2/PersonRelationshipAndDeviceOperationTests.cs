using CustomerIO.Track;

namespace CustomerIO.Tests.TrackV2;

public sealed class PersonRelationshipAndDeviceOperationTests
{
    private static readonly Relationship[] Relationships =
    [
        Relationship.WithObject(ObjectIdentifier.Of("1", "acme"), new Dictionary<string, object?> { ["role"] = "admin", ["seat"] = 3 }),
        Relationship.WithObject(ObjectIdentifier.ByCioObjectId("obj_9")),
    ];

    private const string RelationshipsJson =
        "\"cio_relationships\":[{\"identifiers\":{\"object_type_id\":\"1\",\"object_id\":\"acme\"},\"relationship_attributes\":{\"role\":\"admin\",\"seat\":3}},"
        + "{\"identifiers\":{\"cio_object_id\":\"obj_9\"}}]";

    [Fact]
    public void AddRelationships_lists_objects_with_their_relationship_attributes()
    {
        var operation = PersonOperation.AddRelationships("user-42", Relationships);

        V2.AssertOperation(
            operation,
            "{\"type\":\"person\",\"action\":\"add_relationships\",\"identifiers\":{\"id\":\"user-42\"}," + RelationshipsJson + "}",
            "person",
            "add_relationships",
            isIdempotent: true,
            eventId: null,
            "user-42",
            "acme");
    }

    [Fact]
    public void DeleteRelationships_lists_objects_with_their_relationship_attributes()
    {
        var operation = PersonOperation.DeleteRelationships(PersonIdentifier.Email("ann@example.com"), Relationships);

        V2.AssertOperation(
            operation,
            "{\"type\":\"person\",\"action\":\"delete_relationships\",\"identifiers\":{\"email\":\"ann@example.com\"}," + RelationshipsJson + "}",
            "person",
            "delete_relationships",
            isIdempotent: true,
            eventId: null,
            "ann@example.com");
    }

    [Fact]
    public void Relationship_operations_refuse_an_empty_list()
    {
        Assert.Equal("relationships", Assert.Throws<CustomerIOValidationException>(() => PersonOperation.AddRelationships("user-42", [])).ParameterName);
        Assert.Equal("relationships", Assert.Throws<CustomerIOValidationException>(() => PersonOperation.DeleteRelationships("user-42", [])).ParameterName);
    }

    [Fact]
    public void AddDevice_sends_token_not_id_with_every_device_field()
    {
        var device = new Device("tok-abc", DevicePlatform.Ios)
        {
            LastUsed = V2.T1704067200,
            OperatingSystem = "iOS 17.2",
            Model = "iPhone15,2",
            AppVersion = "2.3.1",
            SdkVersion = "3.0.0",
            Locale = "de-CH",
            PushEnabled = false,
            CustomAttributes = new Dictionary<string, string> { ["color"] = "blue" },
        };

        var operation = PersonOperation.AddDevice("user-42", device);

        V2.AssertOperation(
            operation,
            "{\"type\":\"person\",\"action\":\"add_device\",\"identifiers\":{\"id\":\"user-42\"},\"device\":{\"token\":\"tok-abc\",\"platform\":\"ios\",\"last_used\":1704067200,"
            + "\"attributes\":{\"device_os\":\"iOS 17.2\",\"device_model\":\"iPhone15,2\",\"app_version\":\"2.3.1\",\"cio_sdk_version\":\"3.0.0\","
            + "\"device_locale\":\"de-CH\",\"push_enabled\":\"false\",\"color\":\"blue\"}}}",
            "person",
            "add_device",
            isIdempotent: true,
            eventId: null,
            "user-42",
            "tok-abc");
    }

    [Fact]
    public void AddDevice_with_only_token_and_platform()
    {
        var operation = PersonOperation.AddDevice(PersonIdentifier.Phone("+14155550100"), new Device("tok-abc", DevicePlatform.Android) { PushEnabled = true });

        Assert.Equal(
            "{\"type\":\"person\",\"action\":\"add_device\",\"identifiers\":{\"phone\":\"+14155550100\"},\"device\":{\"token\":\"tok-abc\",\"platform\":\"android\",\"attributes\":{\"push_enabled\":\"true\"}}}",
            V2.JsonOf(operation));
    }

    [Fact]
    public void AddDevice_with_a_platform_the_sdk_does_not_name()
    {
        var operation = PersonOperation.AddDevice("user-42", new Device("tok-abc", "web"));

        Assert.Equal(
            "{\"type\":\"person\",\"action\":\"add_device\",\"identifiers\":{\"id\":\"user-42\"},\"device\":{\"token\":\"tok-abc\",\"platform\":\"web\"}}",
            V2.JsonOf(operation));
    }

    [Fact]
    public void DeleteDevice_names_the_token()
    {
        var operation = PersonOperation.DeleteDevice(PersonIdentifier.CioId("a3000001"), "tok-abc");

        V2.AssertOperation(
            operation,
            "{\"type\":\"person\",\"action\":\"delete_device\",\"identifiers\":{\"cio_id\":\"a3000001\"},\"device\":{\"token\":\"tok-abc\"}}",
            "person",
            "delete_device",
            isIdempotent: true,
            eventId: null,
            "a3000001",
            "tok-abc");
    }

    [Fact]
    public void Device_operations_refuse_missing_input()
    {
        Assert.Throws<ArgumentNullException>("device", () => PersonOperation.AddDevice("user-42", null!));
        Assert.Equal("deviceToken", Assert.Throws<CustomerIOValidationException>(() => PersonOperation.DeleteDevice("user-42", "")).ParameterName);
    }
}
