using CustomerIO.Extensions.Hosting;
using CustomerIO.Track;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CustomerIO.Samples.Patterns;

/// <summary>Pattern 4: one shared, configured, testable instance.</summary>
public static class Pattern4Singleton
{
    public static async Task RunWithHostAsync(string siteId, string apiKey, Uri endpoint)
    {
        // <snippet:pattern4-host>
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddCustomerIO(o =>        // or AddCustomerIO(builder.Configuration.GetSection("CustomerIO"))
        {
            o.Track.SiteId = siteId;           // CustomerIO:Track:SiteId in configuration
            o.Track.ApiKey = apiKey;
            o.Track.Endpoint = endpoint;
        });
        using var host = builder.Build();
        await host.StartAsync();                   // settings validated here, not at the first request

        var queue = host.Services.GetRequiredService<TrackQueue>();   // one per app, shared
        queue.Track("user-123", EventNames.FeatureUsed);

        await host.StopAsync();                    // the queue is drained before the process ends
        // </snippet:pattern4-host>
    }

    public static async Task RunWithoutHostAsync()
    {
        // <snippet:pattern4-shared>
        // CUSTOMERIO_SITE_ID, CUSTOMERIO_API_KEY (and CUSTOMERIO_REGION, CUSTOMERIO_TRACK_URL) configure it.
        await CustomerIOShared.TrackClient.IdentifyAsync("user-123", new Dictionary<string, object?> { ["plan"] = "pro" });
        CustomerIOShared.TrackQueue.Track("user-123", EventNames.FeatureUsed);

        await CustomerIOShared.ResetAsync();       // tests: deliver, then start afresh on next use
        // </snippet:pattern4-shared>
    }
}
