using System.Net.Http;
using CustomerIO.App;
using CustomerIO.Track;
using CustomerIO;
using CustomerIO.Extensions.Hosting;
using CustomerIO.Extensions.Hosting.Internal;
using Workspace = CustomerIO.Extensions.Hosting.Internal.Workspace;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Customer.io clients and queues: <c>services.AddCustomerIO(configuration.GetSection("CustomerIO"))</c>.</summary>
public static class CustomerIOServiceCollectionExtensions
{
    /// <summary>
    /// Registers the default workspace from a configuration section: <see cref="TrackClient"/>,
    /// <see cref="TrackQueue"/> and <see cref="AppClient"/> (from the <c>App</c> section, created when first resolved)
    /// as singletons, settings validated at start, queues drained at shutdown.
    /// </summary>
    /// <remarks>
    /// The section holds the shared settings at its top and one section per API: <c>Track</c> (<c>SiteId</c>,
    /// <c>ApiKey</c>, <c>Queue</c>; required), <c>App</c> (<c>ApiKey</c>), <c>Pipelines</c> (<c>WriteKey</c>) and
    /// <c>Webhooks</c> (<c>SigningSecrets</c>); see <see cref="CustomerIOOptions"/>. <c>PipelinesClient</c> and
    /// <c>PipelinesQueue</c> are registered too, made from the <c>Pipelines</c> section (resolving them without a
    /// write key fails, naming the key); the queue is drained at shutdown and in the health check. App and Webhooks
    /// are bound and validated, and read through <c>IOptionsMonitor&lt;CustomerIOOptions&gt;</c>.
    /// Calling this again for the same workspace registers nothing twice.
    /// </remarks>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The section to bind <see cref="CustomerIOOptions"/> from, for example <c>configuration.GetSection("CustomerIO")</c>.</param>
    /// <param name="configure">Further changes after binding (for example <see cref="TrackQueueOptions.OnOutcome"/> on <c>o.Track.Queue</c>).</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddCustomerIO(this IServiceCollection services, IConfiguration configuration, Action<CustomerIOOptions>? configure = null) =>
        services.AddCustomerIO(Options.Options.DefaultName, configuration, configure);

    /// <summary>Registers the default workspace from code.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the workspace's settings.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddCustomerIO(this IServiceCollection services, Action<CustomerIOOptions> configure) =>
        services.AddCustomerIO(Options.Options.DefaultName, configuration: null, configure ?? throw new ArgumentNullException(nameof(configure)));

    /// <summary>
    /// Registers a named workspace (for apps that talk to several). Its client and queue are resolved through
    /// <see cref="ICustomerIOWorkspaces"/>, or as keyed services with the name as key.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The workspace's name; empty for the default workspace.</param>
    /// <param name="configuration">The section to bind from, if any.</param>
    /// <param name="configure">Further changes after binding, if any.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddCustomerIO(this IServiceCollection services, string name, IConfiguration? configuration, Action<CustomerIOOptions>? configure = null)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        var registry = Registry(services);
        var bind = registry.Add(name, configuration);

        var options = services.AddOptions<CustomerIOOptions>(name);
        if (bind)
        {
            options.Bind(configuration!);
        }

        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CustomerIOOptions>, CustomerIOOptionsValidator>());

        // One pooled handler per workspace, no automatic redirects (the SDK follows them and guards credentials),
        // no handlers from ConfigureHttpClientDefaults (the SDK owns retries, so none may be stacked on it), and no
        // HttpClient request logging (it logs whole URLs, and Track URLs hold identifiers: personal data).
        var httpClientName = Workspace.HttpClientName(name);
        services.AddHttpClient(httpClientName)
            .ConfigurePrimaryHttpMessageHandler(CustomerIO.Transport.SharedHttpClient.CreateHandler)
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers();
        services.PostConfigure<HttpClientFactoryOptions>(httpClientName, o =>
        {
            o.HttpMessageHandlerBuilderActions.Add(builder => builder.AdditionalHandlers.Clear());
            o.HttpClientActions.Add(client => client.Timeout = Timeout.InfiniteTimeSpan);
        });

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CustomerIOWorkspaces>();
        services.TryAddSingleton<ICustomerIOWorkspaces>(sp => sp.GetRequiredService<CustomerIOWorkspaces>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Hosting.IHostedService, QueueDrainService>());
        if (name.Length == 0)
        {
            services.TryAddSingleton(sp => sp.GetRequiredService<CustomerIOWorkspaces>().GetTrackClient(name));
            services.TryAddSingleton(sp => sp.GetRequiredService<CustomerIOWorkspaces>().GetTrackQueue(name));
            services.TryAddSingleton(sp => sp.GetRequiredService<CustomerIOWorkspaces>().GetPipelinesClient(name));
            services.TryAddSingleton(sp => sp.GetRequiredService<CustomerIOWorkspaces>().GetPipelinesQueue(name));
            services.TryAddSingleton(sp => sp.GetRequiredService<CustomerIOWorkspaces>().GetAppClient(name));
        }
        else
        {
            services.TryAddKeyedSingleton(name, (sp, _) => sp.GetRequiredService<CustomerIOWorkspaces>().GetTrackClient(name));
            services.TryAddKeyedSingleton(name, (sp, _) => sp.GetRequiredService<CustomerIOWorkspaces>().GetTrackQueue(name));
            services.TryAddKeyedSingleton(name, (sp, _) => sp.GetRequiredService<CustomerIOWorkspaces>().GetPipelinesClient(name));
            services.TryAddKeyedSingleton(name, (sp, _) => sp.GetRequiredService<CustomerIOWorkspaces>().GetPipelinesQueue(name));
            services.TryAddKeyedSingleton(name, (sp, _) => sp.GetRequiredService<CustomerIOWorkspaces>().GetAppClient(name));
        }

        return services;
    }

    /// <summary>
    /// Adds a health check of every workspace's queue (backlog, drops, rate-limit pauses, failing uploads) under
    /// the name <c>customerio</c>.
    /// </summary>
    /// <param name="builder">The health checks builder from <c>services.AddHealthChecks()</c>.</param>
    /// <param name="failureStatus">What to report when a queue is unhealthy; <see cref="HealthStatus.Unhealthy"/> when null.</param>
    /// <param name="tags">Tags for filtering health checks.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IHealthChecksBuilder AddCustomerIO(this IHealthChecksBuilder builder, HealthStatus? failureStatus = null, IEnumerable<string>? tags = null)
    {
        if (builder is null)
        {
            throw new ArgumentNullException(nameof(builder));
        }

        return builder.Add(new HealthCheckRegistration(
            "customerio",
            sp => new CustomerIOHealthCheck(sp.GetRequiredService<CustomerIOWorkspaces>()),
            failureStatus,
            tags));
    }

    private static WorkspaceRegistry Registry(IServiceCollection services)
    {
        foreach (var descriptor in services)
        {
            if (descriptor.ServiceType == typeof(WorkspaceRegistry) && descriptor.ImplementationInstance is WorkspaceRegistry existing)
            {
                return existing;
            }
        }

        var registry = new WorkspaceRegistry();
        services.AddSingleton(registry);
        return registry;
    }
}
