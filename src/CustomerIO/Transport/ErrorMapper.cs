using System.Text;

namespace CustomerIO.Transport;

/// <summary>Turns an unsuccessful answer into the matching <see cref="CustomerIOApiException"/>.</summary>
internal static class ErrorMapper
{
    public static CustomerIOApiException ToException(ApiRequest request, ApiResponse response)
    {
        var errors = ApiErrorParser.Parse(response.Body);
        var raw = Encoding.UTF8.GetString(response.Body);
        var method = request.Method.Method;
        return (int)response.StatusCode switch
        {
            401 or 403 => new CustomerIOAuthenticationException(response.StatusCode, method, request.PathTemplate, errors, raw),
            429 => new CustomerIORateLimitException(method, request.PathTemplate, errors, raw, response.RetryAfter) { RetryAfterUnreadable = response.RetryAfterUnreadable },
            _ => new CustomerIOApiException(response.StatusCode, method, request.PathTemplate, errors, raw),
        };
    }
}
