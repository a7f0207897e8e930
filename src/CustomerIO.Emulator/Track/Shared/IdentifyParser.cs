using System.Text.Json;
using CustomerIO.Emulator.Json;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.Validation;

namespace CustomerIO.Emulator.Track.Shared;

/// <summary>
/// Validates (and optionally collects) the attributes of an identify: count, name and value sizes,
/// and the reserved keys that are instructions rather than attributes.
/// </summary>
/// <remarks>
/// The 300-attribute rule, the same in v1 (the body) and v2 (<c>attributes</c>) and in the SDK: every key
/// counts (<c>id</c>, <c>email</c>, <c>phone</c>, <c>created_at</c>, <c>unsubscribed</c> and every custom
/// attribute) except the directives <c>_update</c>, <c>_timestamp</c>, <c>anonymous_id</c>,
/// <c>cio_subscription_preferences</c> and, in v1 only, <c>cio_relationships</c> (v2 has its own top-level
/// field, so inside v2 <c>attributes</c> it is an ordinary attribute). See <see cref="ReadControlKey"/>.
/// </remarks>
internal static class IdentifyParser
{
    /// <summary>
    /// Walks <paramref name="attributes"/>. With <paramref name="into"/> null it only validates.
    /// <paramref name="v1"/> reads <c>cio_relationships</c> in its v1 shape (inside the body).
    /// </summary>
    public static OperationError? Parse(ReadOnlySpan<byte> buffer, JsonSlice attributes, string field, IdentifyCommand? into, bool v1, bool isObject = false)
    {
        if (!attributes.IsPresent || attributes.IsNull)
        {
            return null;
        }

        if (!attributes.IsObject)
        {
            return Errors.MustBeObject(field);
        }

        var reader = attributes.Reader(buffer);
        reader.Read();
        var count = 0;
        Span<byte> nameBuffer = stackalloc byte[Limits.AttributeNameBytes];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var nameSlice = JsonSlice.Capture(ref reader, attributes.Start);
            var nameLength = nameSlice.Utf8Length(buffer);
            if (nameLength > Limits.AttributeNameBytes)
            {
                return Errors.AttributeNameTooLong(field);
            }

            reader.Read();
            var value = JsonSlice.Capture(ref reader, attributes.Start);
            var written = nameSlice.Unescape(buffer, nameBuffer);
            ReadOnlySpan<byte> name = nameBuffer[..written];

            if (!isObject)
            {
                var control = ReadControlKey(buffer, name, value, field, into, v1, out var handled);
                if (control is not null)
                {
                    return control;
                }

                if (handled)
                {
                    continue;
                }
            }

            // Only keys ReadControlKey did not take as directives reach here: these are the ones that count.
            if (++count > Limits.AttributesPerCall)
            {
                return Errors.TooManyAttributes(field);
            }

            if (!isObject && value.Utf8Length(buffer) > Limits.AttributeValueBytes)
            {
                return Errors.AttributeValueTooLong(field + "." + System.Text.Encoding.UTF8.GetString(name));
            }

            if (into is not null)
            {
                var nameText = System.Text.Encoding.UTF8.GetString(name);
                var removes = value.IsNull || (value.IsString && value.Length == 2);
                into.Attributes.Add(new(nameText, removes ? null : value.ToArray(buffer)));
                if (!isObject && value.IsString)
                {
                    if (name.SequenceEqual("email"u8))
                    {
                        into.Email = value.GetString(buffer);
                    }
                    else if (name.SequenceEqual("id"u8))
                    {
                        into.Id = value.GetString(buffer);
                    }
                    else if (name.SequenceEqual("phone"u8))
                    {
                        into.Phone = value.GetString(buffer);
                    }
                }
            }
        }

        if (isObject && attributes.Length > Limits.ObjectAttributesBytes)
        {
            return Errors.ObjectAttributesTooLarge(field);
        }

        return null;
    }

    private static OperationError? ReadControlKey(ReadOnlySpan<byte> buffer, ReadOnlySpan<byte> name, JsonSlice value, string field, IdentifyCommand? into, bool v1, out bool handled)
    {
        handled = true;
        if (name.SequenceEqual("_update"u8))
        {
            if (into is not null)
            {
                into.UpdateOnly = value.TokenType == JsonTokenType.True || (value.IsString && value.ValueEquals(buffer, "true"u8));
            }

            return null;
        }

        if (name.SequenceEqual("_timestamp"u8))
        {
            var ts = value.GetInt64(buffer);
            if (ts is null && !value.IsNull)
            {
                return Errors.MustBeNumber(field + "._timestamp");
            }

            into?.Timestamp = ts;
            return null;
        }

        if (name.SequenceEqual("anonymous_id"u8))
        {
            if (!value.IsNull && value.IsString && value.Length > 2)
            {
                var error = IdentifierRules.CheckValue(buffer, value, field + ".anonymous_id");
                if (error is not null)
                {
                    return error;
                }

                into?.AnonymousId = value.GetString(buffer);
            }

            return null;
        }

        if (name.SequenceEqual("cio_subscription_preferences"u8))
        {
            return ParseTopics(buffer, value, field + ".cio_subscription_preferences", into);
        }

        if (v1 && name.SequenceEqual("cio_relationships"u8))
        {
            return ParseV1Relationships(buffer, value, field + ".cio_relationships", into);
        }

        handled = false;
        return null;
    }

    private static OperationError? ParseTopics(ReadOnlySpan<byte> buffer, JsonSlice value, string field, IdentifyCommand? into)
    {
        if (!value.IsObject)
        {
            return value.IsNull ? null : Errors.MustBeObject(field);
        }

        var reader = value.Reader(buffer);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isTopics = reader.ValueTextEquals("topics"u8);
            reader.Read();
            if (!isTopics)
            {
                reader.Skip();
                continue;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return Errors.MustBeObject(field + ".topics");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var topic = reader.GetString() ?? string.Empty;
                reader.Read();
                if (reader.TokenType is not (JsonTokenType.True or JsonTokenType.False))
                {
                    return Errors.Invalid(field + ".topics." + topic, "topic preferences must be true or false");
                }

                if (into is not null)
                {
                    into.Topics ??= new(StringComparer.Ordinal);
                    into.Topics[topic] = reader.GetBoolean();
                }
            }
        }

        return null;
    }

    private static OperationError? ParseV1Relationships(ReadOnlySpan<byte> buffer, JsonSlice value, string field, IdentifyCommand? into)
    {
        if (!value.IsObject)
        {
            return Errors.MustBeObject(field);
        }

        var reader = value.Reader(buffer);
        reader.Read();
        JsonSlice action = default, relationships = default;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var which = reader.ValueTextEquals("action"u8) ? 1 : reader.ValueTextEquals("relationships"u8) ? 2 : 0;
            reader.Read();
            var v = JsonSlice.Capture(ref reader, value.Start);
            if (which == 1)
            {
                action = v;
            }
            else if (which == 2)
            {
                relationships = v;
            }
        }

        var delete = false;
        if (action.IsString && action.ValueEquals(buffer, "delete_relationships"u8))
        {
            delete = true;
        }
        else if (!(action.IsString && action.ValueEquals(buffer, "add_relationships"u8)))
        {
            return Errors.Invalid(field + ".action", "action must be add_relationships or delete_relationships");
        }

        into?.DeleteRelationships = delete;
        return RelationshipParser.Parse(buffer, relationships, field + ".relationships", targetsPeople: false, into?.Relationships);
    }
}
