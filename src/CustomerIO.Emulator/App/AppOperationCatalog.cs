namespace CustomerIO.Emulator.App;

/// <summary>
/// Every App API operation of the SDK's table (<c>eng/app-api/operations.tsv</c>, generated into
/// <c>AppOperationCatalog.g.cs</c>: name, method, path under <c>/v1</c>), matched by method and path template so that
/// an operation the emulator does not implement answers 501 by name, and an unknown path 404.
/// </summary>
internal sealed partial class AppOperationCatalog
{
    private readonly List<Operation> _operations;

    private AppOperationCatalog(List<Operation> operations) => _operations = operations;

    private static AppOperationCatalog? s_default;

    /// <summary>The catalog of the generated table (built on first use: static initializers of partial files run in no set order).</summary>
    public static AppOperationCatalog Default =>
        LazyInitializer.EnsureInitialized(ref s_default, () => new([.. Table.Select(row => new Operation(row.Name, row.Method, row.Path.Trim('/').Split('/')))]));

    public int Count => _operations.Count;

    /// <summary>Every operation, in table order.</summary>
    public IReadOnlyList<Operation> Operations => _operations;

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

    /// <summary>One operation: its name, HTTP method and path template segments.</summary>
    internal sealed record Operation(string Name, string Method, string[] Segments);
}
