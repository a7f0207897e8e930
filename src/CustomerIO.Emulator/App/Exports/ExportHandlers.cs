using System.Globalization;
using System.Text;
using System.Text.Json;
using CustomerIO.Emulator.App.Reads;
using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.App.Exports;

/// <summary>
/// Exports of people (routed by <see cref="AppRoutes"/>): <c>POST /exports/customers</c> (a filter, as searches take,
/// and extra attribute columns) makes a CSV at once; <c>GET /exports</c>, <c>/exports/{id}</c>;
/// <c>/exports/{id}/download</c> answers a link to <c>/_emulator/exports/{id}/file?token=..</c>, which serves the file
/// without credentials, as a signed storage link would.
/// </summary>
internal sealed partial class ExportHandlers(EmulatorRuntime runtime)
{
    public const string FileRoute = "/_emulator/exports/{export_id}/file";

    private static readonly AppJsonContext Json = AppJsonContext.Default;

    private EmulatorState State => runtime.State;

    public RequestDelegate CreateCustomers => AppEndpoint.WithBody(State, "app.create_customers_export", (_, body, _, now) =>
    {
        using var document = JsonDocument.Parse(body.ToArray());
        if (!document.RootElement.TryGetProperty("filters", out var filters))
        {
            return AppOutcome.Fail(Errors.Required("filters"));
        }

        if (CustomerSearchHandlers.Check(filters, "filters") is { } error)
        {
            return AppOutcome.Fail(error);
        }

        var columns = document.RootElement.TryGetProperty("attributes", out var attributes) && attributes.ValueKind == JsonValueKind.Array
            ? attributes.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.String).Select(a => a.GetString()!).ToList()
            : [];
        var people = State.GetPeople().Where(p => CustomerSearchHandlers.Matches(filters, p)).OrderBy(p => p.CioId, StringComparer.Ordinal).ToList();
        var csv = new StringBuilder().AppendLine(string.Join(",", new[] { "id", "email", "cio_id" }.Concat(columns).Select(Csv)));
        foreach (var person in people)
        {
            var cells = new[] { person.Id, person.Email, person.CioId }
                .Concat(columns.Select(c => person.Attributes.TryGetValue(c, out var v) ? (v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText()) : null));
            csv.AppendLine(string.Join(",", cells.Select(Csv)));
        }

        var record = State.Exports.Add("customers", "Customers export (emulated)", people.Count, now, Encoding.UTF8.GetBytes(csv.ToString()));
        return AppOutcome.Ok(new ExportAnswer(ExportBody.Of(record)), Json.ExportAnswer);
    });

    public Reply List(HttpContext context) =>
        AppEndpoint.Finish(State, "app.list_exports", AppOutcome.Ok(new ExportsAnswer([.. State.Exports.All().Select(ExportBody.Of)]), Json.ExportsAnswer));

    public Reply One(HttpContext context) => WithExport(context, "app.get_export", e => AppOutcome.Ok(new ExportAnswer(ExportBody.Of(e)), Json.ExportAnswer));

    public Reply Download(HttpContext context) => WithExport(context, "app.download_export", e =>
    {
        var path = FileRoute.Replace("{export_id}", e.Id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal).TrimStart('/');
        return AppOutcome.Ok(new DownloadAnswer(new Uri(runtime.BaseUri, path + "?token=" + e.Token).AbsoluteUri), Json.DownloadAnswer);
    });

    /// <summary>The file behind a download link: the CSV with the right token, else 403 (as an expired or forged signature).</summary>
    public async Task File(HttpContext context)
    {
        var export = long.TryParse(RawPath.Segment(context, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? State.Exports.Find(id) : null;
        if (export is null || !string.Equals(context.Request.Query["token"].ToString(), export.Token, StringComparison.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        export.Downloads++;
        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.ContentLength = export.Csv.Length;
        await context.Response.Body.WriteAsync(export.Csv, context.RequestAborted).ConfigureAwait(false);
    }

    private Reply WithExport(HttpContext context, string operation, Func<ExportRecord, AppOutcome> read) =>
        long.TryParse(RawPath.Segment(context, 3), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && State.Exports.Find(id) is { } export
            ? AppEndpoint.Finish(State, operation, read(export))
            : Replies.MetaError(StatusCodes.Status404NotFound, "export not found");

    private static string Csv(string? value) =>
        value is null ? string.Empty
        : value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        : value;
}

/// <summary>An export in the App API's shape.</summary>
internal sealed record ExportBody(long Id, string DeduplicateId, string Type, string Description, string Status, bool Failed, long Total, int Downloads, long CreatedAt, long UpdatedAt)
{
    public static ExportBody Of(ExportRecord e)
    {
        var created = e.CreatedAt.ToUnixTimeSeconds();
        return new(e.Id, string.Create(CultureInfo.InvariantCulture, $"{e.Id}:{created}"), e.Type, e.Description, "done", false, e.Total, e.Downloads, created, created);
    }
}

/// <summary><c>{"export":{..}}</c>.</summary>
internal sealed record ExportAnswer(ExportBody Export);

/// <summary><c>{"exports":[..]}</c>.</summary>
internal sealed record ExportsAnswer(IReadOnlyList<ExportBody> Exports);

/// <summary><c>{"url":".."}</c>.</summary>
internal sealed record DownloadAnswer(string Url);
