using System.Text;

namespace CustomerIO.Emulator.Tests.Infrastructure;

/// <summary>Builds JSON of exact byte sizes for limit tests.</summary>
public static class Payloads
{
    /// <summary>A string of <paramref name="bytes"/> UTF-8 bytes made of ASCII 'a'.</summary>
    public static string Ascii(int bytes) => new('a', bytes);

    /// <summary>A string of <paramref name="bytes"/> UTF-8 bytes made of 'é' (2 bytes each) plus one 'a' when odd.</summary>
    public static string MultiByte(int bytes) => new string('é', bytes / 2) + (bytes % 2 == 1 ? "a" : string.Empty);

    public static int Utf8(string text) => Encoding.UTF8.GetByteCount(text);

    /// <summary>A JSON object <c>{"k":"aaa..."}</c> exactly <paramref name="bytes"/> long.</summary>
    public static string ObjectOfSize(int bytes) => "{\"k\":\"" + Ascii(bytes - 8) + "\"}";

    /// <summary>A v2 person event operation padded (in its attributes) to exactly <paramref name="bytes"/>.</summary>
    public static string EventOperationOfSize(int bytes, string id = "p1")
    {
        var prefix = "{\"type\":\"person\",\"action\":\"event\",\"identifiers\":{\"id\":\"" + id + "\"},\"name\":\"padded\",\"attributes\":";
        return prefix + ObjectOfSize(bytes - prefix.Length - 1) + "}";
    }

    /// <summary>A v2 batch body of exactly <paramref name="bytes"/>, made of operations of at most ~30 KB.</summary>
    public static string BatchOfSize(int bytes)
    {
        const string Open = "{\"batch\":[";
        const string Close = "]}";
        var remaining = bytes - Open.Length - Close.Length;
        var operations = new List<string>();
        var index = 0;
        while (remaining > 0)
        {
            // Each operation but the first costs a comma; keep every piece above the smallest possible operation.
            var separator = operations.Count == 0 ? 0 : 1;
            var size = remaining - separator > 60_000 ? 30_000 : remaining - separator > 30_000 ? (remaining - separator) / 2 : remaining - separator;
            operations.Add(EventOperationOfSize(size, "p" + index++));
            remaining -= size + separator;
        }

        var body = Open + string.Join(",", operations) + Close;
        return Encoding.UTF8.GetByteCount(body) == bytes ? body : throw new InvalidOperationException("size mismatch");
    }
}
