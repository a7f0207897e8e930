using CustomerIO.Track;

namespace CustomerIO.Queue.Throughput;

/// <summary>The events every run sends: a purchase by one of N people, with a name and three data fields.</summary>
internal sealed class Workload
{
    private readonly string[] _people;

    public Workload(int people)
    {
        _people = Enumerable.Range(0, people).Select(i => "person-" + i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    }

    public string Person(long i) => _people[i % _people.Length];

    /// <summary>The caller's data, built per event as an application would.</summary>
    public static Dictionary<string, object?> Data(long i) => new() { ["sku"] = "A-1", ["price"] = 9.99, ["qty"] = (int)(i & 7) + 1 };

    public static TrackClient Client(Uri endpoint, HttpClient http) =>
        new("emulator-site", "emulator-track-key", new TrackClientOptions { Endpoint = endpoint, HttpClient = http });

    /// <summary>One connection pool for the whole run (as an application would have), over loopback only.</summary>
    public static HttpClient Http() => new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(10) }) { Timeout = TimeSpan.FromSeconds(60) };
}
