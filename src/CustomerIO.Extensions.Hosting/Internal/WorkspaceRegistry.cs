namespace CustomerIO.Extensions.Hosting.Internal;

/// <summary>The registered workspace names and the configuration path each was bound from (for error messages).</summary>
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

    /// <summary>How settings of the workspace are named in configuration, for example <c>CustomerIO:SiteId</c>.</summary>
    public string SettingPath(string name, string setting) =>
        _paths.TryGetValue(name, out var path) && path is not null ? $"{path}:{setting}" : Describe(name) + setting;

    private static string Describe(string name) => name.Length == 0 ? "CustomerIOOptions." : $"CustomerIOOptions['{name}'].";
}
