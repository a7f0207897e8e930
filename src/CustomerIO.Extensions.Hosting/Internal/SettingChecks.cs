namespace CustomerIO.Extensions.Hosting.Internal;

/// <summary>
/// Checks the settings the SDK validates, reporting each wrong one under its key in configuration.
/// </summary>
/// <remarks>
/// The SDK's own checks stop at the first wrong setting and name it by the SDK's property (<c>Endpoint</c>, where
/// configuration says <c>TrackEndpoint</c>). Here the settings are copied one at a time onto default SDK options,
/// which are checked after each copy: a failure belongs to the setting just copied (the ones before it passed), so
/// it is reported under that setting's key and the setting is put back to its default before the next. A rule
/// that relates two settings is reported under the later one.
/// </remarks>
internal static class SettingChecks
{
    private static readonly CustomerIOOptions Defaults = new();

    private static readonly Setting<TrackClientOptions>[] ClientSettings =
    [
        new("TrackEndpoint", (from, to) => to.Endpoint = from.TrackEndpoint),
        new("Timeout", (from, to) => to.Timeout = from.Timeout),
        new("TotalTimeout", (from, to) => to.TotalTimeout = from.TotalTimeout),
        new("ApplicationId", (from, to) => to.ApplicationId = ApplicationId(from)),
    ];

    private static readonly Setting<TrackClientOptions>[] RetrySettings =
    [
        new("Retry:MaxRetries", (from, to) => to.Retry.MaxRetries = from.Retry.MaxRetries),
        new("Retry:BaseDelay", (from, to) => to.Retry.BaseDelay = from.Retry.BaseDelay),
        new("Retry:MaxDelay", (from, to) => to.Retry.MaxDelay = from.Retry.MaxDelay),
        new("Retry:MaxRetryAfter", (from, to) => to.Retry.MaxRetryAfter = from.Retry.MaxRetryAfter),
    ];

    private static readonly Setting<TrackQueueOptions>[] QueueSettings =
    [
        new("Queue:MaxBatchBytes", (from, to) => to.MaxBatchBytes = from.Queue.MaxBatchBytes),
        new("Queue:MaxBatchOperations", (from, to) => to.MaxBatchOperations = from.Queue.MaxBatchOperations),
        new("Queue:FlushInterval", (from, to) => to.FlushInterval = from.Queue.FlushInterval),
        new("Queue:MaxConcurrentUploads", (from, to) => to.MaxConcurrentUploads = from.Queue.MaxConcurrentUploads),
        new("Queue:MaxQueueBytes", (from, to) => to.MaxQueueBytes = from.Queue.MaxQueueBytes),
        new("Queue:MaxQueueOperations", (from, to) => to.MaxQueueOperations = from.Queue.MaxQueueOperations),
        new("Queue:EnqueueTimeout", (from, to) => to.EnqueueTimeout = from.Queue.EnqueueTimeout),
        new("Queue:MaxRetryDuration", (from, to) => to.MaxRetryDuration = from.Queue.MaxRetryDuration),
        new("Queue:ShutdownTimeout", (from, to) => to.ShutdownTimeout = from.Queue.ShutdownTimeout),
        new("Queue:DropLogInterval", (from, to) => to.DropLogInterval = from.Queue.DropLogInterval),
    ];

    /// <summary>Reports each wrong setting: its key under the workspace's section (parts joined by ':') and what is wrong, as "must be …".</summary>
    public static void Check(CustomerIOOptions options, Action<string, string> fail)
    {
        var client = new TrackClientOptions();
        Apply(options, client, ClientSettings, c => c.Validate(), fail);
        if (options.Retry is null)
        {
            fail("Retry", "must be set.");
        }
        else
        {
            Apply(options, client, RetrySettings, c => c.Validate(), fail);
        }

        if (options.Queue is null)
        {
            fail("Queue", "must be set.");
            return;
        }

        Apply(options, new TrackQueueOptions(), QueueSettings, q => q.Validate(), fail);

        // The SDK does not check this one: the binder turns a number into any enum value, defined or not.
        if (!Enum.IsDefined(typeof(QueueFullMode), options.Queue.FullMode))
        {
            var names = Enum.GetNames(typeof(QueueFullMode));
            fail("Queue:FullMode", $"must be {string.Join(", ", names, 0, names.Length - 1)} or {names[names.Length - 1]}.");
        }
    }

    /// <summary>The application id to use: an empty value (how configuration unsets a setting) means none.</summary>
    public static string? ApplicationId(CustomerIOOptions options) => string.IsNullOrEmpty(options.ApplicationId) ? null : options.ApplicationId;

    private static void Apply<T>(CustomerIOOptions options, T target, Setting<T>[] settings, Action<T> validate, Action<string, string> fail)
    {
        foreach (var setting in settings)
        {
            setting.Copy(options, target);
            try
            {
                validate(target);
            }
            catch (ArgumentException e)
            {
                fail(setting.Key, Problem(e));
                setting.Copy(Defaults, target);
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

    /// <summary>A setting: its key under the workspace's section, and how it is copied from the bound settings onto the SDK's options.</summary>
    private sealed record Setting<T>(string Key, Action<CustomerIOOptions, T> Copy);
}
