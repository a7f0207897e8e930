namespace CustomerIO.Eng.AppApi;

/// <summary>One string-backed value type of <c>eng/app-api/values.tsv</c>: its area, name, summary and known values.</summary>
internal sealed record StringValue(string Area, string Name, string Summary, IReadOnlyList<KnownValue> Values);

/// <summary>One known wire value of a <see cref="StringValue"/> and the static member that names it.</summary>
internal sealed record KnownValue(string Wire, string Member, string Summary);

/// <summary>Reads the value table, refusing a malformed row by its line number.</summary>
internal static class ValueTable
{
    public const string Columns = "area\ttype\twire\tmember\tsummary";

    public static IReadOnlyList<StringValue> Parse(string text)
    {
        var types = new List<(string Area, string Name, string? Summary, List<KnownValue> Values)>();
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
            Require(c.Length == 5 && c.All(v => v.Length > 0), i, "a row has 5 non-empty columns");
            if (c[2] == "-")
            {
                Require(c[3] == "-" && types.All(t => t.Name != c[1]), i, "a type is introduced once, by a row whose wire and member are '-'");
                types.Add((c[0], c[1], c[4], []));
                continue;
            }

            Require(types.Count > 0 && types[^1].Name == c[1] && types[^1].Area == c[0], i, "a value follows its type's row");
            Require(types[^1].Values.All(v => v.Wire != c[2] && v.Member != c[3]), i, "a type's wire values and members are distinct");
            types[^1].Values.Add(new KnownValue(c[2], c[3], c[4]));
        }

        return [.. types.Select(t => new StringValue(t.Area, t.Name, t.Summary!, t.Values))];
    }

    private static void Require(bool condition, int line, string rule)
    {
        if (!condition)
        {
            throw new FormatException($"values.tsv line {line + 1}: {rule}.");
        }
    }
}
