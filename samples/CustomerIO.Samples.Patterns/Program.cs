// Runs the four patterns of docs/from-the-typescript-patterns.md against the in-process emulator.
using CustomerIO;
using CustomerIO.Emulator;
using CustomerIO.Samples.Patterns;

await using var emulator = await CustomerIOEmulator.StartAsync();
var client = Pattern2Retries.CreateClient(emulator.SiteId, emulator.TrackApiKey, emulator.TrackUri);

await Pattern1TypedClient.RunAsync(client);
Console.WriteLine("Pattern 1, typed client: identified user-123 and tracked feature_used.");

Console.WriteLine($"Pattern 2, retries and errors: {await Pattern2Retries.RunAsync(client)}.");

var stats = await Pattern3Queue.RunAsync(client, people: 1_000);
Console.WriteLine($"Pattern 3, queue: {stats}.");

await Pattern4Singleton.RunWithHostAsync(emulator.SiteId, emulator.TrackApiKey, emulator.TrackUri);
Environment.SetEnvironmentVariable("CUSTOMERIO_SITE_ID", emulator.SiteId);
Environment.SetEnvironmentVariable("CUSTOMERIO_API_KEY", emulator.TrackApiKey);
Environment.SetEnvironmentVariable("CUSTOMERIO_TRACK_URL", emulator.TrackUri.ToString());
await Pattern4Singleton.RunWithoutHostAsync();
Console.WriteLine("Pattern 4, shared instance: through the host, and through CustomerIOShared.");

Console.WriteLine($"The emulator received {emulator.GetCounters().EventsReceived} events from {emulator.GetPeople().Count} people.");
