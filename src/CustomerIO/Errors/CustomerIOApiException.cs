using System.Linq;
using System.Net;

namespace CustomerIO;

/// <summary>A Customer.io API answered with a status code that is not a success (not 2xx).</summary>
public class CustomerIOApiException : CustomerIOException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="statusCode">The HTTP status code of the answer.</param>
    /// <param name="method">The HTTP method of the request.</param>
    /// <param name="path">The request's path template, for example <c>/api/v1/customers/{identifier}</c>.</param>
    /// <param name="errors">The error messages parsed from the answer.</param>
    /// <param name="rawBody">The body of the answer as text.</param>
    public CustomerIOApiException(
        HttpStatusCode statusCode,
        string method,
        string path,
        IReadOnlyList<CustomerIOApiError> errors,
        string rawBody)
        : base(BuildMessage(statusCode, method, path, errors))
    {
        StatusCode = statusCode;
        Method = method;
        Path = path;
        Errors = errors;
        RawBody = rawBody;
    }

    /// <summary>The HTTP status code of the answer.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The HTTP method of the request.</summary>
    public string Method { get; }

    /// <summary>
    /// The request's path template, for example <c>/api/v1/customers/{identifier}</c>.
    /// Identifiers are left out on purpose: they are personal data.
    /// </summary>
    public string Path { get; }

    /// <summary>
    /// The error messages parsed from the answer, in the order given; empty when the body had none. Their text is
    /// the server's and may quote the data sent, so it is kept out of <see cref="Exception.Message"/>.
    /// </summary>
    public IReadOnlyList<CustomerIOApiError> Errors { get; }

    /// <summary>The body of the answer as text (may be empty).</summary>
    public string RawBody { get; }

    private static string BuildMessage(
        HttpStatusCode statusCode, string method, string path, IReadOnlyList<CustomerIOApiError> errors)
    {
        // The servers' own messages stay in Errors and RawBody: they may quote the data sent (personal data).
        var head = $"Customer.io answered {(int)statusCode} ({statusCode}) to {method} {path}";
        if (errors.Count == 0)
        {
            return head + ".";
        }

        var described = errors.Select(e => e.ToString()).Where(d => d != "error").ToArray();
        var count = errors.Count == 1 ? "1 error" : $"{errors.Count} errors";
        return described.Length == 0
            ? $"{head} with {count}; see Errors."
            : $"{head} with {count} ({string.Join("; ", described)}); see Errors.";
    }
}
