using System.Net;

namespace CustomerIO.Transport;

/// <summary>One answer, read whole: status, body, and the <c>Retry-After</c> delay if the API gave one.</summary>
internal sealed class ApiResponse
{
    public ApiResponse(HttpStatusCode statusCode, byte[] body, TimeSpan? retryAfter)
    {
        StatusCode = statusCode;
        Body = body;
        RetryAfter = retryAfter;
    }

    public HttpStatusCode StatusCode { get; }

    public byte[] Body { get; }

    public TimeSpan? RetryAfter { get; }

    /// <summary>Any 2xx is success.</summary>
    public bool IsSuccess => (int)StatusCode is >= 200 and <= 299;
}
