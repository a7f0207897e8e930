namespace CustomerIO.Emulator.Tests.Hosting;

/// <summary>Keeps the emulator on one handler style: answers are records, never JSON written field by field.</summary>
public sealed class HandlerStyleTests
{
    /// <summary>The files allowed to write JSON by hand, each for a stated reason.</summary>
    private static readonly string[] HandWritten =
    [
        "Hosting/Reply.cs",                    // the one place replies are serialized (through JsonTypeInfo)
        "App/AppJsonContext.cs",               // the number-or-text converter of App ids
        "Faults/MillisecondsConverter.cs",     // a converter of the fault profile
        "Webhooks/DeliveryWebhookPayload.cs",  // an outbound webhook request body, not an answer
        "Webhooks/MetricFields.cs",            // the per-metric fields of that body
    ];

    [Fact]
    public void Only_the_listed_files_write_json_by_hand()
    {
        var root = Path.Combine(RepositoryRoot(), "src", "CustomerIO.Emulator");
        var writers = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f) is var text && (text.Contains("Utf8JsonWriter", StringComparison.Ordinal) || text.Contains(".WriteStartObject(", StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal);

        Assert.Equal(HandWritten.Order(StringComparer.Ordinal), writers);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CustomerIO.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with CustomerIO.slnx) was not found above " + AppContext.BaseDirectory);
    }
}
