using CustomerIO.App;
using CustomerIO.Track;

namespace CustomerIO.Extensions.Hosting;

/// <summary>
/// The clients and queues of every registered workspace, by name. The default workspace (registered without a
/// name) is also injectable directly as <see cref="TrackClient"/> and <see cref="TrackQueue"/>.
/// </summary>
public interface ICustomerIOWorkspaces
{
    /// <summary>The names of the registered workspaces; the default one is the empty string.</summary>
    IReadOnlyCollection<string> Names { get; }

    /// <summary>The Track client of a workspace.</summary>
    /// <param name="name">The workspace's name; empty for the default one.</param>
    /// <returns>The client (one per workspace).</returns>
    /// <exception cref="InvalidOperationException">No workspace has that name.</exception>
    TrackClient GetTrackClient(string name);

    /// <summary>The Track queue of a workspace.</summary>
    /// <param name="name">The workspace's name; empty for the default one.</param>
    /// <returns>The queue (one per workspace).</returns>
    /// <exception cref="InvalidOperationException">No workspace has that name.</exception>
    TrackQueue GetTrackQueue(string name);

    /// <summary>The App client of a workspace, from its <c>App</c> section.</summary>
    /// <param name="name">The workspace's name; empty for the default one.</param>
    /// <returns>The client (one per workspace, so its rate limits hold for the whole app).</returns>
    /// <exception cref="InvalidOperationException">No workspace has that name, or its App section has no API key.</exception>
    AppClient GetAppClient(string name);
}
