using System.Net.Http;
using System.Text;
using CustomerIO.Validation;

namespace CustomerIO.Transport;

/// <summary>
/// One operation of an API, described once: which API, the method, the path template, whether repeating it is
/// safe, and whether it carries credentials. <see cref="For"/> fills the template with escaped values and yields an
/// <see cref="ApiRequest"/> holding both the real path and the template, so the two can never disagree.
/// </summary>
/// <remarks>
/// Templates look like <c>/api/v1/customers/{identifier}/devices/{token}</c>: they start with <c>/</c>, hold no
/// query (query parameters are data on the request), and each placeholder is a whole path segment. A malformed
/// template is a programming error and fails when the table of operations is first touched.
/// </remarks>
internal sealed class ApiOperation
{
    private readonly string[] _literals;
    private readonly string[] _placeholders;

    /// <summary>Describes an operation.</summary>
    /// <param name="api">The API's short name: <c>track</c>, later <c>app</c> or <c>pipelines</c>.</param>
    /// <param name="method">The HTTP method.</param>
    /// <param name="pathTemplate">The path template, for example <c>/api/v1/customers/{identifier}</c>.</param>
    /// <param name="idempotent">Whether sending it twice has the same effect as once (it may then be retried after an ambiguous failure).</param>
    /// <param name="authenticate">Whether the request carries the client's credentials.</param>
    /// <param name="subject">How failures to read the answer name the call, for example <c>The region lookup</c>; method and template when empty.</param>
    public ApiOperation(string api, HttpMethod method, string pathTemplate, bool idempotent, bool authenticate = true, string? subject = null)
    {
        Api = api;
        Method = method;
        PathTemplate = pathTemplate;
        IsIdempotent = idempotent;
        Authenticate = authenticate;
        Subject = subject ?? method.Method + " " + pathTemplate;
        (_literals, _placeholders) = Parse(pathTemplate);
    }

    /// <summary>The API's short name.</summary>
    public string Api { get; }

    /// <summary>The HTTP method.</summary>
    public HttpMethod Method { get; }

    /// <summary>The path template: safe to log, the only form of the path that reaches logs, metrics and exceptions.</summary>
    public string PathTemplate { get; }

    /// <summary>Whether sending it twice has the same effect as sending it once.</summary>
    public bool IsIdempotent { get; }

    /// <summary>Whether the request carries the client's credentials.</summary>
    public bool Authenticate { get; }

    /// <summary>How failures to read the answer name the call.</summary>
    public string Subject { get; }

    /// <summary>The placeholders' names, in order.</summary>
    public IReadOnlyList<string> Placeholders => _placeholders;

    /// <summary>
    /// The request for these values, one per placeholder in order: each is percent-encoded
    /// (<c>Uri.EscapeDataString</c>) and <c>.</c> or <c>..</c> are refused, since they would resolve to another path.
    /// </summary>
    /// <param name="values">The values, as many as the template has placeholders.</param>
    /// <returns>The request, without query or content.</returns>
    /// <exception cref="ArgumentException">The number of values is not the number of placeholders (a bug in the SDK).</exception>
    /// <exception cref="CustomerIOValidationException">A value is <c>.</c> or <c>..</c>.</exception>
    public ApiRequest For(params PathValue[] values)
    {
        if (values.Length != _placeholders.Length)
        {
            throw new ArgumentException(
                $"{Method.Method} {PathTemplate} has {_placeholders.Length} placeholder(s); {values.Length} value(s) were given.", nameof(values));
        }

        if (values.Length == 0)
        {
            return new ApiRequest(this, _literals[0]);
        }

        var path = new StringBuilder(_literals[0]);
        for (var i = 0; i < values.Length; i++)
        {
            var value = values[i];
            path.Append(Guard.PathSegment(Uri.EscapeDataString(value.Raw), value.ParameterName, value.What)).Append(_literals[i + 1]);
        }

        return new ApiRequest(this, path.ToString());
    }

    /// <summary>Splits the template into the literal text around its placeholders (the leading <c>/</c> dropped: paths are relative to the API root).</summary>
    private static (string[] Literals, string[] Placeholders) Parse(string template)
    {
        if (!template.StartsWith("/", StringComparison.Ordinal) || template.IndexOfAny(['?', '#']) >= 0)
        {
            throw new ArgumentException($"The path template '{template}' must start with '/' and hold no query.", nameof(template));
        }

        var literals = new List<string>();
        var placeholders = new List<string>();
        var literal = new StringBuilder();
        for (var i = 1; i < template.Length; i++)
        {
            var c = template[i];
            if (c == '}')
            {
                throw new ArgumentException($"The path template '{template}' has a '}}' without its '{{'.", nameof(template));
            }

            if (c != '{')
            {
                literal.Append(c);
                continue;
            }

            var end = template.IndexOf('}', i);
            var name = end < 0 ? string.Empty : template.Substring(i + 1, end - i - 1);
            var wholeSegment = template[i - 1] == '/' && (end + 1 == template.Length || template[end + 1] == '/');
            if (name.Length == 0 || name.IndexOfAny(['{', '/']) >= 0 || !wholeSegment || placeholders.Contains(name))
            {
                throw new ArgumentException($"The path template '{template}' has a malformed placeholder at {i}.", nameof(template));
            }

            literals.Add(literal.ToString());
            literal.Clear();
            placeholders.Add(name);
            i = end;
        }

        literals.Add(literal.ToString());
        return (literals.ToArray(), placeholders.ToArray());
    }
}
