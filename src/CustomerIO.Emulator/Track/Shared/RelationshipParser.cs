using System.Text.Json;
using CustomerIO.Emulator.Json;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.Validation;

namespace CustomerIO.Emulator.Track.Shared;

/// <summary>Reads <c>cio_relationships</c> arrays: <c>[{"identifiers":{...},"relationship_attributes":{...}}]</c>.</summary>
internal static class RelationshipParser
{
    /// <summary>
    /// Parses relationships whose identifiers name objects (person operations) or people, possibly
    /// anonymous (object operations: <paramref name="targetsPeople"/>). Collects into <paramref name="into"/> when given.
    /// </summary>
    public static OperationError? Parse(ReadOnlySpan<byte> buffer, JsonSlice array, string field, bool targetsPeople, List<RelationshipChange>? into)
    {
        if (!array.IsPresent || array.IsNull)
        {
            return Errors.Required(field);
        }

        if (!array.IsArray)
        {
            return Errors.Invalid(field, $"{field} must be an array");
        }

        var reader = array.Reader(buffer);
        reader.Read();
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var itemField = $"{field}[{index++}]";
            var item = JsonSlice.Capture(ref reader, array.Start);
            if (!item.IsObject)
            {
                return Errors.MustBeObject(itemField);
            }

            var itemReader = item.Reader(buffer);
            itemReader.Read();
            JsonSlice identifiers = default, attributes = default;
            while (itemReader.Read() && itemReader.TokenType == JsonTokenType.PropertyName)
            {
                var which = itemReader.ValueTextEquals("identifiers"u8) ? 1 : itemReader.ValueTextEquals("relationship_attributes"u8) ? 2 : 0;
                itemReader.Read();
                var v = JsonSlice.Capture(ref itemReader, item.Start);
                if (which == 1)
                {
                    identifiers = v;
                }
                else if (which == 2)
                {
                    attributes = v;
                }
            }

            if (attributes.IsPresent && !attributes.IsNull && !attributes.IsObject)
            {
                return Errors.MustBeObject(itemField + ".relationship_attributes");
            }

            var attributeBytes = attributes.IsObject ? attributes.ToArray(buffer) : null;
            var error = targetsPeople
                ? ParsePerson(buffer, identifiers, itemField + ".identifiers", attributeBytes, into)
                : ParseObject(buffer, identifiers, itemField + ".identifiers", attributeBytes, into);
            if (error is not null)
            {
                return error;
            }
        }

        return null;
    }

    private static OperationError? ParseObject(ReadOnlySpan<byte> buffer, JsonSlice identifiers, string field, byte[]? attributes, List<RelationshipChange>? into)
    {
        var error = IdentifierRules.ParseObject(buffer, identifiers, field, out var typeId, out var objectId, out var cioObjectId);
        if (error is null && into is not null)
        {
            into.Add(cioObjectId.IsPresent && !cioObjectId.IsNull
                ? new RelationshipChange(null, cioObjectId.GetString(buffer), IdentifierKind.Id, null, null, attributes)
                : new RelationshipChange(new ObjectKey(typeId.GetString(buffer), objectId.GetString(buffer)), null, IdentifierKind.Id, null, null, attributes));
        }

        return error;
    }

    private static OperationError? ParsePerson(ReadOnlySpan<byte> buffer, JsonSlice identifiers, string field, byte[]? attributes, List<RelationshipChange>? into)
    {
        if (identifiers.IsObject)
        {
            // Objects may relate to anonymous people (identify_anonymous).
            var reader = identifiers.Reader(buffer);
            reader.Read();
            if (reader.Read() && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("anonymous_id"u8))
            {
                reader.Read();
                var anonymous = JsonSlice.Capture(ref reader, identifiers.Start);
                var anonymousError = IdentifierRules.CheckValue(buffer, anonymous, field + ".anonymous_id");
                if (anonymousError is null)
                {
                    into?.Add(new RelationshipChange(null, null, IdentifierKind.Id, null, anonymous.GetString(buffer), attributes));
                }

                return anonymousError;
            }
        }

        var error = IdentifierRules.ParsePerson(buffer, identifiers, field, out var kind, out var value);
        if (error is null)
        {
            into?.Add(new RelationshipChange(null, null, kind, value.GetString(buffer), null, attributes));
        }

        return error;
    }
}
