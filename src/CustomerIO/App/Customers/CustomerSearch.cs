using System.Text.Json.Serialization;

namespace CustomerIO.App;

/// <summary>A search for people: the filter they must match (<c>POST /v1/customers</c>).</summary>
public sealed class CustomerSearch : IAppBody
{
    /// <summary>Describes the search.</summary>
    /// <param name="filter">The people to find.</param>
    public CustomerSearch(AudienceFilter filter) => Filter = filter;

    /// <summary>The people to find.</summary>
    [JsonPropertyName("filter")]
    public AudienceFilter Filter { get; }

    /// <summary>A search for the filter.</summary>
    /// <param name="filter">The filter.</param>
    public static implicit operator CustomerSearch(AudienceFilter filter) => new(filter);

    void IAppBody.Validate(string parameterName)
    {
        if (Filter is null)
        {
            throw new CustomerIOValidationException(parameterName + ".Filter", "A customer search needs a filter.");
        }
    }
}
