using System.Globalization;

namespace CustomerIO.Queue.Throughput;

/// <summary>The harness's command line.</summary>
internal sealed record Settings(int Operations, int People, int PerEventSeconds, int DownSeconds, int Lanes, int WarmupOperations, int Producers, string Mode)
{
    public static Settings Parse(string[] args)
    {
        int Get(string name, int fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
        var mode = Array.IndexOf(args, "--mode") is var m and >= 0 && m + 1 < args.Length ? args[m + 1] : "all";
        return new Settings(Get("--operations", 1_000_000), Get("--people", 10_000), Get("--per-event-seconds", 20), Get("--down-seconds", 20), Get("--lanes", 4), Get("--warmup-operations", 1_000_000), Get("--producers", 1), mode);
    }

    public bool Runs(string phase) => Mode == "all" || Mode == phase;
}
