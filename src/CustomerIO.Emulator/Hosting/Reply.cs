using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.Hosting;

/// <summary>
/// What every emulator handler returns: a status and a body record serialized through a source-generated
/// contract (or no body). It is an <see cref="IResult"/>; route tables adapt handlers with <see cref="Handler(Func{HttpContext, Reply})"/>
/// rather than the framework's delegate binding, which would compile every route at each emulator start.
/// Bodies are written with a known <c>Content-Length</c> and <c>Content-Type: application/json</c>.
/// </summary>
internal abstract class Reply(int status) : IResult
{
    /// <summary>Bodies are read by programs, never embedded in HTML: keep quotes and non-ASCII readable.</summary>
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The HTTP status of the answer.</summary>
    public int Status => status;

    /// <summary>A body record serialized on each request through its source-generated contract.</summary>
    public static Reply<T> Json<T>(T body, JsonTypeInfo<T> typeInfo, int status = StatusCodes.Status200OK) => new(status, body, typeInfo);

    /// <summary>
    /// An answer that never changes (Track's <c>200 {}</c>): serialized once through its contract, then written as
    /// bytes, so the ingestion paths answer success without serializing or allocating.
    /// </summary>
    public static Reply Fixed<T>(T body, JsonTypeInfo<T> typeInfo, int status = StatusCodes.Status200OK) =>
        new FixedReply(status, Serialize(body, typeInfo).WrittenMemory.ToArray());

    /// <summary>A status without a body (and without a content type), e.g. 204.</summary>
    public static Reply Empty(int status) => new FixedReply(status, null);

    /// <summary>Adapts a handler to a route.</summary>
    public static RequestDelegate Handler(Func<HttpContext, Reply> handle) => context => handle(context).ExecuteAsync(context);

    /// <summary>Adapts a handler that reads the request body (or awaits) to a route.</summary>
    public static RequestDelegate Handler(Func<HttpContext, Task<Reply>> handle) => async context =>
    {
        var answer = await handle(context).ConfigureAwait(false);
        await answer.ExecuteAsync(context).ConfigureAwait(false);
    };

    /// <inheritdoc/>
    public abstract Task ExecuteAsync(HttpContext context);

    /// <summary>Writes a finished JSON body.</summary>
    protected static Task WriteAsync(HttpContext context, int status, ReadOnlyMemory<byte> body)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = "application/json";
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }

    /// <summary>Serializes into a buffer first so the length is known (no chunked answers).</summary>
    protected static ArrayBufferWriter<byte> Serialize<T>(T body, JsonTypeInfo<T> typeInfo)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using var writer = new Utf8JsonWriter(buffer, WriterOptions);
        JsonSerializer.Serialize(writer, body, typeInfo);
        return buffer;
    }

    private sealed class FixedReply(int status, byte[]? body) : Reply(status)
    {
        public override Task ExecuteAsync(HttpContext context)
        {
            if (body is null)
            {
                context.Response.StatusCode = Status;
                return Task.CompletedTask;
            }

            return WriteAsync(context, Status, body);
        }
    }
}

/// <summary>An answer whose body is a record of type <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The body record.</typeparam>
internal sealed class Reply<T>(int status, T body, JsonTypeInfo<T> typeInfo) : Reply(status)
{
    /// <summary>The body record (tests and wrappers may inspect it).</summary>
    public T Body => body;

    /// <inheritdoc/>
    public override Task ExecuteAsync(HttpContext context) => WriteAsync(context, Status, Serialize(body, typeInfo).WrittenMemory);
}
