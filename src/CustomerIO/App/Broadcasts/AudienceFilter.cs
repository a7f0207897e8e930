using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using CustomerIO.Validation;

namespace CustomerIO.App;

/// <summary>
/// A filter of people by segment membership and attributes, as customer searches and broadcast audiences take it:
/// <see cref="Segment"/>, <see cref="AttributeEquals"/>, <see cref="AttributeExists"/>, combined with
/// <see cref="And"/>, <see cref="Or"/> and <see cref="Not"/> (or the operators <c>&amp;</c>, <c>|</c>, <c>!</c>).
/// Immutable; each filter writes itself as the one-property JSON object the API expects.
/// </summary>
/// <example><c>AudienceFilter.Segment(3) &amp; (AudienceFilter.AttributeEquals("state", "NM") | !AudienceFilter.AttributeExists("unsubscribed"))</c></example>
[JsonConverter(typeof(AudienceFilterJsonConverter))]
public sealed class AudienceFilter
{
    private readonly string _kind;
    private readonly AudienceFilter[] _children;
    private readonly long _segmentId;
    private readonly string? _field;
    private readonly string? _value;

    private AudienceFilter(string kind, AudienceFilter[] children, long segmentId = 0, string? field = null, string? value = null)
    {
        _kind = kind;
        _children = children;
        _segmentId = segmentId;
        _field = field;
        _value = value;
    }

    /// <summary>People in a segment.</summary>
    /// <param name="segmentId">The segment's id (positive).</param>
    /// <returns>The filter.</returns>
    /// <exception cref="CustomerIOValidationException">The id is not positive.</exception>
    public static AudienceFilter Segment(long segmentId) => segmentId > 0
        ? new("segment", [], segmentId)
        : throw new CustomerIOValidationException(nameof(segmentId), "A segment id must be positive.");

    /// <summary>People whose attribute <paramref name="field"/> equals <paramref name="value"/> (operator <c>eq</c>).</summary>
    /// <param name="field">The attribute's name.</param>
    /// <param name="value">The value to match, as text (the API compares text).</param>
    /// <returns>The filter.</returns>
    /// <exception cref="CustomerIOValidationException">The name is empty or too long.</exception>
    public static AudienceFilter AttributeEquals(string field, string value)
    {
        Guard.Text(field, nameof(field), CustomerIOLimits.MaxAttributeNameBytes, "attribute name");
        return new("attribute", [], field: field, value: value ?? throw new ArgumentNullException(nameof(value)));
    }

    /// <summary>People who have the attribute <paramref name="field"/> at all (operator <c>exists</c>).</summary>
    /// <param name="field">The attribute's name.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="CustomerIOValidationException">The name is empty or too long.</exception>
    public static AudienceFilter AttributeExists(string field)
    {
        Guard.Text(field, nameof(field), CustomerIOLimits.MaxAttributeNameBytes, "attribute name");
        return new("attribute", [], field: field);
    }

    /// <summary>People every filter matches.</summary>
    /// <param name="filters">At least one filter.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="CustomerIOValidationException">No filter was given.</exception>
    public static AudienceFilter And(params AudienceFilter[] filters) => Group("and", filters, nameof(filters));

    /// <summary>People any filter matches.</summary>
    /// <param name="filters">At least one filter.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="CustomerIOValidationException">No filter was given.</exception>
    public static AudienceFilter Or(params AudienceFilter[] filters) => Group("or", filters, nameof(filters));

    /// <summary>People the filter does not match.</summary>
    /// <param name="filter">The filter.</param>
    /// <returns>The filter.</returns>
    public static AudienceFilter Not(AudienceFilter filter) => new("not", [filter ?? throw new ArgumentNullException(nameof(filter))]);

    /// <summary><see cref="And"/> of two filters.</summary>
    /// <param name="left">One.</param>
    /// <param name="right">The other.</param>
    /// <returns>The filter.</returns>
    public static AudienceFilter operator &(AudienceFilter left, AudienceFilter right) => And(left, right);

    /// <summary><see cref="Or"/> of two filters.</summary>
    /// <param name="left">One.</param>
    /// <param name="right">The other.</param>
    /// <returns>The filter.</returns>
    public static AudienceFilter operator |(AudienceFilter left, AudienceFilter right) => Or(left, right);

    /// <summary><see cref="Not"/> of a filter.</summary>
    /// <param name="filter">The filter.</param>
    /// <returns>The filter.</returns>
    public static AudienceFilter operator !(AudienceFilter filter) => Not(filter);

    /// <summary>The filter's shape without attribute names or values (they can be personal data).</summary>
    /// <returns>For example <c>and(segment, not(attribute))</c>.</returns>
    public override string ToString() => _children.Length == 0 ? _kind : $"{_kind}({string.Join(", ", _children.Select(c => c.ToString()))})";

    internal void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WritePropertyName(_kind);
        switch (_kind)
        {
            case "segment":
                writer.WriteStartObject();
                writer.WriteNumber("id", _segmentId);
                writer.WriteEndObject();
                break;
            case "attribute":
                writer.WriteStartObject();
                writer.WriteString("field", _field);
                writer.WriteString("operator", _value is null ? "exists" : "eq");
                if (_value is not null)
                {
                    writer.WriteString("value", _value);
                }

                writer.WriteEndObject();
                break;
            case "not":
                _children[0].Write(writer);
                break;
            default:
                writer.WriteStartArray();
                foreach (var child in _children)
                {
                    child.Write(writer);
                }

                writer.WriteEndArray();
                break;
        }

        writer.WriteEndObject();
    }

    private static AudienceFilter Group(string kind, AudienceFilter[] filters, string parameterName)
    {
        if (filters is null || filters.Length == 0)
        {
            throw new CustomerIOValidationException(parameterName, $"An '{kind}' filter needs at least one filter.");
        }

        if (filters.Any(f => f is null))
        {
            throw new ArgumentNullException(parameterName, "A filter in the list is null.");
        }

        return new(kind, [.. filters]);
    }
}

/// <summary>Writes an <see cref="AudienceFilter"/>; filters are never read back.</summary>
internal sealed class AudienceFilterJsonConverter : JsonConverter<AudienceFilter>
{
    public override AudienceFilter Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Audience filters are only written.");

    public override void Write(Utf8JsonWriter writer, AudienceFilter value, JsonSerializerOptions options) => value.Write(writer);
}
