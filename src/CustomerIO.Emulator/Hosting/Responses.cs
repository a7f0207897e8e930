using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.Hosting;

/// <summary>Writes the emulator's JSON answers: the empty success body and the three Customer.io error shapes.</summary>
internal static class Responses
{
    private static readonly byte[] EmptyObject = "{}"u8.ToArray();

    /// <summary>Answers are read by programs, never embedded in HTML: keep quotes and non-ASCII readable.</summary>
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary><c>200 {}</c>: Track success.</summary>
    public static Task Ok(HttpContext context) => WriteBytes(context, StatusCodes.Status200OK, EmptyObject);

    /// <summary><c>{"meta":{"errors":["..."]}}</c>: Track v1 validation errors.</summary>
    public static Task MetaErrors(HttpContext context, int status, params string[] messages) => Write(context, status, writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartObject("meta");
        writer.WriteStartArray("errors");
        foreach (var message in messages)
        {
            writer.WriteStringValue(message);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    });

    /// <summary><c>{"meta":{"error":"..."}}</c>: the single-error v1 and App API shape (also used for injected faults).</summary>
    public static Task MetaError(HttpContext context, int status, string message) => Write(context, status, writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartObject("meta");
        writer.WriteString("error", message);
        writer.WriteEndObject();
        writer.WriteEndObject();
    });

    /// <summary><c>{"errors":[{"batch_index"?,"reason","field","message"}]}</c>: Track v2 (400 without index, 207 with).</summary>
    public static Task V2Errors(HttpContext context, int status, IReadOnlyList<(int? Index, OperationError Error)> errors) => Write(context, status, writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartArray("errors");
        foreach (var (index, error) in errors)
        {
            writer.WriteStartObject();
            if (index is { } i)
            {
                writer.WriteNumber("batch_index", i);
            }

            writer.WriteString("reason", error.Reason);
            writer.WriteString("field", error.Field);
            writer.WriteString("message", error.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    public static Task V2Error(HttpContext context, int status, OperationError error) => V2Errors(context, status, [(null, error)]);

    /// <summary>Serializes one of the emulator's own models with its source-generated contract.</summary>
    public static Task Json<T>(HttpContext context, T value, JsonTypeInfo<T> typeInfo, int status = StatusCodes.Status200OK) =>
        Write(context, status, writer => JsonSerializer.Serialize(writer, value, typeInfo));

    /// <summary>Writes a JSON answer built by <paramref name="write"/> (App API reads and answers).</summary>
    public static Task Write(HttpContext context, int status, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return WriteBytes(context, status, buffer.WrittenMemory);
    }

    private static Task WriteBytes(HttpContext context, int status, ReadOnlyMemory<byte> body)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = "application/json";
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }
}
