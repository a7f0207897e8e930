using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using System.Diagnostics;
using System.Globalization;
using CustomerIO;
using CustomerIO.App;
using CustomerIO.Emulator;

// Transactional sends per second through the App client's rate limiter into the emulator enforcing the same limit
// (a benchmark, not a test): how close the limiter comes to the allowed rate, and whether any request is refused.
// Usage: dotnet benchmarks/CustomerIO.App.SendRate/bin/Release/net10.0/CustomerIO.App.SendRate.dll
//   [--seconds 30] [--senders 8] [--rate 10]   (rate: requests per second, the client's and the emulator's)
// The first 2 seconds are not measured: a limiter lets a full second's worth start at once, which would read as more
// than the allowed rate over a short run.
var seconds = Option("--seconds", 30);
var warmup = TimeSpan.FromSeconds(2);
var senders = Option("--senders", 8);
var rate = Option("--rate", 10);

await using var emulator = await CustomerIOEmulator.StartAsync();
emulator.SetFaults(new FaultProfile { RateLimits = new RateLimitSettings { AppPerSecond = rate } });
var app = new AppClient(emulator.AppApiKey, new AppClientOptions
{
    Endpoint = emulator.AppUri,
    Retry = { MaxRetries = 0 }, // a 429 fails its send, so every refusal is counted
    RateLimit = { RequestsPerSecond = rate },
});

long sent = 0, measured = 0, refused = 0, failed = 0;
var clock = Stopwatch.StartNew();
var deadline = warmup + TimeSpan.FromSeconds(seconds);
await Task.WhenAll(Enumerable.Range(0, senders).Select(async sender =>
{
    for (var i = 0; clock.Elapsed < deadline; i++)
    {
        try
        {
            await app.Transactional.SendEmailAsync(new TransactionalEmail(7, $"p{sender}-{i}@example.com", CustomerIdentifier.Id($"p{sender}-{i}")) { Subject = "Your code" });
            Interlocked.Increment(ref sent);
            if (clock.Elapsed >= warmup && clock.Elapsed < deadline)
            {
                Interlocked.Increment(ref measured);
            }
        }
        catch (CustomerIORateLimitException)
        {
            Interlocked.Increment(ref refused);
        }
        catch (CustomerIOException)
        {
            Interlocked.Increment(ref failed);
        }
    }
}));
var elapsed = seconds;

var counters = emulator.GetCounters();
var answered429 = counters.RequestsByStatus.TryGetValue(429, out var n) ? n : 0;
var perSecond = measured / (double)elapsed;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{measured:N0} sends completed in the {elapsed} s after {warmup.TotalSeconds:N0} s of warm-up ({sent:N0} in all) from {senders} senders: {perSecond:N2}/s of {rate}/s allowed ({perSecond / rate:P1}); refused (429) {refused} (emulator answered {answered429} 429s), other failures {failed}; deliveries stored {emulator.GetDeliveries().Count:N0}"));

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}
