// The main job: identify people and track their events, first with TrackClient (one call each, awaited), then at
// volume through TrackQueue (enqueue without awaiting; batched delivery), and print a delivery report.
// With no Customer.io credentials in the environment it starts the emulator inside this process (in-process, on a
// free port of 127.0.0.1), so it runs anywhere and reads the report back from the emulator's counters; with
// CUSTOMERIO_SITE_ID and CUSTOMERIO_API_KEY set it talks to your real workspace instead (and keeps the volume small).
using System.Diagnostics;
using CustomerIO.App;
using CustomerIO.Track;
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

// 1. One person, one event, one v2 batch: awaited calls with typed attributes (AOT-safe through a
//    source-generated JsonSerializerContext), dictionaries, and per-operation batch results.
await client.IdentifyAsync(
    "user-1001",
    new SignupAttributes("ada@example.com", "Ada", Plan: "pro"),
    SampleJsonContext.Default.SignupAttributes,
    new IdentifyOptions { CreatedAt = DateTimeOffset.UtcNow.AddDays(-30) });
await client.TrackAsync("user-1001", "order_completed", new Dictionary<string, object?> { ["order_id"] = "A-1042", ["total"] = 99.5 });
var batch = await client.SendBatchAsync(
[
    PersonOperation.Identify("user-1002", new Dictionary<string, object?> { ["email"] = "grace@example.com" }),
    PersonOperation.Event("user-1002", "signed_up", new Dictionary<string, object?> { ["source"] = "sample" }),
]);
Console.WriteLine($"TrackClient: identify, track and a batch of {batch.OperationCount} operations ({batch.Failures.Count} refused).");

// What these awaited calls sent, to explain the emulator's totals at the end: two people (user-1001, user-1002),
// two events (order_completed, signed_up), four operations (the identify, the event and the batch's two).
const int ClientPeople = 2, ClientEvents = 2;
var clientOperations = 2 + batch.OperationCount;

// 2. At volume: every identify and event goes through the queue without awaiting the network.
var people = emulator is null ? 10 : 5_000;
const int EventsPerPerson = 5;
var clock = Stopwatch.StartNew();
var queue = new TrackQueue(client);
long refused = 0;
for (var p = 0; p < people; p++)
{
    var person = PersonIdentifier.Id($"user-{p:D5}");
    refused += queue.Identify(person, new Dictionary<string, object?> { ["email"] = $"user{p}@example.com", ["plan"] = p % 3 == 0 ? "pro" : "free" }).IsAccepted ? 0 : 1;
    for (var e = 0; e < EventsPerPerson; e++)
    {
        refused += queue.Track(person, "page_viewed", new Dictionary<string, object?> { ["page"] = $"/docs/{e}", ["step"] = e }).IsAccepted ? 0 : 1;
    }
}

var report = await queue.CloseAsync();
clock.Stop();

var operations = people * (1 + EventsPerPerson);
Console.WriteLine();
Console.WriteLine($"TrackQueue delivery report ({operations:N0} operations for {people:N0} people)");
Console.WriteLine($"  delivered   {report.Delivered,10:N0}");
Console.WriteLine($"  failed      {report.Failed,10:N0}");
Console.WriteLine($"  refused     {refused + report.Refused,10:N0}");
Console.WriteLine($"  abandoned   {report.Abandoned,10:N0}");
Console.WriteLine($"  time        {clock.Elapsed.TotalSeconds,10:N2} s");
Console.WriteLine($"  throughput  {report.Delivered / clock.Elapsed.TotalSeconds,10:N0} operations/s");
if (emulator is not null)
{
    var counters = emulator.GetCounters();
    var queuedEvents = people * EventsPerPerson;
    Console.WriteLine($"Read back from the emulator: the queue's operations plus the {clientOperations} TrackClient operations sent first");
    Console.WriteLine($"  people      {emulator.GetPeople().Count,10:N0}  = {people:N0} from the queue + {ClientPeople} from TrackClient");
    Console.WriteLine($"  events      {counters.EventsReceived,10:N0}  = {queuedEvents:N0} from the queue + {ClientEvents} from TrackClient");
    Console.WriteLine($"  accepted    {counters.AcceptedOperations,10:N0}  = {operations:N0} from the queue + {clientOperations} from TrackClient (operations)");
    Console.WriteLine($"  duplicates  {counters.DuplicateEvents,10:N0}");

    // 3. The App API: a transactional email to the first person, then the message as the emulator stored it. Sends
    //    are never repeated after an ambiguous failure, so a retry can never deliver the email twice.
    var app = new AppClient(emulator.AppApiKey, new AppClientOptions { Endpoint = emulator.AppUri, ApplicationId = options.ApplicationId });
    var sent = await app.Transactional.SendEmailAsync(new TransactionalEmail(12, "ada@example.com", CustomerIdentifier.Id("user-1001"))
    {
        Subject = "Your order A-1042",
        MessageData = new Dictionary<string, object?> { ["order_id"] = "A-1042" },
    });
    var message = await app.Messages.GetAsync(sent.DeliveryId);
    Console.WriteLine();
    Console.WriteLine($"AppClient: a transactional email, queued as delivery {sent.DeliveryId}");
    Console.WriteLine($"  stored as   {message.Type} to {message.Recipient} for {message.CustomerIdentifiers?.Id}, subject \"{message.Subject}\"");
}

return report.Delivered == operations ? 0 : 1;
