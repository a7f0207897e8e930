using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using CustomerIO.Validation;

namespace CustomerIO.App;

/// <summary>
/// A filter of objects by their attributes, as <see cref="ObjectsClient.FindAsync"/> takes it:
/// <see cref="AttributeEquals"/> and <see cref="AttributeExists"/>, combined with <see cref="And"/>, <see cref="Or"/>
/// or <see cref="Not"/>. The API nests one level only: <c>and</c> and <c>or</c> hold attribute conditions, <c>not</c>
/// holds one. Immutable.
/// </summary>
public sealed class ObjectFilter
{
    private readonly string _kind;
    private readonly ObjectFilter[] _children;
    private readonly string? _field;
    private readonly string? _value;

    private ObjectFilter(string kind, ObjectFilter[] children, string? field = null, string? value = null)
    {
        _kind = kind;
        _children = children;
        _field = field;
        _value = value;
    }

    /// <summary>Objects whose attribute <paramref name="field"/> equals <paramref name="value"/> (operator <c>eq</c>).</summary>
    /// <param name="field">The attribute's name.</param>
    /// <param name="value">The value to match, as text.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="CustomerIOValidationException">The name is empty or too long.</exception>
    public static ObjectFilter AttributeEquals(string field, string value)
    {
        Guard.Text(field, nameof(field), CustomerIOLimits.MaxAttributeNameBytes, "attribute name");
        return new("eq", [], field, value ?? throw new ArgumentNullException(nameof(value)));
    }

    /// <summary>Objects that have the attribute <paramref name="field"/> (operator <c>exists</c>).</summary>
    /// <param name="field">The attribute's name.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="CustomerIOValidationException">The name is empty or too long.</exception>
    public static ObjectFilter AttributeExists(string field)
    {
        Guard.Text(field, nameof(field), CustomerIOLimits.MaxAttributeNameBytes, "attribute name");
        return new("exists", [], field);
    }

    /// <summary>Objects matching every condition.</summary>
    /// <param name="conditions">Attribute conditions (at least one).</param>
    /// <returns>The filter.</returns>
    /// <exception cref="CustomerIOValidationException">None given, or one is not an attribute condition.</exception>
    public static ObjectFilter And(params ObjectFilter[] conditions) => new("and", Conditions(conditions, nameof(conditions), "and"));

    /// <summary>Objects matching any condition.</summary>
    /// <param name="conditions">Attribute conditions (at least one).</param>
    /// <returns>The filter.</returns>
    /// <exception cref="CustomerIOValidationException">None given, or one is not an attribute condition.</exception>
    public static ObjectFilter Or(params ObjectFilter[] conditions) => new("or", Conditions(conditions, nameof(conditions), "or"));

    /// <summary>Objects not matching an attribute condition.</summary>
    /// <param name="condition">The attribute condition.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="CustomerIOValidationException">The condition is not an attribute condition.</exception>
    public static ObjectFilter Not(ObjectFilter condition) => new("not", Conditions([condition], nameof(condition), "not"));

    /// <summary>The filter's kind only; field names and values stay out of logs.</summary>
    /// <returns>For example <c>ObjectFilter(and, 2)</c>.</returns>
    public override string ToString() => _children.Length == 0 ? $"ObjectFilter({_kind})" : $"ObjectFilter({_kind}, {_children.Length})";

    private bool IsCondition => _children.Length == 0;

    internal void Write(Utf8JsonWriter writer, string typeId)
    {
        writer.WriteStartObject();
        if (IsCondition)
        {
            WriteCondition(writer, typeId);
        }
        else if (_kind == "not")
        {
            writer.WritePropertyName("not");
            writer.WriteStartObject();
            _children[0].WriteCondition(writer, typeId);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteStartArray(_kind);
            foreach (var child in _children)
            {
                writer.WriteStartObject();
                child.WriteCondition(writer, typeId);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private void WriteCondition(Utf8JsonWriter writer, string typeId)
    {
        writer.WritePropertyName("object_attribute");
        writer.WriteStartObject();
        writer.WriteString("field", _field);
        writer.WriteString("operator", _kind);
        writer.WriteString("type_id", typeId);
        if (_value is not null)
        {
            writer.WriteString("value", _value);
        }

        writer.WriteEndObject();
    }

    private static ObjectFilter[] Conditions(ObjectFilter[] conditions, string parameterName, string kind)
    {
        if (conditions is null || conditions.Length == 0)
        {
            throw new CustomerIOValidationException(parameterName, $"An object filter's {kind} needs at least one condition.");
        }

        for (var i = 0; i < conditions.Length; i++)
        {
            if (conditions[i] is not { IsCondition: true })
            {
                throw new CustomerIOValidationException($"{parameterName}[{i}]", $"An object filter's {kind} holds attribute conditions only (AttributeEquals, AttributeExists): the API nests one level.");
            }
        }

        return [.. conditions];
    }
}

/// <summary>A search for the objects of one type that a filter matches (<c>POST /v1/objects</c>).</summary>
[JsonConverter(typeof(ObjectSearchJsonConverter))]
public sealed class ObjectSearch : IAppBody
{
    /// <summary>Describes the search.</summary>
    /// <param name="objectTypeId">The object type to search (integers as text, from <c>1</c>).</param>
    /// <param name="filter">The objects to find.</param>
    public ObjectSearch(string objectTypeId, ObjectFilter filter)
    {
        ObjectTypeId = objectTypeId;
        Filter = filter;
    }

    /// <summary>The object type to search; every condition is written with it as its <c>type_id</c>.</summary>
    public string ObjectTypeId { get; }

    /// <summary>The objects to find.</summary>
    public ObjectFilter Filter { get; }

    void IAppBody.Validate(string parameterName)
    {
        Guard.Text(ObjectTypeId, parameterName + ".ObjectTypeId", CustomerIOLimits.MaxIdentifierBytes, "object type id");
        if (Filter is null)
        {
            throw new CustomerIOValidationException(parameterName + ".Filter", "An object search needs a filter.");
        }
    }

    internal void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("object_type_id", ObjectTypeId);
        writer.WritePropertyName("filter");
        Filter.Write(writer, ObjectTypeId);
        writer.WriteEndObject();
    }
}

/// <summary>Writes an <see cref="ObjectSearch"/>; it is never read.</summary>
internal sealed class ObjectSearchJsonConverter : JsonConverter<ObjectSearch>
{
    public override ObjectSearch Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("An object search is only written.");

    public override void Write(Utf8JsonWriter writer, ObjectSearch value, JsonSerializerOptions options) => value.Write(writer);
}
