using CustomerIO.Track;

namespace CustomerIO.Extensions.Hosting.Internal;

/// <summary>
/// Checks the settings the SDK validates, reporting each wrong one under its key in configuration: the top-level
/// shared settings (<c>Timeout</c>), each API section's own values of them (<c>Track:Timeout</c>) and the Track queue
/// (<c>Track:Queue:FlushInterval</c>).
/// </summary>
/// <remarks>
/// The SDK's own checks stop at the first wrong setting and name it by the SDK's property (<c>Endpoint</c>, where
/// configuration says <c>Track:Endpoint</c>). Here the settings are copied one at a time onto default SDK options,
/// which are checked after each copy: a failure belongs to the setting just copied (the ones before it passed), so
/// it is reported under that setting's key and the setting is put back to its default before the next. A rule
/// that relates two settings is reported under the later one. A section's setting left unset copies the SDK's
/// default, which passes: only what the section itself set is reported under the section's key.
/// </remarks>
internal static class SettingChecks
{
    private static readonly TrackClientOptions ClientDefaults = new();

    private static readonly Setting<CustomerIOOptions, TrackClientOptions>[] SharedSettings =
    [
        new("Timeout", (from, to) => to.Timeout = from.Timeout),
        new("TotalTimeout", (from, to) => to.TotalTimeout = from.TotalTimeout),
        new("ApplicationId", (from, to) => to.ApplicationId = EffectiveSettings.ApplicationId(from.ApplicationId)),
    ];

    private static readonly Setting<CustomerIORetryOptions, TrackClientOptions>[] RetrySettings =
    [
        new("Retry:MaxRetries", (from, to) => to.Retry.MaxRetries = from.MaxRetries),
        new("Retry:BaseDelay", (from, to) => to.Retry.BaseDelay = from.BaseDelay),
        new("Retry:MaxDelay", (from, to) => to.Retry.MaxDelay = from.MaxDelay),
        new("Retry:MaxRetryAfter", (from, to) => to.Retry.MaxRetryAfter = from.MaxRetryAfter),
    ];

    private static readonly Setting<CustomerIOApiOptions, TrackClientOptions>[] SectionSettings =
    [
        new("Endpoint", (from, to) => to.Endpoint = from.Endpoint),
        new("Timeout", (from, to) => to.Timeout = from.Timeout ?? ClientDefaults.Timeout),
        new("TotalTimeout", (from, to) => to.TotalTimeout = from.TotalTimeout ?? ClientDefaults.TotalTimeout),
        new("ApplicationId", (from, to) => to.ApplicationId = EffectiveSettings.ApplicationId(from.ApplicationId)),
    ];

    private static readonly Setting<CustomerIORetryOverrides, TrackClientOptions>[] SectionRetrySettings =
    [
        new("Retry:MaxRetries", (from, to) => to.Retry.MaxRetries = from.MaxRetries ?? ClientDefaults.Retry.MaxRetries),
        new("Retry:BaseDelay", (from, to) => to.Retry.BaseDelay = from.BaseDelay ?? ClientDefaults.Retry.BaseDelay),
        new("Retry:MaxDelay", (from, to) => to.Retry.MaxDelay = from.MaxDelay ?? ClientDefaults.Retry.MaxDelay),
        new("Retry:MaxRetryAfter", (from, to) => to.Retry.MaxRetryAfter = from.MaxRetryAfter ?? ClientDefaults.Retry.MaxRetryAfter),
    ];

    private static readonly Setting<CustomerIOQueueOptions, CustomerIOQueueOptions>[] QueueSettings =
    [
        new("Queue:MaxBatchBytes", (from, to) => to.MaxBatchBytes = from.MaxBatchBytes),
        new("Queue:MaxBatchOperations", (from, to) => to.MaxBatchOperations = from.MaxBatchOperations),
        new("Queue:FlushInterval", (from, to) => to.FlushInterval = from.FlushInterval),
        new("Queue:MaxConcurrentUploads", (from, to) => to.MaxConcurrentUploads = from.MaxConcurrentUploads),
        new("Queue:MaxQueueBytes", (from, to) => to.MaxQueueBytes = from.MaxQueueBytes),
        new("Queue:MaxQueueOperations", (from, to) => to.MaxQueueOperations = from.MaxQueueOperations),
        new("Queue:EnqueueTimeout", (from, to) => to.EnqueueTimeout = from.EnqueueTimeout),
        new("Queue:MaxRetryDuration", (from, to) => to.MaxRetryDuration = from.MaxRetryDuration),
        new("Queue:MaxRetryDelay", (from, to) => to.MaxRetryDelay = from.MaxRetryDelay),
        new("Queue:ShutdownTimeout", (from, to) => to.ShutdownTimeout = from.ShutdownTimeout),
        new("Queue:DropLogInterval", (from, to) => to.DropLogInterval = from.DropLogInterval),
    ];

    /// <summary>Reports each wrong top-level shared setting: its key under the workspace's section (parts joined by ':') and what is wrong, as "must be …".</summary>
    public static void CheckShared(CustomerIOOptions options, Action<string, string> fail)
    {
        if (EffectiveSettings.Region(options.Region) is null)
        {
            fail("Region", "must be 'us' or 'eu'.");
        }

        var client = new TrackClientOptions();
        Apply(options, new CustomerIOOptions(), client, SharedSettings, c => c.Validate(), fail);
        if (options.Retry is null)
        {
            fail("Retry", "must be set.");
        }
        else
        {
            Apply(options.Retry, new CustomerIORetryOptions(), client, RetrySettings, c => c.Validate(), fail);
        }
    }

    /// <summary>Reports each wrong setting an API section set itself, under <paramref name="prefix"/> (for example <c>Track:</c>).</summary>
    public static void CheckSection(CustomerIOApiOptions section, string prefix, Action<string, string> fail)
    {
        void SectionFail(string key, string problem) => fail(prefix + key, problem);

        if (section.Region is not null && EffectiveSettings.Region(section.Region) is null)
        {
            SectionFail("Region", "must be 'us' or 'eu'.");
        }

        var client = new TrackClientOptions();
        Apply(section, new CustomerIOAppOptions(), client, SectionSettings, c => c.Validate(), SectionFail);
        if (section.Retry is null)
        {
            SectionFail("Retry", "must be set.");
        }
        else
        {
            Apply(section.Retry, new CustomerIORetryOverrides(), client, SectionRetrySettings, c => c.Validate(), SectionFail);
        }
    }

    /// <summary>Reports each wrong setting of a queue, under <paramref name="prefix"/> (<c>Track:</c>, <c>Pipelines:</c>).</summary>
    public static void CheckQueue(CustomerIOQueueOptions? queue, string prefix, Action<string, string> fail)
    {
        if (queue is null)
        {
            fail(prefix + "Queue", "must be set.");
            return;
        }

        Apply<CustomerIOQueueOptions, CustomerIOQueueOptions>(queue, new TrackQueueOptions(), new TrackQueueOptions(), QueueSettings, q => q.Validate(), (key, problem) => fail(prefix + key, problem));

        // The SDK does not check this one: the binder turns a number into any enum value, defined or not.
        if (!Enum.IsDefined(typeof(QueueFullMode), queue.FullMode))
        {
            var names = Enum.GetNames(typeof(QueueFullMode));
            fail(prefix + "Queue:FullMode", $"must be {string.Join(", ", names, 0, names.Length - 1)} or {names[names.Length - 1]}.");
        }
    }

    private static void Apply<TFrom, TTo>(TFrom from, TFrom defaults, TTo target, Setting<TFrom, TTo>[] settings, Action<TTo> validate, Action<string, string> fail)
    {
        foreach (var setting in settings)
        {
            setting.Copy(from, target);
            try
            {
                validate(target);
            }
            catch (ArgumentException e)
            {
                fail(setting.Key, Problem(e));
                setting.Copy(defaults, target);
            }
        }
    }

    /// <summary>What the SDK says is wrong, without its own name for the setting (the caller puts the key there).</summary>
    private static string Problem(ArgumentException e)
    {
        var message = e.Message;
        if (string.IsNullOrEmpty(e.ParamName))
        {
            return "is not valid: " + message;
        }

        // The runtime appends the parameter's name to the message, in a form that differs between runtimes.
        var appended = new ArgumentException(string.Empty, e.ParamName).Message;
        if (message.EndsWith(appended, StringComparison.Ordinal))
        {
            message = message.Substring(0, message.Length - appended.Length);
        }

        // The SDK's messages start with its name for the setting: "Retry.MaxRetries must be from 0 to 100."
        var name = e.ParamName + " ";
        return message.StartsWith(name, StringComparison.Ordinal) ? message.Substring(name.Length) : "is not valid: " + message;
    }

    /// <summary>A setting: its key (under the workspace's section, or the API's), and how it is copied onto the SDK's options.</summary>
    private sealed record Setting<TFrom, TTo>(string Key, Action<TFrom, TTo> Copy);
}
