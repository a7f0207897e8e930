using System.IO;
using CustomerIO.Eng.AppApi;
using CustomerIO.Tests.Infrastructure;

namespace CustomerIO.Tests.App;

/// <summary>
/// The App API table drives the descriptors, the area clients, the contract rows and the emulator's catalog: these
/// tests fail when a checked-in generated file differs from what the table renders now, or when the table is off.
/// </summary>
public sealed class GeneratedCodeTests
{
    private static readonly IReadOnlyList<Operation> Operations =
        OperationTable.Parse(File.ReadAllText(Path.Combine(Repository.Root, Generator.TablePath)));

    [Fact]
    public void Regenerating_changes_no_checked_in_file()
    {
        var files = Generator.Render(Repository.Root);
        var differing = files
            .Where(f => !File.Exists(Path.Combine(Repository.Root, f.Key)) || File.ReadAllText(Path.Combine(Repository.Root, f.Key)) != f.Value)
            .Select(f => f.Key);
        var stale = Generator.OwnedFolders
            .SelectMany(folder => Directory.GetFiles(Path.Combine(Repository.Root, folder), "*.g.cs", SearchOption.AllDirectories))
            .Select(path => Path.GetRelativePath(Repository.Root, path).Replace('\\', '/'))
            .Where(path => !files.ContainsKey(path));

        Assert.Empty(differing.Concat(stale));
    }

    [Fact]
    public void The_table_holds_every_operation_once()
    {
        Assert.Equal(165, Operations.Count);
        Assert.Equal(Operations.Count, Operations.Select(o => o.Http + " " + o.Path).Distinct().Count());
        Assert.Equal(Operations.Count, Operations.Select(o => o.Id).Distinct().Count());
        Assert.Equal(Operations.Count, Operations.Select(o => o.SpecName).Distinct().Count());
        Assert.All(Operations, o => Assert.StartsWith("/v1/", o.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_row_of_the_table_has_a_descriptor()
    {
        var descriptors = typeof(CustomerIO.App.AppClient).Assembly.GetType("CustomerIO.App.AppOperations")!
            .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.FieldType.Name == "ApiOperation")
            .Select(f => f.Name)
            .Order(StringComparer.Ordinal);

        Assert.Equal(Operations.Select(o => o.Id).Order(StringComparer.Ordinal), descriptors);
    }

    [Fact]
    public void A_malformed_row_is_refused_by_its_line()
    {
        var text = OperationTable.Columns + "\nSegments\tGet\tGET\t/v1/segments/{segment_id}\tsegment_id:uuid\t-\t-\t-\t-\t-\t-\tyes\tgenerated\tgetSegment\tGets a segment\n";

        var error = Assert.Throws<FormatException>(() => OperationTable.Parse(text));

        Assert.Equal("operations.tsv line 2: path parameter types are long, string, CustomerIdentifier, ObjectReference or a type of values.tsv.", error.Message);
    }

    [Fact]
    public void Pending_rows_get_no_method()
    {
        // No row is pending today, so the rule is checked on the table with one generated row marked pending.
        var values = ValueTable.Parse(File.ReadAllText(Path.Combine(Repository.Root, Generator.ValuesPath)));
        var row = Operations.First(o => o.Area == "Segments" && o.Method == "GetCustomerCount");
        var pending = Operations.Select(o => o == row ? o with { Status = "pending" } : o).ToList();

        var asGenerated = Generator.Render(Operations, values)["src/CustomerIO/App/Segments/SegmentsClient.g.cs"];
        var asPending = Generator.Render(pending, values)["src/CustomerIO/App/Segments/SegmentsClient.g.cs"];

        Assert.Contains(" GetCustomerCountAsync(", asGenerated, StringComparison.Ordinal);
        Assert.DoesNotContain(" GetCustomerCountAsync(", asPending, StringComparison.Ordinal);
        Assert.Contains(" GetAsync(", asPending, StringComparison.Ordinal);
    }
}
