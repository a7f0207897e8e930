using System.Reflection;

namespace CustomerIO.Emulator.App;

/// <summary>
/// Every App API operation of the official Node SDK (embedded <c>app-api-endpoints.tsv</c>: name,
/// method, path under <c>/v1</c>), matched by method and path template so that an operation the
/// emulator does not implement can answer 501 by name, and an unknown path 404.
/// </summary>
internal sealed class AppOperationCatalog
{
    private const string ResourceName = "CustomerIO.Emulator.App.app-api-endpoints.tsv";
    private readonly List<Operation> _operations;

    private AppOperationCatalog(List<Operation> operations) => _operations = operations;

    public static AppOperationCatalog Default { get; } = Load();

    public int Count => _operations.Count;

    /// <summary>The operation name for a method and a path under <c>/v1</c> (e.g. <c>/exports/7</c>), or null.</summary>
    public string? Find(string method, ReadOnlySpan<char> path)
    {
        Span<Range> segments = stackalloc Range[16];
        var trimmed = path.Trim('/');
        var count = trimmed.Split(segments, '/');
        foreach (var operation in _operations)
        {
            if (!string.Equals(operation.Method, method, StringComparison.OrdinalIgnoreCase) || operation.Segments.Length != count)
            {
                continue;
            }

            var matches = true;
            for (var i = 0; i < count && matches; i++)
            {
                var segment = trimmed[segments[i]];
                var template = operation.Segments[i];
                matches = template.StartsWith('{') ? !segment.IsEmpty : segment.Equals(template, StringComparison.Ordinal);
            }

            if (matches)
            {
                return operation.Name;
            }
        }

        return null;
    }

    /// <summary>Parses rows like <c>getExport\tGET\t/exports/{id}</c>, <c>... /customers?email={email}</c>, <c>... [query]</c> and <c>POST(multipart)</c>.</summary>
    internal static List<Operation> Parse(IEnumerable<string> lines)
    {
        var operations = new List<Operation>();
        foreach (var line in lines.Skip(1))
        {
            var columns = line.Split('\t');
            if (columns.Length < 3)
            {
                continue;
            }

            var method = columns[1].Split('(')[0].Trim();
            var path = columns[2].Split(' ')[0].Split('?')[0];
            operations.Add(new Operation(columns[0].Trim(), method, path.Trim('/').Split('/')));
        }

        return operations;
    }

    private static AppOperationCatalog Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The App API operation list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return new AppOperationCatalog(Parse(lines));
    }

    /// <summary>One operation: its SDK name, HTTP method and path template segments.</summary>
    internal sealed record Operation(string Name, string Method, string[] Segments);
}
