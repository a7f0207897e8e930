using System.Linq;
using System.Text.Json.Serialization;
using CustomerIO.Validation;

namespace CustomerIO.App;

/// <summary>Descriptions of up to 100 person attributes for the data index (<c>POST /v1/data_index/attributes</c>).</summary>
public sealed class DataIndexAttributes : IAppBody
{
    /// <summary>The most attributes one update takes.</summary>
    public const int MaxItems = 100;

    /// <summary>Describes the update.</summary>
    /// <param name="attributes">1 to 100 attributes.</param>
    public DataIndexAttributes(IEnumerable<DataIndexAttribute> attributes) => Attributes = attributes?.ToArray()!;

    /// <summary>The attributes.</summary>
    [JsonPropertyName("attributes")]
    public IReadOnlyList<DataIndexAttribute> Attributes { get; }

    void IAppBody.Validate(string parameterName)
    {
        DataIndexEvents.CheckCount(Attributes?.Count, parameterName + ".Attributes", "attributes");
        for (var i = 0; i < Attributes!.Count; i++)
        {
            var item = Attributes[i] ?? throw new CustomerIOValidationException($"{parameterName}.Attributes[{i}]", "An attribute entry is null.");
            DataIndexEvents.CheckEntry(item.Name, item.Description, $"{parameterName}.Attributes[{i}]", "attribute");
        }
    }
}

/// <summary>One person attribute of the data index: its name, what it means, whether it is sensitive.</summary>
public sealed class DataIndexAttribute
{
    /// <summary>Describes the attribute.</summary>
    /// <param name="name">The attribute's name.</param>
    public DataIndexAttribute(string name) => Name = name;

    /// <summary>The attribute's name.</summary>
    [JsonPropertyName("name")]
    public string Name { get; }

    /// <summary>What the attribute means (at most 255 characters), for Customer.io's AI tools.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>Whether the attribute is sensitive (Premium plans); sent as <c>privacy_level</c> 1 or 0.</summary>
    [JsonIgnore]
    public bool? Sensitive { get; set; }

    [JsonInclude, JsonPropertyName("privacy_level")]
    internal int? PrivacyLevel => Sensitive is { } sensitive ? (sensitive ? 1 : 0) : null;
}

/// <summary>Descriptions of up to 100 events for the data index (<c>POST /v1/data_index/events</c>).</summary>
public sealed class DataIndexEvents : IAppBody
{
    /// <summary>The most events one update takes.</summary>
    public const int MaxItems = 100;

    /// <summary>The longest description Customer.io takes, in characters.</summary>
    public const int MaxDescriptionLength = 255;

    /// <summary>Describes the update.</summary>
    /// <param name="events">1 to 100 events.</param>
    public DataIndexEvents(IEnumerable<DataIndexEvent> events) => Events = events?.ToArray()!;

    /// <summary>The events.</summary>
    [JsonPropertyName("events")]
    public IReadOnlyList<DataIndexEvent> Events { get; }

    void IAppBody.Validate(string parameterName)
    {
        CheckCount(Events?.Count, parameterName + ".Events", "events");
        for (var i = 0; i < Events!.Count; i++)
        {
            var item = Events[i] ?? throw new CustomerIOValidationException($"{parameterName}.Events[{i}]", "An event entry is null.");
            CheckEntry(item.Name, item.Description, $"{parameterName}.Events[{i}]", "event");
        }
    }

    internal static void CheckCount(int? count, string parameterName, string what)
    {
        if (count is null or 0 or > MaxItems)
        {
            throw new CustomerIOValidationException(parameterName, $"Give 1 to {MaxItems} {what}; this update had {count ?? 0}.");
        }
    }

    internal static void CheckEntry(string name, string? description, string parameterName, string what)
    {
        Guard.NotEmpty(name, parameterName + ".Name", what + " name");
        if (description is { Length: > MaxDescriptionLength })
        {
            throw new CustomerIOValidationException(parameterName + ".Description", $"A description is at most {MaxDescriptionLength} characters; this one has {description.Length}.");
        }
    }
}

/// <summary>One event of the data index: its name and what it means.</summary>
public sealed class DataIndexEvent
{
    /// <summary>Describes the event.</summary>
    /// <param name="name">The event's name.</param>
    public DataIndexEvent(string name) => Name = name;

    /// <summary>The event's name.</summary>
    [JsonPropertyName("name")]
    public string Name { get; }

    /// <summary>What the event means (at most 255 characters).</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }
}
