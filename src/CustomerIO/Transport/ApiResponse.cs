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

    /// <summary>
    /// A <c>Retry-After</c> header was sent but could not be read (not seconds, not a date, or too large to be
    /// either): <see cref="RetryAfter"/> is null then, and the queue pauses for its longest allowed pause.
    /// </summary>
    public bool RetryAfterUnreadable { get; init; }

    /// <summary>Any 2xx is success.</summary>
    public bool IsSuccess => (int)StatusCode is >= 200 and <= 299;
}
