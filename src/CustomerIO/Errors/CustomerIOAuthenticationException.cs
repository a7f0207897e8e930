using System.Net;

namespace CustomerIO;

/// <summary>
/// Customer.io refused the credentials (401) or their permissions (403). Check the site id and API key
/// (Track), the App API key, or the write key (Pipelines), and the region.
/// </summary>
public sealed class CustomerIOAuthenticationException : CustomerIOApiException
{
    /// <inheritdoc cref="CustomerIOApiException(HttpStatusCode, string, string, IReadOnlyList{CustomerIOApiError}, string)"/>
    public CustomerIOAuthenticationException(
        HttpStatusCode statusCode,
        string method,
        string path,
        IReadOnlyList<CustomerIOApiError> errors,
        string rawBody)
        : base(statusCode, method, path, errors, rawBody)
    {
    }
}
