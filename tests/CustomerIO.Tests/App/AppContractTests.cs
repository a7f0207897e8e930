using CustomerIO.App;

namespace CustomerIO.Tests.App;

/// <summary>
/// Every App API method as one row (generated from the table, or written by hand for sends and triggers): the exact
/// request, the template errors name, and whether it is repeated after an ambiguous failure.
/// </summary>
public sealed class AppContractTests
{
    public static TheoryData<string> Rows => AppContractRows.Table.Names;

    [Theory]
    [MemberData(nameof(Rows))]
    public Task Sends_exactly_the_documented_request(string row) => AppContractRows.Table.AssertGoesOutAsync(row);

    [Theory]
    [MemberData(nameof(Rows))]
    public Task Is_repeated_after_a_503_only_when_idempotent(string row) => AppContractRows.Table.AssertIdempotencyAsync(row);

    [Theory]
    [MemberData(nameof(Rows))]
    public Task Errors_name_the_template_not_the_path(string row) => AppContractRows.Table.AssertErrorNamesTemplateAsync(row);

    [Fact]
    public void Every_generated_method_and_every_hand_written_send_has_a_row()
    {
        var names = AppContractRows.Table.Rows.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        var methods = typeof(AppClient).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == "CustomerIO.App" && t.Name.EndsWith("Client", StringComparison.Ordinal) && t != typeof(AppClient))
            .SelectMany(t => t.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly)
                .Select(m => t.Name[..^"Client".Length] + "." + m.Name))
            .ToList();

        // Helpers that make more than one request are tested by hand (ExportDownloadTests); so is the asset upload,
        // whose multipart body a JSON row cannot state (AssetUploadTests).
        string[] helpers = ["Exports.DownloadAsync", "Assets.UploadFileAsync"];
        Assert.NotEmpty(methods);
        Assert.All(methods.Except(helpers), m => Assert.Contains(m, names));
    }
}
