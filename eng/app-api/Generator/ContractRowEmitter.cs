using System.Text;

namespace CustomerIO.Eng.AppApi;

/// <summary>
/// One contract-test row per generated method: the call with sample arguments, the exact request it must send (the
/// expected path written out here with its escapes, not computed by the code under test), the template, idempotency.
/// Bodies and answers come from the hand-written <c>AppSamples</c>.
/// </summary>
internal static class ContractRowEmitter
{
    public static string Rows(IReadOnlyList<Operation> operations)
    {
        var s = new StringBuilder(Generator.Header);
        s.Append("using CustomerIO.App;\nusing CustomerIO.Tests.Infrastructure;\n\nnamespace CustomerIO.Tests.App;\n\n");
        s.Append("/// <summary>The contract rows of the generated App API methods, one per row of the table marked generated.</summary>\n");
        s.Append("internal static partial class AppContractRows\n{\n    /// <summary>The generated rows.</summary>\n");
        s.Append("    public static IEnumerable<WireRow<AppClient>> Generated() =>\n    [\n");
        foreach (var o in operations.Where(o => o.IsGenerated))
        {
            Row(s, o);
        }

        return s.Append("    ];\n}\n").ToString();
    }

    private static void Row(StringBuilder s, Operation o)
    {
        var args = new List<string>();
        var path = o.Path;
        var query = new List<string>();
        var numbers = 7;
        var texts = 1;
        foreach (var p in o.PathParameters)
        {
            string value, escaped;
            switch (p.Type)
            {
                case "long":
                    value = numbers.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    escaped = value;
                    numbers++;
                    break;
                case "string":
                    value = $"\"a b/{texts}\"";
                    escaped = $"a%20b%2F{texts}";
                    texts++;
                    break;
                case "ObjectReference":
                    value = $"ObjectReference.CioObjectId(\"a b/{texts}\")";
                    escaped = $"a%20b%2F{texts}";
                    texts++;
                    if (o.SendsIdType)
                    {
                        query.Add("id_type=cio_object_id");
                    }

                    break;
                case not "CustomerIdentifier":
                    value = $"new {p.Type}(\"a b/{texts}\")";
                    escaped = $"a%20b%2F{texts}";
                    texts++;
                    break;
                default:
                    value = "CustomerIdentifier.Email(\"ann@example.com\")";
                    escaped = "ann%40example.com";
                    if (o.SendsIdType)
                    {
                        query.Add("id_type=email");
                    }

                    break;
            }

            args.Add(value);
            path = path.Replace("{" + p.Name + "}", escaped, StringComparison.Ordinal);
        }

        if (o.Body is { } body)
        {
            args.Add("AppSamples." + body);
        }

        query.AddRange(o.Paging switch { "pages" => ["page=1"], "offsets" => ["offset=0"], _ => [] });
        var call = $"c.{o.Area}.{o.Method}Async({string.Join(", ", args)})";
        if (o.IsPaged || o.Paging == "single")
        {
            call = $"FirstPageAsync({call})";
        }

        var pathAndQuery = path + (query.Count == 0 ? string.Empty : "?" + string.Join("&", query));
        var expectedBody = o.Body is { } b ? "AppSamples." + b + "Json" : "null";
        var answer = o.Envelope?.Split('.')[0] ?? o.Answer;
        s.Append("        new(").Append(Generator.Literal($"{o.Area}.{o.Method}Async")).Append(", c => ").Append(call).Append(", ")
            .Append(Generator.Literal(o.Http)).Append(", ").Append(Generator.Literal(pathAndQuery)).Append(", ").Append(expectedBody).Append(", ")
            .Append(Generator.Literal(o.Path)).Append(", ").Append(o.Idempotent ? "true" : "false").Append(")\n        {\n            Api = WireApi.App,\n");
        if (answer is not null)
        {
            s.Append("            Answer = (200, AppSamples.").Append(answer).Append("),\n");
        }

        s.Append("        },\n");
    }
}
