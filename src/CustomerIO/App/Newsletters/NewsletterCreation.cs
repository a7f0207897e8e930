using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CustomerIO.App;

/// <summary>
/// A newsletter to create (<c>POST /v1/newsletters</c>): its name, channel and recipients, and the content its channel
/// needs (an email: <see cref="Subject"/> and <see cref="Body"/>; an SMS or a webhook: <see cref="Body"/>; a push:
/// <see cref="Subject"/> or <see cref="Body"/>; in-app and inbox: <see cref="BodyJson"/>). Checked before sending.
/// </summary>
public sealed class NewsletterCreation : IAppBody
{
    /// <summary>The longest name Customer.io accepts, in characters.</summary>
    public const int MaxNameLength = 190;

    /// <summary>Describes the newsletter.</summary>
    /// <param name="name">Its name (at most <see cref="MaxNameLength"/> characters).</param>
    /// <param name="type">Its channel.</param>
    /// <param name="recipients">Who receives it: segments (in an <c>or</c>) and attributes combined with <c>and</c>.</param>
    public NewsletterCreation(string name, NewsletterType type, AudienceFilter recipients)
    {
        Name = name;
        Type = type;
        Recipients = recipients;
    }

    /// <summary>The newsletter's name.</summary>
    [JsonPropertyName("name")]
    public string Name { get; }

    /// <summary>The channel.</summary>
    [JsonPropertyName("type")]
    public NewsletterType Type { get; }

    /// <summary>Who receives it.</summary>
    [JsonPropertyName("recipients")]
    public AudienceFilter Recipients { get; }

    /// <summary>The subject of an email, or the title of a push.</summary>
    [JsonPropertyName("subject")]
    public string? Subject { get; set; }

    /// <summary>The body: HTML for an email, text for an SMS or a push, the request body of a webhook.</summary>
    [JsonPropertyName("body")]
    public string? Body { get; set; }

    /// <summary>The plain-text body of an email, instead of the generated one.</summary>
    [JsonPropertyName("body_plain")]
    public string? BodyPlain { get; set; }

    /// <summary>The content of an in-app or inbox message: a JSON object, as text.</summary>
    [JsonPropertyName("body_json")]
    public string? BodyJson { get; set; }

    /// <summary>The preview text of an email.</summary>
    [JsonPropertyName("preheader_text")]
    public string? PreheaderText { get; set; }

    /// <summary>The sender of an email (<c>Name &lt;address&gt;</c>); not with <see cref="FromId"/>.</summary>
    [JsonPropertyName("from")]
    public string? From { get; set; }

    /// <summary>The sender identity of an email; not with <see cref="From"/>.</summary>
    [JsonPropertyName("from_id")]
    public long? FromId { get; set; }

    /// <summary>The email layout; the workspace's default when omitted.</summary>
    [JsonPropertyName("layout_id")]
    public long? LayoutId { get; set; }

    /// <summary>The HTTP method of a webhook (DELETE, GET, POST, PUT or PATCH).</summary>
    [JsonIgnore]
    public HttpMethod? RequestMethod { get; set; }

    /// <summary>Where a webhook is sent.</summary>
    [JsonIgnore]
    public Uri? Url { get; set; }

    /// <summary>The subscription topic of the audience (required when the workspace has a subscription center).</summary>
    [JsonPropertyName("subscription_topic_id")]
    public long? SubscriptionTopicId { get; set; }

    /// <summary>Sends it right after creating it; not with <see cref="ScheduledAt"/>.</summary>
    [JsonPropertyName("send_now")]
    public bool? SendNow { get; set; }

    /// <summary>When to send it (in the future); not with <see cref="SendNow"/>.</summary>
    [JsonIgnore]
    public DateTimeOffset? ScheduledAt { get; set; }

    /// <summary>The most messages per period.</summary>
    [JsonIgnore]
    public NewsletterRateLimit? RateLimit { get; set; }

    /// <summary>Spreads the messages evenly across each period instead of sending as fast as the limit allows.</summary>
    [JsonPropertyName("rate_limit_spread")]
    public bool? SpreadEvenly { get; set; }

    [JsonInclude, JsonPropertyName("request_method")]
    internal string? RequestMethodText => RequestMethod?.Method;

    [JsonInclude, JsonPropertyName("url")]
    internal string? UrlText => Url?.OriginalString;

    [JsonInclude, JsonPropertyName("scheduled_at")]
    internal long? ScheduledAtSeconds => ScheduledAt?.ToUnixTimeSeconds();

    [JsonInclude, JsonPropertyName("rate_limit_email_rate")]
    internal int? RateLimitEmailRate => RateLimit?.Messages;

    [JsonInclude, JsonPropertyName("rate_limit_time_period")]
    internal int? RateLimitTimePeriod => RateLimit?.PeriodSeconds;

    void IAppBody.Validate(string parameterName)
    {
        Validation.Guard.NotEmpty(Name, parameterName + ".Name", "newsletter name");
        if (Name.Length > MaxNameLength)
        {
            throw new CustomerIOValidationException(parameterName + ".Name", $"A newsletter name is at most {MaxNameLength} characters.", MaxNameLength, Name.Length);
        }

        if (string.IsNullOrEmpty(Type.Value))
        {
            throw new CustomerIOValidationException(parameterName + ".Type", "A newsletter needs a channel type.");
        }

        if (Recipients is null)
        {
            throw new CustomerIOValidationException(parameterName + ".Recipients", "A newsletter needs its recipients.");
        }

        RequireContent(parameterName);
        if (From is not null && FromId is not null)
        {
            throw new CustomerIOValidationException(parameterName + ".FromId", "Set From or FromId, not both.");
        }

        if (SendNow == true && ScheduledAt is not null)
        {
            throw new CustomerIOValidationException(parameterName + ".ScheduledAt", "Set SendNow or ScheduledAt, not both.");
        }

        if (RequestMethod is { } method && method.Method is not ("DELETE" or "GET" or "POST" or "PUT" or "PATCH"))
        {
            throw new CustomerIOValidationException(parameterName + ".RequestMethod", "A webhook's method is DELETE, GET, POST, PUT or PATCH.");
        }

        if (Url is { IsAbsoluteUri: false })
        {
            throw new CustomerIOValidationException(parameterName + ".Url", "A webhook's URL must be absolute.");
        }

        NewsletterBodies.RequireJsonObject(BodyJson, parameterName + ".BodyJson");
        RateLimit?.Validate(parameterName + ".RateLimit");
    }

    private void RequireContent(string parameterName)
    {
        var missing = Type.Value switch
        {
            "email" => Subject is null ? nameof(Subject) : Body is null ? nameof(Body) : null,
            "twilio" => Body is null ? nameof(Body) : null,
            "push" => Subject is null && Body is null ? nameof(Body) : null,
            "in_app" or "inbox" => BodyJson is null ? nameof(BodyJson) : null,
            "webhook" => Body is null ? nameof(Body) : RequestMethod is null ? nameof(RequestMethod) : Url is null ? nameof(Url) : null,
            _ => null,
        };
        if (missing is not null)
        {
            throw new CustomerIOValidationException(parameterName + "." + missing, $"A {Type.Value} newsletter needs {missing}.");
        }
    }
}

/// <summary>Checks shared by the newsletter bodies.</summary>
internal static class NewsletterBodies
{
    /// <summary>Refuses text that is not a JSON object (in-app and inbox content is a JSON object sent as text).</summary>
    public static void RequireJsonObject(string? text, string parameterName)
    {
        if (text is null)
        {
            return;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return;
            }
        }
        catch (JsonException)
        {
            // Refused below, without echoing the text (it is content, possibly personal).
        }

        throw new CustomerIOValidationException(parameterName, "BodyJson must be a JSON object, as text.");
    }
}
