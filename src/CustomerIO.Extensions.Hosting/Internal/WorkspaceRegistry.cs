namespace CustomerIO.Extensions.Hosting.Internal;

/// <summary>
/// The registered workspace names and the configuration path each was bound from (for error messages): a section's
/// path, empty for the root of configuration, null when configured in code only.
/// </summary>
internal sealed class WorkspaceRegistry
{
    private readonly Dictionary<string, string?> _paths = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Names => _paths.Keys;

    /// <summary>Adds a workspace; false when the name is already taken (registration is idempotent).</summary>
    public bool Add(string name, string? configurationPath)
    {
        if (_paths.ContainsKey(name))
        {
            if (configurationPath is not null)
            {
                _paths[name] = configurationPath;
            }

            return false;
        }

        _paths.Add(name, configurationPath);
        return true;
    }

    public bool Contains(string name) => _paths.ContainsKey(name);

    /// <summary>
    /// How a setting of the workspace (<paramref name="setting"/>: its key under the section, for example
    /// <c>Retry:MaxRetries</c>) is named to the user: by its full key in configuration, for example
    /// <c>CustomerIO:Retry:MaxRetries</c> (a bare key when bound from the root of configuration); by its property path,
    /// for example <c>CustomerIOOptions['billing'].Retry.MaxRetries</c>, when configured in code.
    /// </summary>
    public string SettingPath(string name, string setting) =>
        _paths.TryGetValue(name, out var path) && path is not null
            ? (path.Length == 0 ? setting : $"{path}:{setting}")
            : Describe(name) + setting.Replace(':', '.');

    private static string Describe(string name) => name.Length == 0 ? "CustomerIOOptions." : $"CustomerIOOptions['{name}'].";
}
