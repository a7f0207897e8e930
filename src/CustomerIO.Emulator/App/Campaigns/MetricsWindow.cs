using System.Globalization;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.App.Campaigns;

/// <summary>
/// The periods of a metrics report, oldest first: version 1 (<c>period</c> and <c>steps</c>, ending with the period that
/// holds now) or version 2 and journeys (<c>res</c> or <c>resolution</c>, from <c>start</c> to <c>end</c>). Periods start
/// on UTC boundaries (Customer.io uses EST); weeks on Sunday, months on the 1st.
/// </summary>
internal sealed record MetricsWindow(string Unit, IReadOnlyList<DateTimeOffset> Starts, DateTimeOffset End)
{
    private static readonly string[] Periods = ["hours", "days", "weeks", "months"];
    private static readonly string[] Resolutions = ["hours", "hourly", "days", "daily", "weeks", "weekly", "months", "monthly"];

    /// <summary>The index of the period holding <paramref name="time"/>, or -1 outside the window.</summary>
    public int IndexOf(DateTimeOffset time)
    {
        if (time >= End)
        {
            return -1;
        }

        for (var i = Starts.Count - 1; i >= 0; i--)
        {
            if (time >= Starts[i])
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Version 1: <c>period</c> (default days) and <c>steps</c> (default and maximum 24 hours, 45 days, 12 weeks; 12 months by default, at most <paramref name="maxMonths"/>).</summary>
    public static OperationError? ByPeriod(HttpContext context, DateTimeOffset now, int maxMonths, out MetricsWindow window)
    {
        window = null!;
        var period = Text(context, "period") ?? "days";
        if (!Periods.Contains(period))
        {
            return Errors.Invalid("period", "period must be one of hours, days, weeks, months");
        }

        var max = period switch { "hours" => 24, "weeks" => 12, "months" => maxMonths, _ => 45 };
        var steps = period == "months" ? 12 : max;
        if (Text(context, "steps") is { } text && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out steps) || steps < 1 || steps > max))
        {
            return Errors.Invalid("steps", string.Create(CultureInfo.InvariantCulture, $"steps must be 1 to {max} for {period}"));
        }

        var last = Floor(now, period);
        var starts = Enumerable.Range(0, steps).Select(i => Add(last, period, i - steps + 1)).ToList();
        window = new MetricsWindow(period, starts, Add(last, period, 1));
        return null;
    }

    /// <summary>Version 2 and journeys: the unit from <paramref name="unitField"/>, the window from <c>start</c> and <c>end</c> (unix seconds).</summary>
    public static OperationError? ByRange(HttpContext context, DateTimeOffset now, string unitField, bool required, out MetricsWindow window)
    {
        window = null!;
        var unit = Text(context, unitField);
        if (unit is null && required)
        {
            return Errors.Required(unitField);
        }

        unit ??= "days";
        if (!Resolutions.Contains(unit))
        {
            return Errors.Invalid(unitField, unitField + " must be one of " + string.Join(", ", Resolutions));
        }

        var period = unit switch { "hourly" => "hours", "daily" => "days", "weekly" => "weeks", "monthly" => "months", _ => unit };
        if (Time(context, "start", required, out var start) is { } startError)
        {
            return startError;
        }

        if (Time(context, "end", required, out var end) is { } endError)
        {
            return endError;
        }

        var to = end ?? now;
        var from = start ?? Add(Floor(to, period), period, -29);
        if (from > to || to > from.AddYears(10))
        {
            return Errors.Invalid("end", "end must be after start and at most 10 years later");
        }

        var starts = new List<DateTimeOffset>();
        for (var at = Floor(from, period); at < to && starts.Count < 10_000; at = Add(at, period, 1))
        {
            starts.Add(at);
        }

        window = new MetricsWindow(unit, starts, to);
        return null;
    }

    /// <summary>A time as Customer.io writes a report's window: <c>2025-01-01 00:00:00 +0000 UTC</c>.</summary>
    public static string Format(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " +0000 UTC";

    private static OperationError? Time(HttpContext context, string field, bool required, out DateTimeOffset? time)
    {
        time = null;
        if (Text(context, field) is not { } text)
        {
            return required ? Errors.Required(field) : null;
        }

        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > 253_402_300_799)
        {
            return Errors.MustBeNumber(field);
        }

        time = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return null;
    }

    private static string? Text(HttpContext context, string name) =>
        context.Request.Query.TryGetValue(name, out var value) && value.ToString().Length > 0 ? value.ToString() : null;

    private static DateTimeOffset Floor(DateTimeOffset time, string period)
    {
        var utc = time.ToUniversalTime();
        return period switch
        {
            "hours" => new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, TimeSpan.Zero),
            "weeks" => new DateTimeOffset(utc.Date, TimeSpan.Zero).AddDays(-(int)utc.DayOfWeek),
            "months" => new DateTimeOffset(utc.Year, utc.Month, 1, 0, 0, 0, TimeSpan.Zero),
            _ => new DateTimeOffset(utc.Date, TimeSpan.Zero),
        };
    }

    private static DateTimeOffset Add(DateTimeOffset time, string period, int count) => period switch
    {
        "hours" => time.AddHours(count),
        "weeks" => time.AddDays(7 * count),
        "months" => time.AddMonths(count),
        _ => time.AddDays(count),
    };
}
