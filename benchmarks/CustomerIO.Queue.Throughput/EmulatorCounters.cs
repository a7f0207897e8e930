using System.Text.Json;

namespace CustomerIO.Queue.Throughput;

/// <summary>Reads the emulator's own counters (<c>/_emulator/counters</c>) to cross-check what the client measured.</summary>
internal static class EmulatorCounters
{
    public static async Task<(long Accepted, long Duplicates)> ReadAsync(HttpClient http, Uri baseUri)
    {
        using var document = JsonDocument.Parse(await http.GetStringAsync(new Uri(baseUri, "_emulator/counters")));
        var root = document.RootElement;
        return (root.GetProperty("accepted_operations").GetInt64(), root.GetProperty("duplicate_events").GetInt64());
    }
}
