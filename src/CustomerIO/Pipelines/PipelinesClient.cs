using System.Linq;
using System.Net.Http.Headers;
using System.Text;
using CustomerIO.Pipelines.Wire;
using CustomerIO.Transport;

namespace CustomerIO.Pipelines;

/// <summary>
/// The Data Pipelines API (Customer.io's Segment-compatible API): <c>identify</c>, <c>track</c>, <c>page</c>,
/// <c>screen</c>, <c>group</c>, <c>alias</c> and <c>batch</c>, one call at a time. Thread-safe; create one per source
/// (write key) and share it. For volume, put a <see cref="PipelinesQueue"/> on it.
/// </summary>
/// <remarks>
/// <para>Every message is checked before sending (<see cref="CustomerIOValidationException"/>: ids, the 32 KB a message
/// and 500 KB a batch limits, Unicode), carries a <c>messageId</c> so retrying never duplicates it, and is sent with
/// <c>X-Strict-Mode: 1</c> unless <see cref="PipelinesClientOptions.StrictMode"/> is off: Customer.io otherwise
/// answers 200 to a payload it drops. Every failure is a <see cref="CustomerIOException"/>.</para>
/// </remarks>
public partial class PipelinesClient
{
    private static readonly KeyValuePair<string, string>[] StrictHeaders = [new("X-Strict-Mode", "1")];

    private readonly HttpPipeline _pipeline;

    /// <summary>Creates a client for one source.</summary>
    /// <param name="writeKey">The source's write key (sent as the Basic user name, with an empty password).</param>
    /// <param name="options">Region, endpoint, strict mode, timeouts, retries, logging; the defaults when omitted.</param>
    /// <exception cref="ArgumentException">The write key is empty, or an option is out of range.</exception>
    public PipelinesClient(string writeKey, PipelinesClientOptions? options = null)
    {
        if (string.IsNullOrWhiteSpace(writeKey))
        {
            throw new ArgumentException("The Pipelines write key must not be empty.", nameof(writeKey));
        }

        options ??= new PipelinesClientOptions();
        options.Validate();
        var credentials = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(writeKey + ":")));
        _pipeline = new HttpPipeline(
            "pipelines",
            options.Endpoint ?? options.Region.PipelinesUri,
            credentials,
            options,
            typeof(PipelinesClient).FullName!,
            options.StrictMode ? StrictHeaders : null);
        Options = options;
    }

    /// <summary>
    /// For mocking frameworks only: a client connected to nothing. Override the members a test uses; the others
    /// fail, as would a <see cref="PipelinesQueue"/> built on such a client.
    /// </summary>
    protected PipelinesClient()
    {
        _pipeline = null!;
        Options = null!;
    }

    /// <summary>The Pipelines host root requests go to (the SDK appends <c>v1/</c>).</summary>
    public virtual Uri Endpoint => _pipeline.Root;

    /// <summary>The transport every request of this client goes through; <see cref="PipelinesQueue"/> shares it.</summary>
    internal HttpPipeline Pipeline => _pipeline;

    /// <summary>The options the client was created with (validated).</summary>
    internal PipelinesClientOptions Options { get; }

    /// <summary>Sends one message to its type's endpoint (<c>/v1/identify</c>, <c>/v1/track</c>, …), with <c>sentAt</c> stamped at each attempt.</summary>
    /// <param name="message">The message, from <see cref="PipelinesMessage"/> or <see cref="PipelinesSemanticEvents"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Customer.io has accepted the message.</returns>
    /// <exception cref="CustomerIOApiException">Customer.io refused it (in strict mode: a 400 naming the field, or a 401).</exception>
    public virtual Task SendAsync(PipelinesMessage message, CancellationToken cancellationToken = default)
    {
        if (message is null)
        {
            throw new ArgumentNullException(nameof(message));
        }

        var request = PipelinesOperations.For(message.Type).For().WithContent(SentAtContent.ForMessage(message.JsonArray, Options.TimeProvider));
        return _pipeline.SendAsync(request, cancellationToken);
    }

    /// <summary>
    /// Sends several messages of any types in one <c>/v1/batch</c> body
    /// (<c>{"batch":[…],"context":{…},"integrations":{…},"sentAt":…}</c>), at most 500 KB. Safe to repeat: each
    /// message keeps its <c>messageId</c>. In strict mode one invalid message makes Customer.io refuse the whole
    /// batch (400); <see cref="PipelinesQueue"/> then isolates it.
    /// </summary>
    /// <param name="messages">The messages, in order.</param>
    /// <param name="context">
    /// The batch's own <c>context</c>, for what all its messages share (a message's own context says the rest);
    /// null for none. Its <c>library</c> may not be given: the SDK stamps each message's.
    /// </param>
    /// <param name="integrations">The batch's <c>integrations</c> (a destination's name to true or false); null for none.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Customer.io has accepted the batch.</returns>
    /// <exception cref="CustomerIOValidationException">The batch is empty, its context is refused, or it is over 500 KB.</exception>
    public virtual Task SendBatchAsync(IEnumerable<PipelinesMessage> messages, PipelinesContext? context = null, IReadOnlyDictionary<string, bool>? integrations = null, CancellationToken cancellationToken = default)
    {
        if (messages is null)
        {
            throw new ArgumentNullException(nameof(messages));
        }

        var list = messages.ToArray();
        if (list.Length == 0)
        {
            throw new CustomerIOValidationException(nameof(messages), "A batch needs at least one message.");
        }

        var tail = BatchTail.Write(context, integrations);
        var start = PipelinesBatchProtocol.Start;
        var length = start.Length + list.Length + tail.Length + SentAt.ClosingLength; // the "[", the commas, and the closing "]" counted once each
        foreach (var message in list)
        {
            length += (message ?? throw new ArgumentNullException(nameof(messages), "A message in the batch is null.")).SizeInBytes;
        }

        if (length > CustomerIOLimits.MaxPipelinesBatchBytes)
        {
            throw Validation.Guard.TooLarge(nameof(messages), "batch (with its sentAt)", CustomerIOLimits.MaxPipelinesBatchBytes, length);
        }

        var open = new byte[length - SentAt.ClosingLength];
        start.CopyTo(open);
        var position = start.Length;
        for (var i = 0; i < list.Length; i++)
        {
            if (i > 0)
            {
                open[position++] = (byte)',';
            }

            list[i].JsonArray.CopyTo(open, position);
            position += list[i].SizeInBytes;
        }

        open[position++] = (byte)']';
        tail.CopyTo(open, position);
        var request = PipelinesOperations.Batch.For().WithContent(new SentAtContent(open, Options.TimeProvider));
        return _pipeline.SendAsync(request, cancellationToken);
    }
}
