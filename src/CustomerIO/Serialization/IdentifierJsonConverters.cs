using System.Text.Json;
using System.Text.Json.Serialization;
using CustomerIO.Track;

namespace CustomerIO.Serialization;

/// <summary>Writes a person identifier as Customer.io's one-key object, for example <c>{"email":"…"}</c>.</summary>
internal sealed class PersonIdentifierJsonConverter : JsonConverter<PersonIdentifier>
{
    public override PersonIdentifier Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Identifiers are only ever written.");

    public override void Write(Utf8JsonWriter writer, PersonIdentifier value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString(value.WireName, value.Value);
        writer.WriteEndObject();
    }
}

/// <summary>Writes an object identifier as <c>{"object_type_id":"1","object_id":"…"}</c> or <c>{"cio_object_id":"…"}</c>.</summary>
internal sealed class ObjectIdentifierJsonConverter : JsonConverter<ObjectIdentifier>
{
    public override ObjectIdentifier Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Identifiers are only ever written.");

    public override void Write(Utf8JsonWriter writer, ObjectIdentifier value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.CioObjectId is { } cioObjectId)
        {
            writer.WriteString("cio_object_id", cioObjectId);
        }
        else
        {
            writer.WriteString("object_type_id", value.ObjectTypeId);
            writer.WriteString("object_id", value.ObjectId);
        }

        writer.WriteEndObject();
    }
}
