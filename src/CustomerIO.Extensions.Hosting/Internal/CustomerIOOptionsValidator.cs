using System.Linq;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace CustomerIO.Extensions.Hosting.Internal;

/// <summary>
/// Checks a workspace's settings when the host starts (ValidateOnStart), naming every missing or wrong setting by
/// its full key in configuration, for example <c>CustomerIO:Track:ApiKey</c> or <c>CustomerIO:App:Timeout</c>.
/// </summary>
internal sealed class CustomerIOOptionsValidator(WorkspaceRegistry registry) : IValidateOptions<CustomerIOOptions>
{
    /// <summary>Keys of the flat shape of earlier previews, and where each one lives now.</summary>
    private static readonly (string Old, string New)[] MovedKeys =
    [
        ("SiteId", "Track:SiteId"),
        ("ApiKey", "Track:ApiKey"),
        ("TrackEndpoint", "Track:Endpoint"),
        ("Queue", "Track:Queue"),
    ];

    public ValidateOptionsResult Validate(string? name, CustomerIOOptions options)
    {
        name ??= Options.DefaultName;
        if (!registry.Contains(name))
        {
            return ValidateOptionsResult.Skip;
        }

        var failures = new List<string>();
        if (registry.Configuration(name) is { } configuration)
        {
            // Nothing has shipped, so the flat shape is not read; a key left there would silently do nothing.
            foreach (var (old, moved) in MovedKeys.Where(k => configuration.GetSection(k.Old).Exists()))
            {
                Fail(old, $"is not read: move it to {registry.SettingPath(name, moved)}.");
            }
        }

        if (options.Track is null)
        {
            Fail("Track", "must be set.");
        }
        else
        {
            Required(options.Track.SiteId, "Track:SiteId", "the workspace's site id");
            Required(options.Track.ApiKey, "Track:ApiKey", "the workspace's Track API key");
        }

        SettingChecks.CheckShared(options, Fail);
        if (options.Track is not null)
        {
            SettingChecks.CheckSection(options.Track, "Track:", Fail);
            SettingChecks.CheckQueue(options.Track.Queue, "Track:", Fail);
        }

        if (options.App is { IsSet: true } app)
        {
            Required(app.ApiKey, "App:ApiKey", "the workspace's App API key");
            SettingChecks.CheckSection(app, "App:", Fail);
            try
            {
                (app.RateLimit ?? throw new ArgumentException("must be set.", "RateLimit")).Validate();
            }
            catch (ArgumentException e)
            {
                // The message ends "(Parameter 'RateLimit.X')" and starts "RateLimit.X": the setting is named by its key instead.
                var message = e.Message;
                var cut = message.IndexOf(" (Parameter", StringComparison.Ordinal);
                message = cut < 0 ? message : message.Substring(0, cut);
                message = message.StartsWith("RateLimit.", StringComparison.Ordinal) ? message.Substring("RateLimit.".Length) : message;
                Fail("App:" + (e.ParamName ?? "RateLimit").Replace('.', ':'), message);
            }
        }

        if (options.Pipelines is { IsSet: true } pipelines)
        {
            Required(pipelines.WriteKey, "Pipelines:WriteKey", "the Data Pipelines source's write key");
            SettingChecks.CheckSection(pipelines, "Pipelines:", Fail);
            SettingChecks.CheckQueue(pipelines.Queue, "Pipelines:", Fail);
        }

        CheckWebhooks(options.Webhooks, Fail);
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

    private static void CheckWebhooks(CustomerIOWebhooksOptions? webhooks, Action<string, string> fail)
    {
        if (webhooks?.SigningSecrets is not { } secrets)
        {
            fail(webhooks is null ? "Webhooks" : "Webhooks:SigningSecrets", "must be set.");
            return;
        }

        for (var i = 0; i < secrets.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(secrets[i]))
            {
                fail($"Webhooks:SigningSecrets:{i}", "is empty: set the signing secret or remove the entry.");
            }
        }
    }
}
