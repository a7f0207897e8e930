using Microsoft.Extensions.Options;

namespace CustomerIO.Extensions.Hosting.Internal;

/// <summary>
/// Checks a workspace's settings when the host starts (ValidateOnStart), naming every missing or wrong setting by
/// its key in configuration, for example <c>CustomerIO:ApiKey</c> or <c>CustomerIO:TrackEndpoint</c>.
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
            Fail("Region", "must be 'us' or 'eu'.");
        }

        SettingChecks.Check(options, Fail);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);

        void Required(string? value, string setting, string what)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Fail(setting, $"is missing: set {what}.");
            }
        }

        void Fail(string setting, string problem) => failures.Add($"{registry.SettingPath(name, setting)} {problem}");
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
        ApplicationId = SettingChecks.ApplicationId(options),
        Retry = options.Retry,
        HttpClient = httpClient,
    };
}
