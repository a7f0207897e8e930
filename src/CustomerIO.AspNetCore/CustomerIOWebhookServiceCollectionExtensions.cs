using CustomerIO.AspNetCore;
using CustomerIO.AspNetCore.Internal;
using CustomerIO.Webhooks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers what <c>app.MapCustomerIOWebhooks(...)</c> needs: <c>services.AddCustomerIOWebhooks()</c>.</summary>
public static class CustomerIOWebhookServiceCollectionExtensions
{
    /// <summary>
    /// Registers the webhook receiver: its options, an <see cref="IWebhookEventIdStore"/> (in memory, unless one is
    /// registered already), and the background queue and loop used when <see cref="CustomerIOWebhookOptions.ProcessInBackground"/>
    /// is set. The signing secrets come from <c>CustomerIO:Webhooks:SigningSecrets</c>, bound by <c>AddCustomerIO</c>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Changes to the defaults, if any.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddCustomerIOWebhooks(this IServiceCollection services, Action<CustomerIOWebhookOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<CustomerIOWebhookOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IWebhookEventIdStore>(sp =>
        {
            var settings = sp.GetRequiredService<IOptions<CustomerIOWebhookOptions>>().Value;
            return new InMemoryWebhookEventIdStore(settings.DeduplicationCapacity, settings.DeduplicationWindow, sp.GetRequiredService<TimeProvider>());
        });
        services.TryAddSingleton(sp => new WebhookBackgroundQueue(sp.GetRequiredService<IOptions<CustomerIOWebhookOptions>>().Value.BackgroundQueueCapacity));
        services.TryAddSingleton<WebhookStartupCheck>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, WebhookStartupCheck>(sp => sp.GetRequiredService<WebhookStartupCheck>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, WebhookBackgroundProcessor>());
        return services;
    }
}
