using System.Text.Json.Serialization.Metadata;
using CustomerIO.Serialization;
using CustomerIO.Validation;

namespace CustomerIO.Track;

/// <summary>Checks and serializes the parts every event shares: its name, its data and its ULID id.</summary>
internal static class EventBodies
{
    public const string DataParameter = "data";

    public static void Name(string name, string parameterName = "name") =>
        Guard.Text(name, parameterName, CustomerIOLimits.MaxEventNameBytes, "event name");

    /// <summary>The caller's id, checked, or a new ULID.</summary>
    public static string Id(EventOptions? options)
    {
        if (options?.Id is { } id)
        {
            Guard.Ulid(id, "options.Id");
            return id;
        }

        return EventIds.NewId();
    }

    public static RawJson? Data(IReadOnlyDictionary<string, object?>? data) =>
        data is null ? null : Checked(AttributeJson.Serialize(data, DataParameter));

    public static RawJson Data<T>(T data, JsonTypeInfo<T> typeInfo) =>
        Checked(AttributeJson.Serialize(data, typeInfo, DataParameter));

    private static RawJson Checked(byte[] json)
    {
        AttributeJson.ValidateEventData(json, DataParameter);
        return new RawJson(json);
    }
}
