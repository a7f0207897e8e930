using System.Text.Json;
using System.Text.Json.Nodes;
using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;
using CustomerIO.Emulator.App.Resources;

namespace CustomerIO.Emulator.App.Newsletters;

/// <summary>A request body of the newsletter and transactional template routes, read once and parsed into a JSON object, with the checks its fields share.</summary>
internal static class NewsletterBody
{
    /// <summary>The body as an object (an empty one when there is none and <paramref name="allowEmpty"/>), or the reply refusing it.</summary>
    public static async Task<(JsonObject? Body, Reply? Refusal)> ReadAsync(HttpContext context, EmulatorState state, bool allowEmpty, bool metaErrors = false)
    {
        using var body = await PooledBody.ReadAsync(context.Request, AppEndpoint.MaxBodyBytes, context.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            state.Counters.AddRejected(ErrorReasons.TooLarge);
            return (null, Replies.MetaError(StatusCodes.Status413RequestEntityTooLarge, Errors.BodyTooLarge(AppEndpoint.MaxBodyBytes).Message));
        }

        context.Features.Get<RequestRecordFeature>()?.CaptureBody(body.Span);
        OperationError? error = null;
        JsonObject? parsed = null;
        if (body.Span.IsEmpty)
        {
            parsed = allowEmpty ? [] : null;
            error = allowEmpty ? null : Errors.Required("body");
        }
        else
        {
            try
            {
                parsed = JsonNode.Parse(body.Span) as JsonObject;
                error = parsed is null ? Errors.MustBeObject("body") : null;
            }
            catch (JsonException exception)
            {
                error = Errors.MalformedJson(exception.Message);
            }
        }

        if (error is { } e)
        {
            return (null, metaErrors ? Meta(state, e) : NewsletterReplies.Invalid(state, e));
        }

        return (parsed, null);
    }

    /// <summary>A 400 <c>{"meta":{"error":..}}</c> (the transactional template routes' documented shape).</summary>
    public static Reply Meta(EmulatorState state, OperationError error, int status = StatusCodes.Status400BadRequest)
    {
        state.Counters.AddRejected(error.Reason);
        return Replies.MetaError(status, error.Message);
    }

    /// <summary>Refuses a field that is present, not null and not text.</summary>
    public static OperationError? Text(JsonObject body, string field, out string? value)
    {
        value = null;
        if (body[field] is null)
        {
            return null;
        }

        if (body[field] is JsonValue v && v.GetValueKind() == JsonValueKind.String)
        {
            value = v.GetValue<string>();
            return null;
        }

        return Errors.MustBeString(field);
    }

    /// <summary>Refuses a field that is present, not null and not a whole number.</summary>
    public static OperationError? Number(JsonObject body, string field, out long? value)
    {
        value = null;
        if (body[field] is null)
        {
            return null;
        }

        if (body[field] is JsonObject or JsonArray || ResourceJson.Long(body, field) is not { } number)
        {
            return Errors.Invalid(field, field + " must be an integer");
        }

        value = number;
        return null;
    }

    /// <summary>Refuses a field that is present, not null and not a boolean.</summary>
    public static OperationError? Flag(JsonObject body, string field, out bool? value)
    {
        value = null;
        if (body[field] is null)
        {
            return null;
        }

        if (body[field] is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
        {
            value = v.GetValue<bool>();
            return null;
        }

        return Errors.Invalid(field, field + " must be true or false");
    }

    /// <summary>
    /// Applies a content update (<c>subject</c>, <c>body</c>, <c>body_amp</c>, <c>body_plain</c>, <c>preheader_text</c>,
    /// <c>recipient</c>, <c>from_id</c>, <c>reply_to_id</c>, <c>headers</c> as <c>[{"name":..,"value":..}]</c>, stored as
    /// the JSON text the answers carry); checks every field before changing any.
    /// </summary>
    public static OperationError? ContentUpdate(JsonObject body, string[] textFields, out Action<JsonObject> apply)
    {
        apply = static _ => { };
        var changes = new List<(string Field, JsonNode? Value)>();
        foreach (var field in textFields)
        {
            if (Text(body, field, out var text) is { } error)
            {
                return error;
            }

            if (body.ContainsKey(field))
            {
                changes.Add((field, text));
            }
        }

        foreach (var field in (string[])["from_id", "reply_to_id"])
        {
            if (Number(body, field, out var number) is { } error)
            {
                return error;
            }

            if (body.ContainsKey(field))
            {
                changes.Add((field, number));
            }
        }

        if (body["headers"] is { } headers)
        {
            if (headers is not JsonArray list || list.Any(h => h is not JsonObject o || o["name"]?.GetValueKind() != JsonValueKind.String || o["value"]?.GetValueKind() != JsonValueKind.String))
            {
                return Errors.Invalid("headers", "headers must be an array of objects with a string name and value");
            }

            changes.Add(("headers", list.ToJsonString()));
        }

        apply = item =>
        {
            foreach (var (field, value) in changes)
            {
                item[field] = value?.DeepClone();
            }
        };
        return null;
    }
}
