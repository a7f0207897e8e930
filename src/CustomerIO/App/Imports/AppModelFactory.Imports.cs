namespace CustomerIO.App;

/// <summary>The import answers.</summary>
public static partial class AppModelFactory
{
    /// <summary>An import.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="state">Its state.</param>
    /// <param name="type">What it brings in.</param>
    /// <param name="name">Its name.</param>
    /// <param name="rowsToImport">The importable rows found.</param>
    /// <param name="rowsImported">The rows applied.</param>
    /// <param name="error">Why it failed.</param>
    /// <returns>The import.</returns>
    public static Import Import(long id, ImportState? state = null, ImportType? type = null, string? name = null, long rowsToImport = 0, long rowsImported = 0, string? error = null) =>
        new() { Id = id, State = state, Type = type, Name = name, RowsToImport = rowsToImport, RowsImported = rowsImported, Error = error };
}
