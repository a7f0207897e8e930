using System.Text.Json.Serialization;
using CustomerIO.Serialization;

namespace CustomerIO.App;

/// <summary>A snippet: a named piece of reusable content (plain text or Liquid) that messages include by name.</summary>
public sealed class Snippet
{
    [JsonConstructor]
    internal Snippet()
    {
    }

    /// <summary>The snippet's name, unique in the workspace.</summary>
    [JsonInclude, JsonPropertyName("name")]
    public string? Name { get; internal set; }

    /// <summary>The snippet's content.</summary>
    [JsonInclude, JsonPropertyName("value")]
    public string? Value { get; internal set; }

    /// <summary>When the snippet last changed.</summary>
    [JsonInclude, JsonPropertyName("updated_at"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? UpdatedAt { get; internal set; }
}

/// <summary>
/// A snippet to create (<c>POST /v1/snippets</c>) or to create or replace by name (<c>PUT /v1/snippets</c>): its
/// name and its content. Customer.io trims both of surrounding white space before storing them.
/// </summary>
public sealed class SnippetDefinition : IAppBody
{
    /// <summary>The longest name Customer.io accepts, in characters.</summary>
    public const int MaxNameLength = 150;

    /// <summary>Describes the snippet.</summary>
    /// <param name="name">The snippet's name (required, at most <see cref="MaxNameLength"/> characters once trimmed).</param>
    /// <param name="value">The snippet's content (required).</param>
    public SnippetDefinition(string name, string value)
    {
        Name = name;
        Value = value;
    }

    /// <summary>The snippet's name.</summary>
    [JsonPropertyName("name")]
    public string Name { get; }

    /// <summary>The snippet's content. Its longest length depends on the workspace (16,000 characters by default), so the API checks it.</summary>
    [JsonPropertyName("value")]
    public string Value { get; }

    void IAppBody.Validate(string parameterName)
    {
        Validation.Guard.NotEmpty(Name, parameterName + ".Name", "snippet name");
        Validation.Guard.NotEmpty(Value, parameterName + ".Value", "snippet value");
        var length = Name.Trim().Length;
        if (length > MaxNameLength)
        {
            throw new CustomerIOValidationException(
                parameterName + ".Name",
                $"A snippet name must be at most {MaxNameLength} characters; this one has {length}.",
                MaxNameLength,
                length);
        }
    }
}
