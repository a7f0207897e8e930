namespace CustomerIO;

/// <summary>A Customer.io data center; a workspace lives in exactly one.</summary>
public sealed class CustomerIORegion
{
    private CustomerIORegion(string name, Uri trackUri, Uri appUri, Uri pipelinesUri)
    {
        Name = name;
        TrackUri = trackUri;
        AppUri = appUri;
        PipelinesUri = pipelinesUri;
    }

    /// <summary>The United States data center (the default).</summary>
    public static CustomerIORegion US { get; } = new(
        "us",
        new Uri("https://track.customer.io/"),
        new Uri("https://api.customer.io/"),
        new Uri("https://cdp.customer.io/"));

    /// <summary>The European Union data center.</summary>
    public static CustomerIORegion EU { get; } = new(
        "eu",
        new Uri("https://track-eu.customer.io/"),
        new Uri("https://api-eu.customer.io/"),
        new Uri("https://cdp-eu.customer.io/"));

    /// <summary>The region's short name, <c>us</c> or <c>eu</c>, as the region lookup answers it.</summary>
    public string Name { get; }

    /// <summary>The root of the Track API host; the SDK appends <c>api/v1/</c>, <c>api/v2/</c> or <c>unsubscribe/</c>.</summary>
    public Uri TrackUri { get; }

    /// <summary>The root of the App API host; the SDK appends <c>v1/</c>.</summary>
    public Uri AppUri { get; }

    /// <summary>The root of the Data Pipelines API host; the SDK appends <c>v1/</c>.</summary>
    public Uri PipelinesUri { get; }

    /// <summary>Finds a region by its short name (<c>us</c> or <c>eu</c>, any case).</summary>
    /// <param name="name">The region's short name.</param>
    /// <returns>The region.</returns>
    /// <exception cref="ArgumentException">The name is neither <c>us</c> nor <c>eu</c>.</exception>
    public static CustomerIORegion FromName(string name) => name?.Trim().ToUpperInvariant() switch
    {
        "US" => US,
        "EU" => EU,
        _ => throw new ArgumentException("The region must be 'us' or 'eu'.", nameof(name)),
    };

    /// <inheritdoc/>
    public override string ToString() => Name;
}
