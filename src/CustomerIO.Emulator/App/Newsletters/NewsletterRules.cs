using System.Text.Json;
using System.Text.Json.Nodes;
using CustomerIO.Emulator.App.Reads;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;
using CustomerIO.Emulator.App.Resources;

namespace CustomerIO.Emulator.App.Newsletters;

/// <summary>The documented checks of the newsletter bodies: what Customer.io answers 400 or 422 for.</summary>
internal static class NewsletterRules
{
    private const int MaxNameLength = 190;

    /// <summary>A refusal and its status.</summary>
    public readonly record struct Refusal(OperationError Error, int Status);

    /// <summary><c>POST /newsletters</c>: name, channel, recipients, the channel's content, sender, timing, rate limit.</summary>
    public static Refusal? Creation(JsonObject body, DateTimeOffset now)
    {
        if (NewsletterBody.Text(body, "name", out var name) is { } nameError)
        {
            return Unprocessable(nameError);
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            return Unprocessable(Errors.Required("name"));
        }

        if (name.Length > MaxNameLength)
        {
            return Unprocessable(Errors.Invalid("name", "name must be 190 characters or less"));
        }

        var type = ResourceJson.Text(body, "type");
        if (type is null || !NewsletterStore.Types.Contains(type))
        {
            return Unprocessable(Errors.Invalid("type", "type must be one of " + string.Join(", ", NewsletterStore.Types)));
        }

        if (body["recipients"] is null)
        {
            return new(Errors.Required("recipients"), StatusCodes.Status400BadRequest);
        }

        if (body["recipients"] is not JsonObject recipients)
        {
            return new(Errors.MustBeObject("recipients"), StatusCodes.Status400BadRequest);
        }

        using (var filter = JsonDocument.Parse(recipients.ToJsonString()))
        {
            if (CustomerSearchHandlers.Check(filter.RootElement, "recipients") is { } filterError)
            {
                return Unprocessable(Errors.Invalid("recipients", "Invalid filter spec: " + filterError.Message));
            }
        }

        foreach (var field in (string[])["subject", "body", "body_plain", "body_json", "preheader_text", "from", "url", "request_method"])
        {
            if (NewsletterBody.Text(body, field, out _) is { } textError)
            {
                return Unprocessable(textError);
            }
        }

        return ChannelContent(body, type)
            ?? (body["from"] is not null && body["from_id"] is not null ? Unprocessable(Errors.Invalid("from_id", "set from or from_id, not both")) : null)
            ?? Timing(body, now)
            ?? RateLimit(body);
    }

    /// <summary>The optional <c>rate_limit_*</c> fields: rate and period together, the rate at least 1, the period 60, 3600 or 86400.</summary>
    public static Refusal? RateLimit(JsonObject body)
    {
        var error = NewsletterBody.Number(body, "rate_limit_email_rate", out var rate);
        error ??= NewsletterBody.Number(body, "rate_limit_time_period", out var period);
        error ??= NewsletterBody.Flag(body, "rate_limit_spread", out _);
        if (error is { } invalid)
        {
            return Unprocessable(invalid);
        }

        NewsletterBody.Number(body, "rate_limit_time_period", out period);
        if ((rate is null) != (period is null))
        {
            return Unprocessable(Errors.Required(rate is null ? "rate_limit_email_rate" : "rate_limit_time_period"));
        }

        if (rate < 1)
        {
            return Unprocessable(Errors.Invalid("rate_limit_email_rate", "rate_limit_email_rate must be at least 1"));
        }

        return period is null or 60 or 3600 or 86400 ? null : Unprocessable(Errors.Invalid("rate_limit_time_period", "rate_limit_time_period must be 60, 3600 or 86400"));
    }

    /// <summary>Every segment id the recipients filter names, in order, once each.</summary>
    public static IReadOnlyList<long> SegmentIds(JsonNode recipients)
    {
        var ids = new List<long>();
        Walk(recipients, ids);
        return [.. ids.Distinct()];
    }

    private static void Walk(JsonNode? node, List<long> ids)
    {
        switch (node)
        {
            case JsonObject o:
                if (o["segment"] is JsonObject segment && ResourceJson.Long(segment, "id") is { } id)
                {
                    ids.Add(id);
                }

                foreach (var (_, child) in o)
                {
                    Walk(child, ids);
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    Walk(child, ids);
                }

                break;
        }
    }

    private static Refusal? ChannelContent(JsonObject body, string type)
    {
        bool Has(string field) => body[field] is not null;
        var missing = type switch
        {
            "email" => !Has("subject") ? "subject" : !Has("body") ? "body" : null,
            "twilio" => !Has("body") ? "body" : null,
            "push" => !Has("subject") && !Has("body") ? "body" : null,
            "in_app" or "inbox" => !Has("body_json") ? "body_json" : null,
            _ => !Has("body") ? "body" : !Has("request_method") ? "request_method" : !Has("url") ? "url" : null,
        };
        if (missing is not null)
        {
            return Unprocessable(Errors.Required(missing));
        }

        return type == "webhook" && ResourceJson.Text(body, "request_method") is not ("DELETE" or "GET" or "POST" or "PUT" or "PATCH")
            ? Unprocessable(Errors.Invalid("request_method", "request_method must be one of DELETE, GET, POST, PUT, PATCH"))
            : null;
    }

    private static Refusal? Timing(JsonObject body, DateTimeOffset now)
    {
        var error = NewsletterBody.Flag(body, "send_now", out var sendNow);
        error ??= NewsletterBody.Number(body, "scheduled_at", out var at);
        if (error is { } invalid)
        {
            return Unprocessable(invalid);
        }

        NewsletterBody.Number(body, "scheduled_at", out at);
        if (sendNow == true && at is not null)
        {
            return Unprocessable(Errors.Invalid("scheduled_at", "set send_now or scheduled_at, not both"));
        }

        return at is { } seconds && seconds <= now.ToUnixTimeSeconds()
            ? Unprocessable(Errors.Invalid("scheduled_at", "scheduled_at must be in the future"))
            : null;
    }

    /// <summary>A time zone the emulator's system knows by its IANA name.</summary>
    public static bool IsTimeZone(string name) =>
        name.Contains('/', StringComparison.Ordinal) || name == "UTC"
            ? TimeZoneInfo.TryFindSystemTimeZoneById(name, out _)
            : false;

    public static Refusal? Unprocessable(OperationError error) => new Refusal(error, StatusCodes.Status422UnprocessableEntity);
}
