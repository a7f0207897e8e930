using Microsoft.Extensions.Hosting;

namespace CustomerIO.AspNetCore.Internal;

/// <summary>
/// Fails the host's start when a mapped webhook endpoint has no signing secret, rather than refusing Customer.io's
/// first request. Runs as a hosted service, after the options validated on start, so a missing Track setting is
/// reported first, as without webhooks.
/// </summary>
internal sealed class WebhookStartupCheck : IHostedService
{
    private readonly List<WebhookVerifierSource> _sources = [];

    public void Add(WebhookVerifierSource source)
    {
        lock (_sources)
        {
            _sources.Add(source);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lock (_sources)
        {
            foreach (var source in _sources)
            {
                source.Get(); // throws CustomerIOValidationException naming the setting
            }
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
