using System.Text;

namespace CustomerIO.Eng.AppApi;

/// <summary>The operation descriptors (every row) and the emulator's catalog (every row).</summary>
internal static class DescriptorEmitter
{
    public static string Descriptors(IReadOnlyList<Operation> operations)
    {
        var s = new StringBuilder(Generator.Header);
        s.Append("using System.Net.Http;\nusing CustomerIO.Paging;\nusing CustomerIO.Transport;\n\nnamespace CustomerIO.App;\n\n");
        s.Append("/// <summary>Every App API operation, described once (").Append(operations.Count).Append(" operations): the area clients fill these and nothing else writes an App path.</summary>\n");
        s.Append("internal static class AppOperations\n{\n    private const string Api = \"app\";\n");
        foreach (var o in operations)
        {
            s.Append("\n    /// <summary>").Append(Generator.Xml(o.Summary)).Append(" (<c>").Append(o.Http).Append(' ').Append(Generator.Xml(o.Path)).Append("</c>, ").Append(o.SpecName).Append(").</summary>\n");
            s.Append("    public static readonly ApiOperation ").Append(o.Id).Append(" = new(Api, ").Append(HttpMethod(o.Http)).Append(", ")
                .Append(Generator.Literal(o.Path)).Append(", idempotent: ").Append(o.Idempotent ? "true" : "false").Append(");\n");
            if (o.IsPaged)
            {
                s.Append("\n    /// <summary>How <see cref=\"").Append(o.Id).Append("\"/> pages.</summary>\n");
                s.Append("    public static readonly PagingRules ").Append(o.Id).Append("Paging = ").Append(Rules(o)).Append(";\n");
            }
        }

        return s.Append("}\n").ToString();
    }

    public static string EmulatorCatalog(IReadOnlyList<Operation> operations)
    {
        var s = new StringBuilder(Generator.Header);
        s.Append("namespace CustomerIO.Emulator.App;\n\n");
        s.Append("/// <summary>The rows of the SDK's App API table the emulator matches requests against: name, method, path under <c>/v1</c>.</summary>\n");
        s.Append("internal sealed partial class AppOperationCatalog\n{\n");
        s.Append("    private static readonly (string Name, string Method, string Path)[] Table =\n    [\n");
        foreach (var o in operations)
        {
            s.Append("        (").Append(Generator.Literal(o.SpecName)).Append(", ").Append(Generator.Literal(o.Http)).Append(", ")
                .Append(Generator.Literal(o.Path["/v1".Length..])).Append("),\n");
        }

        return s.Append("    ];\n}\n").ToString();
    }

    private static string HttpMethod(string method) => method switch
    {
        "GET" => "HttpMethod.Get",
        "POST" => "HttpMethod.Post",
        "PUT" => "HttpMethod.Put",
        "DELETE" => "HttpMethod.Delete",
        _ => throw new FormatException("Unknown HTTP method " + method),
    };

    private static string Rules(Operation o)
    {
        var operation = Generator.Literal(o.Http + " " + o.Path);
        var max = o.MaxLimit?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null";
        return o.Paging switch
        {
            "cursor" => $"PagingRules.Cursor({operation}, {max})",
            "cursor-nolimit" => $"PagingRules.CursorWithoutLimit({operation})",
            "pages" => $"PagingRules.PageNumbers({operation}, {max})",
            _ => $"PagingRules.Offsets({operation}, {max})",
        };
    }
}
