using System.Text;

namespace CustomerIO.Eng.AppApi;

/// <summary>
/// The string-backed value types: each a readonly struct over its wire text (ordinal equality, implicit from
/// <see cref="string"/>, a static member per known value) and a JSON converter that reads any string.
/// </summary>
internal static class ValueEmitter
{
    public static string Value(StringValue type)
    {
        var n = type.Name;
        var example = type.Values.Count > 0 ? type.Values[0].Wire : "value";
        var s = new StringBuilder(Generator.Header);
        s.Append("using System.Text.Json;\nusing System.Text.Json.Serialization;\n\nnamespace CustomerIO.App;\n\n");
        s.Append("/// <summary>\n/// ").Append(Generator.Xml(type.Summary)).Append(" String-backed: a value Customer.io adds later still parses, compares and\n/// prints, without an SDK update.\n/// </summary>\n");
        s.Append("[JsonConverter(typeof(").Append(n).Append("JsonConverter))]\n");
        s.Append("public readonly struct ").Append(n).Append(" : IEquatable<").Append(n).Append(">\n{\n    private readonly string? _value;\n\n");
        s.Append("    /// <summary>Creates a value from its wire text.</summary>\n");
        s.Append("    /// <param name=\"value\">The wire text, for example <c>").Append(Generator.Xml(example)).Append("</c>.</param>\n");
        s.Append("    /// <exception cref=\"CustomerIOValidationException\">The text is empty.</exception>\n");
        s.Append("    public ").Append(n).Append("(string value)\n    {\n        Validation.Guard.NotEmpty(value, nameof(value), ").Append(Generator.Literal(Words(n))).Append(");\n        _value = value;\n    }\n");
        foreach (var value in type.Values)
        {
            s.Append("\n    /// <summary>").Append(Generator.Xml(value.Summary)).Append(" (<c>").Append(Generator.Xml(value.Wire)).Append("</c>)</summary>\n");
            s.Append("    public static ").Append(n).Append(' ').Append(value.Member).Append(" { get; } = new(").Append(Generator.Literal(value.Wire)).Append(");\n");
        }

        s.Append($$"""

    /// <summary>The wire text; empty for the default value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Converts wire text to a value.</summary>
    /// <param name="value">The wire text.</param>
    public static implicit operator {{n}}(string value) => new(value);

    /// <summary>Compares two values (ordinal, as Customer.io writes them).</summary>
    /// <param name="left">One value.</param>
    /// <param name="right">The other.</param>
    public static bool operator ==({{n}} left, {{n}} right) => left.Equals(right);

    /// <summary>Compares two values (ordinal, as Customer.io writes them).</summary>
    /// <param name="left">One value.</param>
    /// <param name="right">The other.</param>
    public static bool operator !=({{n}} left, {{n}} right) => !left.Equals(right);

    /// <summary>Converts wire text to a value.</summary>
    /// <param name="value">The wire text.</param>
    /// <returns>The value.</returns>
    public static {{n}} FromString(string value) => new(value);

    /// <inheritdoc/>
    public bool Equals({{n}} other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is {{n}} other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc/>
    public override string ToString() => Value;
}

/// <summary>Reads and writes <see cref="{{n}}"/> as its wire text; an empty text reads as the default value.</summary>
internal sealed class {{n}}JsonConverter : JsonConverter<{{n}}>
{
    /// <inheritdoc/>
    public override {{n}} Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? reader.GetString() is { Length: > 0 } text ? new(text) : default
            : throw new JsonException("A {{Words(n)}} is a JSON string.");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, {{n}} value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}

""");
        return s.ToString();
    }

    /// <summary>A type name in words: <c>SegmentState</c> is "segment state".</summary>
    private static string Words(string name)
    {
        var s = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && s.Length > 0)
            {
                s.Append(' ');
            }

            s.Append(char.ToLowerInvariant(c));
        }

        return s.ToString();
    }
}
