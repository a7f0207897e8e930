using System.Text.Json.Serialization;

namespace CustomerIO.App;

/// <summary>How fast a newsletter goes out: at most <see cref="Messages"/> per minute, hour or day.</summary>
public sealed class NewsletterRateLimit
{
    /// <summary>Describes the limit.</summary>
    /// <param name="messages">The most messages per period (at least 1; any channel, despite the wire name <c>email_rate</c>).</param>
    /// <param name="period">The period: one minute, one hour or one day.</param>
    public NewsletterRateLimit(int messages, TimeSpan period)
    {
        Messages = messages;
        Period = period;
    }

    /// <summary>The most messages per period.</summary>
    public int Messages { get; }

    /// <summary>The period.</summary>
    public TimeSpan Period { get; }

    internal int PeriodSeconds => (int)Period.TotalSeconds;

    internal void Validate(string parameterName)
    {
        if (Messages < 1)
        {
            throw new CustomerIOValidationException(parameterName + ".Messages", "A rate limit allows at least 1 message per period.", 1, Messages);
        }

        if (Period != TimeSpan.FromMinutes(1) && Period != TimeSpan.FromHours(1) && Period != TimeSpan.FromDays(1))
        {
            throw new CustomerIOValidationException(parameterName + ".Period", "A rate limit's period is one minute, one hour or one day.");
        }
    }
}

/// <summary>How to send a draft newsletter now (<c>POST /v1/newsletters/{id}/send</c>): optionally rate-limited.</summary>
public sealed class NewsletterSend : IAppBody
{
    /// <summary>The most messages per period.</summary>
    [JsonIgnore]
    public NewsletterRateLimit? RateLimit { get; set; }

    /// <summary>Spreads the messages evenly across each period.</summary>
    [JsonPropertyName("rate_limit_spread")]
    public bool? SpreadEvenly { get; set; }

    [JsonInclude, JsonPropertyName("rate_limit_email_rate")]
    internal int? RateLimitEmailRate => RateLimit?.Messages;

    [JsonInclude, JsonPropertyName("rate_limit_time_period")]
    internal int? RateLimitTimePeriod => RateLimit?.PeriodSeconds;

    void IAppBody.Validate(string parameterName) => RateLimit?.Validate(parameterName + ".RateLimit");
}

/// <summary>
/// When a draft newsletter goes out (<c>POST /v1/newsletters/{id}/schedule</c>): <see cref="At"/> a future time in a
/// named time zone, or <see cref="Unschedule"/> to take a scheduled one back to draft.
/// </summary>
public sealed class NewsletterSchedule : IAppBody
{
    private NewsletterSchedule(DateTimeOffset? sendAt, string? timezone)
    {
        SendAt = sendAt;
        Timezone = timezone;
    }

    /// <summary>When it goes out; null when unscheduling.</summary>
    [JsonIgnore]
    public DateTimeOffset? SendAt { get; }

    /// <summary>The IANA time zone the time is shown in (<c>America/New_York</c>).</summary>
    [JsonPropertyName("timezone")]
    public string? Timezone { get; }

    /// <summary>Sends at the same local time in each recipient's time zone (rate-limit periods then at most one hour).</summary>
    [JsonPropertyName("tz_match_enabled")]
    public bool? MatchRecipientTimezone { get; set; }

    /// <summary>The most messages per period.</summary>
    [JsonIgnore]
    public NewsletterRateLimit? RateLimit { get; set; }

    /// <summary>Spreads the messages evenly across each period.</summary>
    [JsonPropertyName("rate_limit_spread")]
    public bool? SpreadEvenly { get; set; }

    [JsonInclude, JsonPropertyName("scheduled_at"), JsonPropertyOrder(-1)]
    internal long ScheduledAtSeconds => SendAt?.ToUnixTimeSeconds() ?? 0;

    [JsonInclude, JsonPropertyName("rate_limit_email_rate")]
    internal int? RateLimitEmailRate => RateLimit?.Messages;

    [JsonInclude, JsonPropertyName("rate_limit_time_period")]
    internal int? RateLimitTimePeriod => RateLimit?.PeriodSeconds;

    /// <summary>Schedules the newsletter.</summary>
    /// <param name="sendAt">When it goes out (in the future; Customer.io checks).</param>
    /// <param name="timezone">The IANA time zone name the time is shown in.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="CustomerIOValidationException">The time is not after 1970 or the time zone is empty.</exception>
    public static NewsletterSchedule At(DateTimeOffset sendAt, string timezone)
    {
        if (sendAt.ToUnixTimeSeconds() <= 0)
        {
            throw new CustomerIOValidationException(nameof(sendAt), "A newsletter is scheduled at a time after 1970 (0 means unscheduled).");
        }

        Validation.Guard.NotEmpty(timezone, nameof(timezone), "time zone");
        return new(sendAt, timezone);
    }

    /// <summary>Takes a scheduled newsletter back to draft (<c>scheduled_at: 0</c>).</summary>
    /// <returns>The schedule.</returns>
    public static NewsletterSchedule Unschedule() => new(null, null);

    void IAppBody.Validate(string parameterName)
    {
        RateLimit?.Validate(parameterName + ".RateLimit");
        if (MatchRecipientTimezone == true && RateLimit is { } limit && limit.Period > TimeSpan.FromHours(1))
        {
            throw new CustomerIOValidationException(parameterName + ".RateLimit", "In the recipients' time zones, a rate limit's period is at most one hour.");
        }
    }
}
