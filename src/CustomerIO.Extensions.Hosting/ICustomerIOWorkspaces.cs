using CustomerIO.App;
using CustomerIO.Pipelines;
using CustomerIO.Track;

namespace CustomerIO.Extensions.Hosting;

/// <summary>
/// The clients and queues of every registered workspace, by name. The default workspace (registered without a
/// name) is also injectable directly as <see cref="TrackClient"/>, <see cref="TrackQueue"/>, <see cref="PipelinesClient"/> and <see cref="PipelinesQueue"/>.
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

    /// <summary>The Pipelines client of a workspace (from its <c>Pipelines</c> section).</summary>
    /// <param name="name">The workspace's name; empty for the default one.</param>
    /// <returns>The client (one per workspace).</returns>
    /// <exception cref="InvalidOperationException">No workspace has that name, or it has no Pipelines write key.</exception>
    PipelinesClient GetPipelinesClient(string name);

    /// <summary>The Pipelines queue of a workspace.</summary>
    /// <param name="name">The workspace's name; empty for the default one.</param>
    /// <returns>The queue (one per workspace).</returns>
    /// <exception cref="InvalidOperationException">No workspace has that name, or it has no Pipelines write key.</exception>
    PipelinesQueue GetPipelinesQueue(string name);

    /// <summary>The App client of a workspace, from its <c>App</c> section.</summary>
    /// <param name="name">The workspace's name; empty for the default one.</param>
    /// <returns>The client (one per workspace, so its rate limits hold for the whole app).</returns>
    /// <exception cref="InvalidOperationException">No workspace has that name, or its App section has no API key.</exception>
    AppClient GetAppClient(string name);
}
