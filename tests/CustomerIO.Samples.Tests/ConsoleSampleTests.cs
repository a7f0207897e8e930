using System.Reflection;
using CustomerIO.Track;

namespace CustomerIO.Samples.Tests;

/// <summary>
/// The main job (samples/CustomerIO.Samples.Console) run as <c>dotnet run</c> runs it, without credentials: it
/// delivers everything to its in-process emulator and its report explains every total the emulator counted.
/// </summary>
[Collection(SamplesCollection.Name)]
public sealed class ConsoleSampleTests
{
    [Fact]
    public void The_main_job_delivers_everything_and_explains_the_emulator_totals()
    {
        Assert.True(
            Environment.GetEnvironmentVariable("CUSTOMERIO_SITE_ID") is null || Environment.GetEnvironmentVariable("CUSTOMERIO_API_KEY") is null,
            "CUSTOMERIO_SITE_ID and CUSTOMERIO_API_KEY are set: the main job would talk to a real workspace.");
        var entryPoint = Assembly.Load("CustomerIO.Samples.Console").EntryPoint!;
        var output = new StringWriter();
        var console = Console.Out;
        Console.SetOut(output);
        int exitCode;
        try
        {
            exitCode = (int)entryPoint.Invoke(null, [Array.Empty<string>()])!;
        }
        finally
        {
            Console.SetOut(console);
        }

        var lines = output.ToString().Split(Environment.NewLine);
        Assert.Equal(0, exitCode);
        Assert.StartsWith("No CUSTOMERIO_SITE_ID/CUSTOMERIO_API_KEY set: using the in-process emulator at http://127.0.0.1:", lines[0], StringComparison.Ordinal);
        Assert.Equal(
            [
                "TrackClient: identify, track and a batch of 2 operations (0 refused).",
                "",
                "TrackQueue delivery report (30,000 operations for 5,000 people)",
                "  delivered       30,000",
                "  failed               0",
                "  refused              0",
                "  abandoned            0",
            ],
            lines[1..8]);
        Assert.StartsWith("  time ", lines[8], StringComparison.Ordinal);
        Assert.StartsWith("  throughput ", lines[9], StringComparison.Ordinal);
        Assert.Equal(
            [
                "Read back from the emulator: the queue's operations plus the 4 TrackClient operations sent first",
                "  people           5,002  = 5,000 from the queue + 2 from TrackClient",
                "  events          25,002  = 25,000 from the queue + 2 from TrackClient",
                "  accepted        30,004  = 30,000 from the queue + 4 from TrackClient (operations)",
                "  duplicates           0",
                "",
            ],
            lines[10..16]);
        Assert.StartsWith("AppClient: a transactional email, queued as delivery emdlv", lines[16], StringComparison.Ordinal);
        Assert.Equal(["  stored as   email to ada@example.com for user-1001, subject \"Your order A-1042\"", ""], lines[17..]);
    }
}
