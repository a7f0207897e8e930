using CustomerIO.Webhooks;

namespace CustomerIO.AspNetCore.Internal;

/// <summary>A mapped handler, whichever way it was given: called with the services of the scope it runs in.</summary>
internal delegate Task WebhookHandler(IServiceProvider services, ReportingWebhookEvent webhookEvent, CancellationToken cancellationToken);
