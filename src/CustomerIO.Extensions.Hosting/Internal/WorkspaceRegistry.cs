using Microsoft.Extensions.Configuration;

namespace CustomerIO.Extensions.Hosting.Internal;

/// <summary>
/// The registered workspace names and the configuration each was bound from (for error messages): a section's
/// path, empty for the root of configuration, null when configured in code only.
/// </summary>
internal sealed class WorkspaceRegistry
{
    private readonly Dictionary<string, IConfiguration?> _sources = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Names => _sources.Keys;

    /// <summary>
    /// Adds a workspace, or records the configuration of one added before (registration is idempotent). True when
    /// <paramref name="configuration"/> is one the workspace was not bound from yet, so it is to be bound: binding
    /// the same section twice would list each entry of its lists (the webhook secrets) twice.
    /// </summary>
    public bool Add(string name, IConfiguration? configuration)
    {
        var known = _sources.TryGetValue(name, out var previous);
        if (configuration is null)
        {
            if (!known)
            {
                _sources.Add(name, null);
            }

            return false;
        }

        _sources[name] = configuration;
        return !(known && SameSource(previous, configuration));
    }

    private static bool SameSource(IConfiguration? previous, IConfiguration configuration) =>
        ReferenceEquals(previous, configuration)
        || (previous is IConfigurationSection before && configuration is IConfigurationSection now && before.Path == now.Path);

    public bool Contains(string name) => _sources.ContainsKey(name);

    /// <summary>The configuration a workspace was bound from, if any.</summary>
    public IConfiguration? Configuration(string name) => _sources.TryGetValue(name, out var configuration) ? configuration : null;

    /// <summary>
    /// How a setting of the workspace (<paramref name="setting"/>: its key under the section, for example
    /// <c>Track:Retry:MaxRetries</c>) is named to the user: by its full key in configuration, for example
    /// <c>CustomerIO:Track:Retry:MaxRetries</c> (a bare key when bound from the root of configuration); by its property
    /// path, for example <c>CustomerIOOptions['billing'].Track.Retry.MaxRetries</c>, when configured in code.
    /// </summary>
    public string SettingPath(string name, string setting) => Configuration(name) switch
    {
        IConfigurationSection section => $"{section.Path}:{setting}",
        { } => setting, // the root of configuration: keys are bare
        null => Describe(name) + setting.Replace(':', '.'),
    };

    private static string Describe(string name) => name.Length == 0 ? "CustomerIOOptions." : $"CustomerIOOptions['{name}'].";
}
