using Microsoft.Extensions.Options;

namespace CustomerIO.Extensions.Hosting.Internal;

/// <summary>
/// Checks a workspace's settings when the host starts (ValidateOnStart), naming each missing or wrong setting by
/// its configuration path, for example <c>CustomerIO:ApiKey</c>.
/// </summary>
internal sealed class CustomerIOOptionsValidator(WorkspaceRegistry registry) : IValidateOptions<CustomerIOOptions>
{
    public ValidateOptionsResult Validate(string? name, CustomerIOOptions options)
    {
        name ??= Options.DefaultName;
        if (!registry.Contains(name))
        {
            return ValidateOptionsResult.Skip;
        }

        var failures = new List<string>();
        Required(options.SiteId, "SiteId", "the workspace's site id");
        Required(options.ApiKey, "ApiKey", "the workspace's Track API key");
        if (Region(options) is null)
        {
            failures.Add($"{registry.SettingPath(name, "Region")} must be 'us' or 'eu'.");
        }

        Check(() => ToClientOptions(options, httpClient: null).Validate());
        Check(() => (options.Queue ?? throw new ArgumentException("must be set", "Queue")).Validate(), "Queue:");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);

        void Required(string? value, string setting, string what)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                failures.Add($"{registry.SettingPath(name, setting)} is missing: set {what}.");
            }
        }

        void Check(Action validate, string prefix = "")
        {
            try
            {
                validate();
            }
            catch (ArgumentException e)
            {
                var setting = prefix + (e.ParamName ?? string.Empty).Replace('.', ':');
                var message = e.Message.Split(["(Parameter"], StringSplitOptions.None)[0].Trim();
                failures.Add($"{registry.SettingPath(name, setting)}: {message}");
            }
        }
    }

    /// <summary>The region the settings name, or null when they name none that exists.</summary>
    private static CustomerIORegion? Region(CustomerIOOptions options)
    {
        try
        {
            return CustomerIORegion.FromName(options.Region);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The SDK client options these settings describe.</summary>
    internal static TrackClientOptions ToClientOptions(CustomerIOOptions options, System.Net.Http.HttpClient? httpClient) => new()
    {
        Region = Region(options) ?? CustomerIORegion.US,
        Endpoint = options.TrackEndpoint,
        Timeout = options.Timeout,
        TotalTimeout = options.TotalTimeout,
        ApplicationId = options.ApplicationId,
        Retry = options.Retry,
        HttpClient = httpClient,
    };
}
