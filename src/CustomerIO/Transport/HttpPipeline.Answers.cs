using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CustomerIO.Transport;

/// <summary>
/// Typed answers: the one place a 2xx body is read as the documented JSON, and where a body that is not
/// (or is empty) becomes a <see cref="CustomerIOException"/> naming the call, never quoting the body.
/// </summary>
internal sealed partial class HttpPipeline
{
    /// <summary>Sends the request and reads the 2xx answer as <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The answer's type.</typeparam>
    /// <param name="request">The request.</param>
    /// <param name="answer">The answer's JSON metadata.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer.</returns>
    public Task<T> SendAsync<T>(ApiRequest request, JsonTypeInfo<T> answer, CancellationToken cancellationToken) =>
        SendAsync(request, answer, static (T value) => value, cancellationToken);

    /// <summary>
    /// Sends the request, reads the 2xx answer as <typeparamref name="TEnvelope"/> and answers the part
    /// <paramref name="select"/> picks, for answers such as <c>{"segment": {...}}</c>.
    /// </summary>
    /// <typeparam name="TEnvelope">The answer's type.</typeparam>
    /// <typeparam name="T">The type of the part the caller wants.</typeparam>
    /// <param name="request">The request.</param>
    /// <param name="envelope">The answer's JSON metadata.</param>
    /// <param name="select">Picks the part; a null part counts as a body without the expected content.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The part.</returns>
    public async Task<T> SendAsync<TEnvelope, T>(ApiRequest request, JsonTypeInfo<TEnvelope> envelope, Func<TEnvelope, T?> select, CancellationToken cancellationToken)
    {
        var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        return Read(request, response.Body, envelope, select);
    }

    /// <summary>Sends the request and answers the 2xx body's bytes as they came, for downloads (exports, files).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The body; empty when the answer had none.</returns>
    public async Task<byte[]> DownloadAsync(ApiRequest request, CancellationToken cancellationToken) =>
        (await SendAsync(request, cancellationToken).ConfigureAwait(false)).Body;

    /// <summary>Reads a 2xx body (split out so the rule is tested without a round trip).</summary>
    internal static T Read<TEnvelope, T>(ApiRequest request, byte[] body, JsonTypeInfo<TEnvelope> envelope, Func<TEnvelope, T?> select)
    {
        TEnvelope? value;
        try
        {
            value = JsonSerializer.Deserialize(body, envelope);
        }
        catch (JsonException e)
        {
            // The SDK throws CustomerIOException for every failure, a 200 that is not the documented JSON included.
            throw new CustomerIOException($"{request.Subject} answered a body that is not the expected JSON.", e);
        }

        if (value is null)
        {
            throw new CustomerIOException($"{request.Subject} answered an empty body.");
        }

        return select(value) ?? throw new CustomerIOException($"{request.Subject} answered JSON without the expected content.");
    }
}
