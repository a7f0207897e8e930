namespace CustomerIO.Eng.AppApi;

/// <summary>One row of <c>eng/app-api/operations.tsv</c>: one App API operation.</summary>
internal sealed record Operation(
    string Area,
    string Method,
    string Http,
    string Path,
    IReadOnlyList<PathParameter> PathParameters,
    string Query,
    string? Body,
    string? Answer,
    string? Envelope,
    string? Paging,
    int? MaxLimit,
    bool Idempotent,
    string Status,
    string SpecName,
    string Summary)
{
    /// <summary>The descriptor's name in <c>AppOperations</c>, for example <c>SegmentsGet</c>.</summary>
    public string Id => Area + Method;

    /// <summary>Whether the area client's method is written from this row.</summary>
    public bool IsGenerated => Status == "generated";

    /// <summary>Whether the row pages (cursor, pages or offsets); <c>single</c> lists answer one page.</summary>
    public bool IsPaged => Paging is "cursor" or "cursor-nolimit" or "pages" or "offsets";

    /// <summary>Whether the method takes a page size.</summary>
    public bool TakesLimit => Paging is "cursor" or "pages" or "offsets";

    /// <summary>The options type of the query column (the part that is not <c>id_type</c>), or null.</summary>
    public string? Options => Query.Split('+').FirstOrDefault(q => q != "-" && q != "id_type");

    /// <summary>Whether the person's identifier kind goes in the query as <c>id_type</c>.</summary>
    public bool SendsIdType => Query.Split('+').Contains("id_type");

    /// <summary>The path parameter whose kind goes in the query as <c>id_type</c>: a person or an object.</summary>
    public PathParameter? IdentifiedBy => PathParameters.FirstOrDefault(p => p.Type is "CustomerIdentifier" or "ObjectReference");
}

/// <summary>A path placeholder and the .NET type of its value.</summary>
internal sealed record PathParameter(string Name, string Type)
{
    /// <summary>The parameter's C# name: <c>segment_id</c> becomes <c>segmentId</c>.</summary>
    public string CSharpName
    {
        get
        {
            var parts = Name.Split('_');
            return parts[0] + string.Concat(parts.Skip(1).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
        }
    }
}

/// <summary>Reads the table, refusing a malformed row by its line number.</summary>
internal static class OperationTable
{
    public const string Columns = "area\tmethod\thttp\tpath\tpath_params\tquery\tbody\tanswer\tenvelope\tpaging\tmax_limit\tidempotent\tstatus\tspec_name\tsummary";

    private static readonly string[] Statuses = ["generated", "hand", "pending"];
    private static readonly string[] Pagings = ["-", "cursor", "cursor-nolimit", "pages", "offsets", "single"];
    private static readonly string[] Types = ["long", "string", "CustomerIdentifier", "ObjectReference"];

    /// <summary>Whether a path parameter type names a string-backed value of <c>values.tsv</c> (checked against it when rendering).</summary>
    public static bool IsValueType(string type) => type.Length > 0 && char.IsUpper(type[0]) && type.All(char.IsLetterOrDigit) && !Types.Contains(type);

    public static IReadOnlyList<Operation> Parse(string text)
    {
        var operations = new List<Operation>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var header = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (!header)
            {
                Require(line == Columns, i, "the header must be: " + Columns);
                header = true;
                continue;
            }

            var c = line.Split('\t');
            Require(c.Length == 15, i, "a row has 15 columns");
            var parameters = c[4] == "-" ? [] : c[4].Split(',').Select(p => p.Split(':')).Select(p => new PathParameter(p[0], p[1])).ToList();
            Require(parameters.All(p => Types.Contains(p.Type) || IsValueType(p.Type)), i, "path parameter types are " + string.Join(", ", Types) + " or a type of values.tsv");
            Require(Statuses.Contains(c[12]) && Pagings.Contains(c[9]), i, "status or paging unknown");
            Require(c[11] is "yes" or "no", i, "idempotent is yes or no");
            var operation = new Operation(
                c[0], c[1], c[2], c[3], parameters, c[5], Dash(c[6]), Dash(c[7]), Dash(c[8]), Dash(c[9]),
                c[10] == "-" ? null : int.Parse(c[10], System.Globalization.CultureInfo.InvariantCulture),
                c[11] == "yes", c[12], c[13], c[14]);
            Require(!operation.IsGenerated || operation.Paging is null or "single" || operation.Envelope is not null, i, "a list names its page type in the envelope column");
            operations.Add(operation);
        }

        return operations;
    }

    private static string? Dash(string value) => value == "-" ? null : value;

    private static void Require(bool condition, int line, string rule)
    {
        if (!condition)
        {
            throw new FormatException($"operations.tsv line {line + 1}: {rule}.");
        }
    }
}
