// The console sample: identify people, track their events, and send a Track v2 batch.
// With no Customer.io credentials in the environment it starts the emulator in this process, so it runs
// anywhere; with CUSTOMERIO_SITE_ID and CUSTOMERIO_API_KEY set it talks to your real workspace instead.
using CustomerIO;
using CustomerIO.Emulator;
using CustomerIO.Samples.Console;

var siteId = Environment.GetEnvironmentVariable("CUSTOMERIO_SITE_ID");
var apiKey = Environment.GetEnvironmentVariable("CUSTOMERIO_API_KEY");
await using var emulator = siteId is null || apiKey is null ? await CustomerIOEmulator.StartAsync() : null;

var options = new TrackClientOptions { ApplicationId = "CustomerIO.Samples.Console/1.0" };
if (emulator is not null)
{
    options.Endpoint = emulator.TrackUri;
    (siteId, apiKey) = (emulator.SiteId, emulator.TrackApiKey);
    Console.WriteLine($"No CUSTOMERIO_SITE_ID/CUSTOMERIO_API_KEY set: using the in-process emulator at {emulator.TrackUri}");
}
else
{
    options.Region = CustomerIORegion.FromName(Environment.GetEnvironmentVariable("CUSTOMERIO_REGION") ?? "us");
}

var client = new TrackClient(siteId!, apiKey!, options);

// 1. Identify a person, with typed attributes (AOT-safe through a source-generated JsonSerializerContext).
await client.IdentifyAsync(
    "user-1001",
    new CustomerAttributes("ada@example.com", "Ada", Plan: "pro"),
    SampleJsonContext.Default.CustomerAttributes,
    new IdentifyOptions { CreatedAt = DateTimeOffset.UtcNow.AddDays(-30) });

// 2. Track an event with a dictionary of data; the SDK stamps a ULID id so a retry never duplicates it.
await client.TrackAsync("user-1001", "order_completed", new Dictionary<string, object?>
{
    ["order_id"] = "A-1042",
    ["total"] = 99.5,
    ["items"] = new[] { "keyboard", "mouse" },
});

// 3. A Track v2 batch: many operations, one request, per-operation results.
var operations = new List<TrackOperation>();
for (var i = 1; i <= 50; i++)
{
    var person = PersonIdentifier.Id($"user-{2000 + i}");
    operations.Add(PersonOperation.Identify(person, new Dictionary<string, object?> { ["email"] = $"user{2000 + i}@example.com" }));
    operations.Add(PersonOperation.Event(person, "signed_up", new Dictionary<string, object?> { ["source"] = "sample" }));
}

var result = await client.SendBatchAsync(operations);
Console.WriteLine($"Batch of {result.OperationCount} operations: {result.Failures.Count} refused.");

if (emulator is not null)
{
    Console.WriteLine($"The emulator now holds {emulator.GetPeople().Count} people and {emulator.GetEvents().Count} events.");
}
