using System.Net;
using System.Globalization;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using CustomerIO.Emulator.App.Customers;
using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.App.Imports;

/// <summary>
/// Imports of CSV files (<c>POST /imports</c>, <c>GET /imports/{id}</c>), kept as a resource store. The emulator
/// downloads the file at once, but only from a loopback address (<c>localhost</c>, <c>127.0.0.1</c>, <c>::1</c>: a
/// server the test runs, or the emulator itself): it never reaches the network, and an import from anywhere else is
/// recorded as <c>failed</c> saying so. The rows are applied before the answer, which is therefore the final state.
/// </summary>
internal sealed class ImportHandlers
{
    public const string Kind = "imports";
    public const int MaxFileBytes = 10 * 1024 * 1024;

    private static readonly HttpClient Http = new(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(10) };

    private readonly EmulatorState _state;
    private readonly ResourceStore _store;

    public ImportHandlers(EmulatorState state)
    {
        _state = state;
        _store = state.Resources.Define(Kind, static () => []);
    }

    public RequestDelegate Create => async context =>
    {
        const string Operation = "app.create_import";
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
        context.Features.Get<RequestRecordFeature>()?.CaptureBody(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        var reply = buffer.Length > AppEndpoint.MaxBodyBytes
            ? AppOutcome.Fail(Errors.BodyTooLarge(AppEndpoint.MaxBodyBytes), StatusCodes.Status413RequestEntityTooLarge)
            : await CreateAsync(buffer.ToArray(), context.RequestAborted).ConfigureAwait(false);
        await JsonAnswers.Finish(_state, Operation, reply).ExecuteAsync(context).ConfigureAwait(false);
    };

    public Reply Get(HttpContext context)
    {
        const string Operation = "app.get_import";
        if (!long.TryParse(RawPath.Segment(context, 3), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return JsonAnswers.Finish(_state, Operation, AppOutcome.Fail(Errors.Invalid("import_id", "import_id must be an integer")));
        }

        return _store.Find(id) is { } found
            ? JsonAnswers.Finish(_state, Operation, JsonAnswers.Ok(new JsonObject { ["import"] = found }))
            : Replies.MetaError(StatusCodes.Status404NotFound, "import not found");
    }

    private async Task<AppOutcome> CreateAsync(byte[] body, CancellationToken cancellationToken)
    {
        JsonObject? root;
        try
        {
            root = JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException exception)
        {
            return AppOutcome.Fail(Errors.MalformedJson(exception.Message));
        }

        if (root?["import"] is not JsonObject request)
        {
            return AppOutcome.Fail(Errors.Required("import"));
        }

        if (Validate(request) is { } error)
        {
            return AppOutcome.Fail(error);
        }

        var type = (string)request["type"]!;
        var now = _state.Now();
        var record = new JsonObject
        {
            ["name"] = (string?)request["name"],
            ["description"] = (string?)request["description"],
            ["type"] = type,
            ["state"] = "importing",
            ["data_to_process"] = (string?)request["data_to_process"] ?? "all",
            ["rows_to_import"] = 0,
            ["rows_imported"] = 0,
            ["created_at"] = now.ToUnixTimeSeconds(),
            ["updated_at"] = now.ToUnixTimeSeconds(),
        };
        if (type == "object")
        {
            record["object_type_id"] = (string?)request["object_type_id"];
        }
        else
        {
            record["identifier"] = (string?)request["identifier"];
            record["people_to_process"] = record["data_to_process"]!.DeepClone();
        }

        var (rows, failure) = await DownloadAsync(new Uri((string)request["data_file_url"]!), cancellationToken).ConfigureAwait(false);
        if (failure is null)
        {
            var (total, applied, rowFailure) = ImportRows.Apply(_state, request, rows!, now);
            record["rows_to_import"] = total;
            record["rows_imported"] = applied;
            failure = rowFailure;
        }

        record["state"] = failure is null ? "imported" : "failed";
        if (failure is not null)
        {
            record["error"] = failure;
        }

        return JsonAnswers.Ok(new JsonObject { ["import"] = _store.Add(record) });
    }

    private static OperationError? Validate(JsonObject request)
    {
        if (request["name"] is not JsonValue name || name.GetValueKind() != JsonValueKind.String || ((string)name!).Length == 0)
        {
            return Errors.Required("import.name");
        }

        if (request["data_file_url"] is not JsonValue url || url.GetValueKind() != JsonValueKind.String
            || !Uri.TryCreate((string)url!, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return Errors.Invalid("import.data_file_url", "import.data_file_url must be an absolute http or https URL");
        }

        var type = (string?)request["type"];
        var identifier = (string?)request["identifier"];
        var data = (string?)request["data_to_process"];
        return type switch
        {
            not ("people" or "event" or "object" or "relationship") => Errors.Invalid("import.type", "import.type must be people, event, object or relationship"),
            "object" when request["object_type_id"] is not JsonValue => Errors.Required("import.object_type_id"),
            "people" or "event" when identifier is not ("id" or "email") => Errors.Invalid("import.identifier", "import.identifier must be id or email"),
            "relationship" when identifier is not ("id" or "email" or "cio_id") => Errors.Invalid("import.identifier", "import.identifier must be id, email or cio_id"),
            _ when data is not (null or "all" or "only_new" or "only_existing") => Errors.Invalid("import.data_to_process", "import.data_to_process must be all, only_new or only_existing"),
            "event" when data == "only_new" => Errors.Invalid("import.data_to_process", "an event import takes only all or only_existing"),
            _ => null,
        };
    }

    private static async Task<(List<string[]>? Rows, string? Failure)> DownloadAsync(Uri url, CancellationToken cancellationToken)
    {
        // A literal loopback address only: a name (even "localhost") would be looked up, and a lookup can leave the machine.
        if (!IPAddress.TryParse(url.Host.Trim('[', ']'), out var address) || !IPAddress.IsLoopback(address))
        {
            return (null, "the emulator downloads data files only from literal loopback addresses such as 127.0.0.1 (it never reaches the network)");
        }

        try
        {
            using var response = await Http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                return (null, string.Create(CultureInfo.InvariantCulture, $"the data file URL answered {(int)response.StatusCode}"));
            }

            if (response.Content.Headers.ContentLength > MaxFileBytes)
            {
                return (null, "the data file is over the emulator's 10 MB");
            }

            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return text.Length > MaxFileBytes ? (null, "the data file is over the emulator's 10 MB") : (CsvRows.Parse(text), null);
        }
        catch (HttpRequestException)
        {
            return (null, "the data file URL could not be reached");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, "the data file URL did not answer in 10 seconds");
        }
    }
}
