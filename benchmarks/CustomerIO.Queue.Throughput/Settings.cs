using System.Globalization;

namespace CustomerIO.Queue.Throughput;

/// <summary>The harness's command line.</summary>
internal sealed record Settings(int Operations, int People, int PerEventSeconds, int DownSeconds, int Lanes, int WarmupOperations, int Producers, string Mode, string Queue = "track")
{
    /// <summary>The queues the end-to-end runs measure, in order: <c>--queue track|pipelines|both</c>.</summary>
    public IReadOnlyList<string> Queues => Queue == "both" ? ["track", "pipelines"] : [Queue];

    public static Settings Parse(string[] args)
    {
        int Get(string name, int fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
        string Text(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        var queue = Text("--queue", "track");
        if (queue is not ("track" or "pipelines" or "both"))
        {
            throw new ArgumentException("--queue must be track, pipelines or both.");
        }

        return new Settings(Get("--operations", 1_000_000), Get("--people", 10_000), Get("--per-event-seconds", 20), Get("--down-seconds", 20), Get("--lanes", 4), Get("--warmup-operations", 1_000_000), Get("--producers", 1), Text("--mode", "all"), queue);
    }

    public bool Runs(string phase) => Mode == "all" || Mode == phase;
}
