using CustomerIO.App;

namespace CustomerIO.Tests.App;

/// <summary>Samples of the import operations, shaped as Customer.io's OpenAPI documents them.</summary>
internal static partial class AppSamples
{
    public const string CsvImportJson =
        """{"import":{"name":"accounts","data_file_url":"https://files.example.test/accounts.csv","type":"object","object_type_id":"1","data_to_process":"only_new","description":"importing accounts"}}""";

    public const string ImportAnswer =
        """{"import":{"created_at":1706081641,"data_to_process":"all","description":"importing accounts","error":"possible error - The specified Object Type does not exist.","id":30,"name":"account-object-import","object_type_id":1,"people_to_process":"all","rows_imported":3,"rows_to_import":3,"state":"imported","type":"object","updated_at":1706081645,"error_export_id":2,"error_download_url":"https://api.customer.io/v1/exports/2/download"}}""";

    public static CsvImport CsvImport
    {
        get
        {
            var import = global::CustomerIO.App.CsvImport.Objects("accounts", new Uri("https://files.example.test/accounts.csv"), "1");
            import.DataToProcess = ImportDataToProcess.OnlyNew;
            import.Description = "importing accounts";
            return import;
        }
    }
}
