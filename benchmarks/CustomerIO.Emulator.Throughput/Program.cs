using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CustomerIO.Emulator.Throughput;

// Throughput harness for the emulator's Track v2 batch ingestion (a benchmark, not a test).
// Usage: dotnet run -c Release --project benchmarks/CustomerIO.Emulator.Throughput -- [--seconds 10] [--senders 4] [--batch-bytes 460000] [--people 10000] [--mode both|sink|stateful]
var settings = Settings.Parse(args);
Console.WriteLine($"batches of ~{settings.BatchBytes:N0} bytes, {settings.Senders} senders, {settings.Seconds} s per mode (+{settings.WarmupSeconds} s warm-up), {settings.People:N0} people");
foreach (var sink in settings.Modes)
{
    await using var emulator = await EmulatorProcess.StartAsync(sink, []);
    var result = await Run(emulator.BaseUri, sink, settings);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{(sink ? "sink" : "stateful"),-9} {result.OperationsPerSecond,12:N0} ops/s  {result.Batches,6:N0} batches  {result.Operations,12:N0} ops  {result.MegabytesPerSecond,7:N1} MB/s  " +
        $"server accepted {result.ServerAccepted:N0}, duplicates {result.ServerDuplicates:N0}, peak RSS {emulator.PeakWorkingSet / (1024 * 1024):N0} MiB"));
}

static async Task<Result> Run(Uri baseUri, bool sink, Settings settings)
{
    using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = settings.Senders, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
    using var client = new HttpClient(handler) { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(60) };
    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("emulator-site:emulator-track-key")));
    var templates = Enumerable.Range(0, settings.Senders).Select(i => new BatchTemplate(i, settings.BatchBytes, settings.People, seed: 1000 + i)).ToArray();

    long operations = 0, batches = 0, bytes = 0;
    var measuring = 0;
    using var stop = new CancellationTokenSource();
    var senders = templates.Select(template => Task.Run(async () =>
    {
        while (!stop.IsCancellationRequested)
        {
            template.StampIds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
            using var content = new ByteArrayContent(template.Bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await client.PostAsync("api/v2/batch", content);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"batch answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }

            if (Volatile.Read(ref measuring) == 1)
            {
                Interlocked.Add(ref operations, template.Operations);
                Interlocked.Increment(ref batches);
                Interlocked.Add(ref bytes, template.Bytes.Length);
            }
        }
    })).ToArray();

    await Task.Delay(TimeSpan.FromSeconds(settings.WarmupSeconds));
    var before = await Counters(client);
    Volatile.Write(ref measuring, 1);
    var clock = Stopwatch.StartNew();
    await Task.Delay(TimeSpan.FromSeconds(settings.Seconds));
    Volatile.Write(ref measuring, 0);
    var elapsed = clock.Elapsed.TotalSeconds;
    var after = await Counters(client);
    await stop.CancelAsync();
    await Task.WhenAll(senders);

    return new Result(
        Interlocked.Read(ref operations) / elapsed,
        Interlocked.Read(ref batches),
        Interlocked.Read(ref operations),
        Interlocked.Read(ref bytes) / elapsed / (1024 * 1024),
        after.Accepted - before.Accepted,
        after.Duplicates - before.Duplicates);
}

static async Task<(long Accepted, long Duplicates)> Counters(HttpClient client)
{
    using var document = JsonDocument.Parse(await client.GetStringAsync("_emulator/counters"));
    return (document.RootElement.GetProperty("accepted_operations").GetInt64(), document.RootElement.GetProperty("duplicate_events").GetInt64());
}

internal sealed record Result(double OperationsPerSecond, long Batches, long Operations, double MegabytesPerSecond, long ServerAccepted, long ServerDuplicates);

internal sealed record Settings(int Seconds, int WarmupSeconds, int Senders, int BatchBytes, int People, bool[] Modes)
{
    public static Settings Parse(string[] args)
    {
        int Get(string name, int fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
        var mode = Array.IndexOf(args, "--mode") is var m and >= 0 && m + 1 < args.Length ? args[m + 1] : "both";
        bool[] modes = mode switch
        {
            "sink" => [true],
            "stateful" => [false],
            _ => [true, false],
        };
        return new Settings(Get("--seconds", 10), Get("--warmup", 2), Get("--senders", 4), Get("--batch-bytes", 460_000), Get("--people", 10_000), modes);
    }
}
