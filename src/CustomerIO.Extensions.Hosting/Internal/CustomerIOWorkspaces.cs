using System.Linq;
using System.Net.Http;
using CustomerIO.App;
using CustomerIO.Pipelines;
using CustomerIO.Track;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CustomerIO.Extensions.Hosting.Internal;

/// <summary>Every registered workspace; the single owner of their clients and queues.</summary>
internal sealed class CustomerIOWorkspaces : ICustomerIOWorkspaces
{
    private readonly Dictionary<string, Workspace> _workspaces;

    public CustomerIOWorkspaces(WorkspaceRegistry registry, IOptionsMonitor<CustomerIOOptions> options, IHttpClientFactory httpClients, ILoggerFactory loggerFactory, TimeProvider time)
    {
        _workspaces = registry.Names.ToDictionary(
            name => name,
            name => new Workspace(name, options, httpClients, loggerFactory, time),
            StringComparer.Ordinal);
    }

    public IReadOnlyCollection<string> Names => _workspaces.Keys;

    /// <summary>Every queue created, of every workspace and API.</summary>
    internal IEnumerable<HostedQueue> Queues => _workspaces.Values.SelectMany(w => w.CreatedQueues);

    /// <summary>The workspaces.</summary>
    internal IEnumerable<Workspace> All => _workspaces.Values;

    public TrackClient GetTrackClient(string name) => Get(name).Client;

    public TrackQueue GetTrackQueue(string name) => Get(name).Queue;

    public PipelinesClient GetPipelinesClient(string name) => Get(name).PipelinesClient;

    public PipelinesQueue GetPipelinesQueue(string name) => Get(name).PipelinesQueue;

    public AppClient GetAppClient(string name) => Get(name).App;

    private Workspace Get(string name) =>
        _workspaces.TryGetValue(name ?? throw new ArgumentNullException(nameof(name)), out var workspace)
            ? workspace
            : throw new InvalidOperationException(
                $"No Customer.io workspace is named '{name}'. Registered: {string.Join(", ", _workspaces.Keys.Select(n => n.Length == 0 ? "(default)" : n))}. Register it with services.AddCustomerIO(\"{name}\", ...).");
}
