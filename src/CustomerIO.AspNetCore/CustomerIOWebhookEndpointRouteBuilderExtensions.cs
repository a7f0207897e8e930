using System.Diagnostics.CodeAnalysis;
using CustomerIO;
using CustomerIO.AspNetCore;
using CustomerIO.AspNetCore.Internal;
using CustomerIO.Extensions.Hosting;
using CustomerIO.Webhooks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps an endpoint that receives Customer.io's reporting webhooks: <c>app.MapCustomerIOWebhooks("/webhooks/customerio", handler)</c>.</summary>
public static class CustomerIOWebhookEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST <paramref name="pattern"/></c>: the body is read once (at most
    /// <see cref="CustomerIOWebhookOptions.MaxBodyBytes"/>, else 413), its signature and timestamp checked (else 401),
    /// parsed (else 400), de-duplicated by <c>event_id</c> (a repeat answers 200 unhandled), then handed to
    /// <paramref name="handler"/> (200, or 500 when it throws so Customer.io retries) or queued for the background
    /// (202, or 503 when the queue is full). Needs <c>services.AddCustomerIOWebhooks()</c>.
    /// </summary>
    /// <param name="endpoints">The app or route group.</param>
    /// <param name="pattern">The route, for example <c>/webhooks/customerio</c>.</param>
    /// <param name="handler">Handles each verified, new event.</param>
    /// <returns>The endpoint's builder (to add authorization exemptions, rate limits, metadata).</returns>
    /// <exception cref="InvalidOperationException"><c>AddCustomerIOWebhooks</c> was not called.</exception>
    /// <exception cref="CustomerIOValidationException">An option is out of range. (No signing secret fails the host's start.)</exception>
    public static IEndpointConventionBuilder MapCustomerIOWebhooks(this IEndpointRouteBuilder endpoints, string pattern, Func<ReportingWebhookEvent, CancellationToken, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return Map(endpoints, pattern, (_, webhookEvent, cancellationToken) => handler(webhookEvent, cancellationToken));
    }

    /// <summary>
    /// Maps <c>POST <paramref name="pattern"/></c> as <see cref="MapCustomerIOWebhooks(IEndpointRouteBuilder, string, Func{ReportingWebhookEvent, CancellationToken, Task})"/>
    /// does, with a handler resolved for each event from the event's service scope (the request's, or a new one in
    /// the background); registered or not, it is created with its dependencies injected.
    /// </summary>
    /// <typeparam name="THandler">The handler type.</typeparam>
    /// <param name="endpoints">The app or route group.</param>
    /// <param name="pattern">The route, for example <c>/webhooks/customerio</c>.</param>
    /// <returns>The endpoint's builder.</returns>
    /// <exception cref="InvalidOperationException"><c>AddCustomerIOWebhooks</c> was not called.</exception>
    /// <exception cref="CustomerIOValidationException">An option is out of range. (No signing secret fails the host's start.)</exception>
    public static IEndpointConventionBuilder MapCustomerIOWebhooks<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(this IEndpointRouteBuilder endpoints, string pattern)
        where THandler : class, ICustomerIOWebhookHandler =>
        Map(endpoints, pattern, (services, webhookEvent, cancellationToken) =>
            ActivatorUtilities.GetServiceOrCreateInstance<THandler>(services).HandleAsync(webhookEvent, cancellationToken));

    private static IEndpointConventionBuilder Map(IEndpointRouteBuilder endpoints, string pattern, WebhookHandler handler)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrEmpty(pattern);
        var services = endpoints.ServiceProvider;
        var queue = services.GetService<WebhookBackgroundQueue>()
            ?? throw new InvalidOperationException("Call services.AddCustomerIOWebhooks() before app.MapCustomerIOWebhooks(...).");
        var options = services.GetRequiredService<IOptions<CustomerIOWebhookOptions>>().Value;
        options.Validate();
        var verifiers = new WebhookVerifierSource(options, services.GetRequiredService<IOptionsMonitor<CustomerIOOptions>>(), services.GetRequiredService<TimeProvider>());
        services.GetRequiredService<WebhookStartupCheck>().Add(verifiers); // no secret fails the start, not Customer.io's first request
        var endpoint = new WebhookEndpoint(
            options,
            verifiers,
            services.GetRequiredService<IWebhookEventIdStore>(),
            options.ProcessInBackground ? queue : null,
            handler,
            services.GetRequiredService<ILoggerFactory>().CreateLogger("CustomerIO.AspNetCore.Webhooks"));
        // Customer.io signs its requests and sends no credentials: the signature is the authentication, so an app's
        // fallback authorization policy must not turn it away.
        return endpoints.MapPost(pattern, new RequestDelegate(endpoint.HandleAsync)).WithDisplayName("Customer.io reporting webhooks").AllowAnonymous();
    }
}
