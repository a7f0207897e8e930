using System.Text.Json;
using CustomerIO.Emulator.Json;
using CustomerIO.Emulator.State;

namespace CustomerIO.Emulator.Validation;

/// <summary>Parses and checks person and object identifier objects (<c>{"id":..}</c>, <c>{"object_type_id":..,"object_id":..}</c>).</summary>
internal static class IdentifierRules
{
    /// <summary>Checks one identifier value: a non-empty string (or number) of at most 150 UTF-8 bytes.</summary>
    public static OperationError? CheckValue(ReadOnlySpan<byte> buffer, JsonSlice value, string field)
    {
        if (!value.IsString && !value.IsNumber)
        {
            return value.IsPresent && !value.IsNull ? Errors.MustBeString(field) : Errors.Required(field);
        }

        var length = value.Utf8Length(buffer);
        if (length == 0)
        {
            return Errors.IdentifierEmpty(field);
        }

        return length > Limits.IdentifierBytes ? Errors.IdentifierTooLong(field) : null;
    }

    /// <summary>Reads a person identifiers object holding exactly one of id, email, phone (E.164), cio_id.</summary>
    public static OperationError? ParsePerson(ReadOnlySpan<byte> buffer, JsonSlice identifiers, string field, out IdentifierKind kind, out JsonSlice value)
    {
        kind = IdentifierKind.Id;
        value = default;
        if (!identifiers.IsPresent || identifiers.IsNull)
        {
            return Errors.Required(field);
        }

        if (!identifiers.IsObject)
        {
            return Errors.MustBeObject(field);
        }

        var reader = identifiers.Reader(buffer);
        reader.Read();
        var found = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            IdentifierKind? k = reader.ValueTextEquals("id"u8) ? IdentifierKind.Id
                : reader.ValueTextEquals("email"u8) ? IdentifierKind.Email
                : reader.ValueTextEquals("phone"u8) ? IdentifierKind.Phone
                : reader.ValueTextEquals("cio_id"u8) ? IdentifierKind.CioId
                : null;
            reader.Read();
            var v = JsonSlice.Capture(ref reader, identifiers.Start);
            if (k is null || v.IsNull)
            {
                continue;
            }

            found++;
            kind = k.Value;
            value = v;
        }

        if (found != 1)
        {
            return Errors.PersonIdentifiers(field);
        }

        return CheckValue(buffer, value, field + "." + Name(kind))
            ?? (kind == IdentifierKind.Phone && !PhoneNumber.IsE164(buffer, value) ? Errors.PhoneNotE164(field) : null);
    }

    /// <summary>Reads an object identifiers object: object_type_id and object_id, or cio_object_id.</summary>
    public static OperationError? ParseObject(ReadOnlySpan<byte> buffer, JsonSlice identifiers, string field, out JsonSlice typeId, out JsonSlice objectId, out JsonSlice cioObjectId)
    {
        typeId = default;
        objectId = default;
        cioObjectId = default;
        if (!identifiers.IsPresent || identifiers.IsNull)
        {
            return Errors.Required(field);
        }

        if (!identifiers.IsObject)
        {
            return Errors.MustBeObject(field);
        }

        var reader = identifiers.Reader(buffer);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var which = reader.ValueTextEquals("object_type_id"u8) ? 1 : reader.ValueTextEquals("object_id"u8) ? 2 : reader.ValueTextEquals("cio_object_id"u8) ? 3 : 0;
            reader.Read();
            var v = JsonSlice.Capture(ref reader, identifiers.Start);
            switch (which)
            {
                case 1: typeId = v; break;
                case 2: objectId = v; break;
                case 3: cioObjectId = v; break;
                default: break;
            }
        }

        if (cioObjectId.IsPresent && !cioObjectId.IsNull)
        {
            return CheckValue(buffer, cioObjectId, field + ".cio_object_id");
        }

        if (!typeId.IsPresent || !objectId.IsPresent || typeId.IsNull || objectId.IsNull)
        {
            return Errors.ObjectIdentifiers(field);
        }

        return CheckValue(buffer, typeId, field + ".object_type_id") ?? CheckValue(buffer, objectId, field + ".object_id");
    }

    public static string Name(IdentifierKind kind) => kind switch
    {
        IdentifierKind.Email => "email",
        IdentifierKind.Phone => "phone",
        IdentifierKind.CioId => "cio_id",
        _ => "id",
    };
}
