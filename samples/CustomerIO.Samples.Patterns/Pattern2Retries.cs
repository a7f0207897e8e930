using CustomerIO.Track;

namespace CustomerIO.Samples.Patterns;

/// <summary>Pattern 2: retries are the SDK's job, configured, not hand-written.</summary>
public static class Pattern2Retries
{
    public static TrackClient CreateClient(string siteId, string apiKey, Uri? endpoint)
    {
        // <snippet:pattern2-options>
        var client = new TrackClient(siteId, apiKey, new TrackClientOptions
        {
            Endpoint = endpoint,                       // null: the region's Customer.io host
            Timeout = TimeSpan.FromSeconds(10),        // each attempt
            TotalTimeout = TimeSpan.FromSeconds(30),   // the whole call, waits included
            Retry =
            {
                MaxRetries = 3,                        // 408, 429, 5xx, network errors, timeouts
                BaseDelay = TimeSpan.FromMilliseconds(200),
                MaxDelay = TimeSpan.FromSeconds(5),    // jittered exponential backoff
                MaxRetryAfter = TimeSpan.FromSeconds(30),
            },
        });
        // </snippet:pattern2-options>
        return client;
    }

    public static async Task<string> RunAsync(TrackClient client)
    {
        // <snippet:pattern2-errors>
        try
        {
            await client.TrackAsync("user-123", EventNames.SubscriptionStarted);
            return "delivered";
        }
        catch (CustomerIOValidationException e)
        {
            return $"never sent: {e.ParameterName} breaks a limit ({e.Limit})";
        }
        catch (CustomerIORateLimitException e)
        {
            return $"rate limited; Customer.io asked to wait {e.RetryAfter}";
        }
        catch (CustomerIOApiException e)
        {
            return $"refused: {(int)e.StatusCode} {string.Join("; ", e.Errors.Select(x => x.Message))}";
        }
        catch (CustomerIOException e)
        {
            return $"failed after retries: {e.Message}"; // timeouts, network failures
        }
        // </snippet:pattern2-errors>
    }
}
