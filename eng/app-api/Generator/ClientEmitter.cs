using System.Text;

namespace CustomerIO.Eng.AppApi;

/// <summary>The area clients (one per area with generated or hand-written rows) and their properties on <c>AppClient</c>.</summary>
internal static class ClientEmitter
{
    /// <summary>The areas that have a client: those with at least one row not pending, in table order.</summary>
    public static IReadOnlyList<string> Areas(IReadOnlyList<Operation> operations) =>
        operations.Where(o => o.Status != "pending").Select(o => o.Area).Distinct(StringComparer.Ordinal).ToList();

    public static string AreaProperties(IReadOnlyList<Operation> operations)
    {
        var s = new StringBuilder(Generator.Header);
        s.Append("namespace CustomerIO.App;\n\n/// <summary>The area clients, created on first use; each shares this client's transport and rate limits.</summary>\npublic partial class AppClient\n{\n");
        foreach (var area in Areas(operations))
        {
            var field = "_" + char.ToLowerInvariant(area[0]) + area[1..];
            s.Append("    private ").Append(area).Append("Client? ").Append(field).Append(";\n");
        }

        foreach (var area in Areas(operations))
        {
            var field = "_" + char.ToLowerInvariant(area[0]) + area[1..];
            s.Append("\n    /// <summary>").Append(Describe(area, operations)).Append("</summary>\n");
            s.Append("    public virtual ").Append(area).Append("Client ").Append(area).Append(" => ").Append(field).Append(" ??= new ").Append(area).Append("Client(this);\n");
        }

        return s.Append("}\n").ToString();
    }

    public static string AreaClient(string area, IReadOnlyList<Operation> rows)
    {
        var s = new StringBuilder(Generator.Header);
        s.Append("using CustomerIO.Paging;\nusing CustomerIO.Transport;\n\nnamespace CustomerIO.App;\n\n");
        s.Append("/// <summary>\n/// ").Append(Describe(area, rows)).Append(" Reached through <see cref=\"AppClient.").Append(area)
            .Append("\"/>; thread-safe. Mock it as <see cref=\"AppClient\"/> is mocked: override what a test calls.\n/// </summary>\n");
        s.Append("public partial class ").Append(area).Append("Client\n{\n");
        s.Append("    private readonly AppClient? _app;\n\n");
        s.Append("    internal ").Append(area).Append("Client(AppClient app) => _app = app;\n\n");
        s.Append("    /// <summary>For mocking frameworks only: a client connected to nothing; override the members a test uses.</summary>\n");
        s.Append("    protected ").Append(area).Append("Client()\n    {\n    }\n\n");
        s.Append("    /// <summary>The transport of the <see cref=\"AppClient\"/> this area belongs to.</summary>\n");
        s.Append("    private HttpPipeline Pipeline => _app!.Pipeline;\n");
        foreach (var o in rows.Where(r => r.IsGenerated))
        {
            s.Append('\n');
            Method(s, o);
        }

        return s.Append("}\n").ToString();
    }

    private static void Method(StringBuilder s, Operation o)
    {
        var list = o.IsPaged || o.Paging == "single";
        var parameters = new List<(string Type, string Name, string Doc)>();
        foreach (var p in o.PathParameters)
        {
            var doc = p.Type switch
            {
                "CustomerIdentifier" => "The person: their id, email or cio_id.",
                "ObjectReference" => "The object: its object_id or its cio_object_id.",
                _ => $"The {Generator.Words(p.Name)}.",
            };
            parameters.Add((p.Type, p.CSharpName, doc));
        }

        if (o.Body is { } body)
        {
            parameters.Add((body, "body", "What to send."));
        }

        if (o.Options is { } options)
        {
            parameters.Add((options + "?", "options = null", "Filters and settings; the API's defaults when omitted."));
        }

        if (o.TakesLimit)
        {
            var max = o.MaxLimit is { } m ? $" (at most {m})" : string.Empty;
            parameters.Add(("int?", "limit = null", $"The page size{max}; the API's default when omitted."));
        }

        parameters.Add(("CancellationToken", "cancellationToken = default", list ? "Stops every enumeration of the list." : "Cancels the call."));
        var returns = list ? $"CustomerIOPageable<{o.Answer}>" : o.Answer is null ? "Task" : $"Task<{o.Answer}>";
        s.Append("    /// <summary>").Append(Generator.Xml(o.Summary)).Append(" (<c>").Append(o.Http).Append(' ').Append(Generator.Xml(o.Path)).Append("</c>).</summary>\n");
        foreach (var p in parameters)
        {
            s.Append("    /// <param name=\"").Append(p.Name.Split(' ')[0]).Append("\">").Append(p.Doc).Append("</param>\n");
        }

        s.Append("    /// <returns>").Append(list ? "The list; nothing is sent until it is enumerated." : o.Answer is null ? "A task that completes when Customer.io has accepted the call." : "The answer.").Append("</returns>\n");
        if (o.TakesLimit)
        {
            s.Append("    /// <exception cref=\"CustomerIOValidationException\">The page size is out of range.</exception>\n");
        }

        s.Append("    public virtual ").Append(returns).Append(' ').Append(o.Method).Append("Async(")
            .Append(string.Join(", ", parameters.Select(p => p.Type + " " + p.Name))).Append(")\n    {\n");
        var values = o.PathParameters.Select(p => p.Type switch
        {
            "long" => $"PathValue.Number({p.CSharpName}, nameof({p.CSharpName}))",
            "string" => $"PathValue.Text({p.CSharpName}, nameof({p.CSharpName}), \"{Generator.Words(p.Name)}\")",
            "CustomerIdentifier" or "ObjectReference" => $"{p.CSharpName}.ToPathValue(nameof({p.CSharpName}))",
            _ => $"PathValue.Text({p.CSharpName}.Value, nameof({p.CSharpName}), \"{Generator.Words(p.Name)}\")",
        });
        s.Append("        var request = AppOperations.").Append(o.Id).Append(".For(").Append(string.Join(", ", values)).Append(");\n");
        if (o.SendsIdType)
        {
            var person = o.IdentifiedBy!.CSharpName;
            s.Append("        request = request.WithQuery(\"id_type\", ").Append(person).Append(".IdType);\n");
        }

        if (o.Body is { } type)
        {
            s.Append("        request = request.WithJson(AppJson.Body(body, AppJsonContext.Wire.").Append(type).Append(", nameof(body)));\n");
        }

        var query = o.Options is null ? "null" : "AppQuery.Of(options)";
        if (o.Options is not null && !list)
        {
            s.Append("        request = AppQuery.With(request, options);\n");
        }

        var fetch = $"PipelinePageFetch.For(Pipeline, request, AppJsonContext.Wire.{o.Envelope})";
        var limit = o.TakesLimit ? "limit" : "null";
        s.Append("        return ").Append(o.Paging switch
        {
            "cursor" or "cursor-nolimit" => $"Pager.Cursor<{o.Envelope}, {o.Answer}>(AppOperations.{o.Id}Paging, {fetch}, {limit}, {query}, cancellationToken)",
            "pages" or "offsets" => $"Pager.Numbered<{o.Envelope}, {o.Answer}>(AppOperations.{o.Id}Paging, {fetch}, {limit}, {query}, cancellationToken)",
            "single" => $"AppLists.Single<{o.Envelope}, {o.Answer}>(AppOperations.{o.Id}, {fetch}, {query}, cancellationToken)",
            _ when o.Answer is null => "AppCalls.SendAsync(Pipeline, request, cancellationToken)",
            _ when o.Envelope is { } envelope && envelope.Contains('.', StringComparison.Ordinal) =>
                $"Pipeline.SendAsync(request, AppJsonContext.Wire.{envelope.Split('.')[0]}, static answer => answer.{envelope.Split('.')[1]}, cancellationToken)",
            _ => $"Pipeline.SendAsync(request, AppJsonContext.Wire.{o.Envelope ?? o.Answer}, cancellationToken)",
        }).Append(";\n    }\n");
    }

    private static string Describe(string area, IReadOnlyList<Operation> operations)
    {
        var words = string.Concat(area.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + c : c.ToString()));
        var count = operations.Count(o => o.Area == area);
        return $"The App API's {Generator.Xml(words)} operations ({count} in the table).";
    }
}
