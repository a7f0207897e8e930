using System.Net.Http;

namespace CustomerIO.Extensions.Hosting.Internal;

/// <summary>
/// One API's settings as its client uses them: the section's own value of each shared setting where it set one,
/// the top-level value otherwise. The one place the "section wins" rule is written, for every API's client.
/// </summary>
internal static class EffectiveSettings
{
    /// <summary>The client options of one API section (Track today; App and Pipelines once they have clients).</summary>
    public static T ToClientOptions<T>(CustomerIOOptions options, CustomerIOApiOptions section, HttpClient? httpClient)
        where T : CustomerIOClientOptions, new() => new()
    {
        Region = Region(section.Region ?? options.Region) ?? CustomerIORegion.US,
        Endpoint = section.Endpoint,
        Timeout = section.Timeout ?? options.Timeout,
        TotalTimeout = section.TotalTimeout ?? options.TotalTimeout,
        ApplicationId = ApplicationId(section.ApplicationId ?? options.ApplicationId),
        Retry = Retry(options.Retry, section.Retry),
        HttpClient = httpClient,
    };

    /// <summary>The top-level retry settings with each one the section set replaced (a new object: neither input changes).</summary>
    public static CustomerIORetryOptions Retry(CustomerIORetryOptions top, CustomerIORetryOverrides? section) => new()
    {
        MaxRetries = section?.MaxRetries ?? top.MaxRetries,
        BaseDelay = section?.BaseDelay ?? top.BaseDelay,
        MaxDelay = section?.MaxDelay ?? top.MaxDelay,
        MaxRetryAfter = section?.MaxRetryAfter ?? top.MaxRetryAfter,
        RetryUnsafeOperations = section?.RetryUnsafeOperations ?? top.RetryUnsafeOperations,
    };

    /// <summary>The region a name means, or null when it names none.</summary>
    public static CustomerIORegion? Region(string? name)
    {
        try
        {
            return CustomerIORegion.FromName(name!);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The application id to use: an empty value (how configuration unsets a setting) means none.</summary>
    public static string? ApplicationId(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
