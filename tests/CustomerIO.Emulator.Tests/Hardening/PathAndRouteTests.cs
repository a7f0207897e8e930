using System.Text;

namespace CustomerIO.Emulator.Tests.Hardening;

/// <summary>
/// Undecodable path identifiers are refused (so distinct ids no longer collide), and unknown routes,
/// other methods, HEAD and OPTIONS answer a JSON error in the API's shape.
/// </summary>
public sealed class PathAndRouteTests : EmulatorTest
{
    private const string BadPath = "the request path and query must be valid UTF-8 once percent-decoded";

    private static string MetaErrors(string message) => "{\"meta\":{\"errors\":[\"" + message + "\"]}}";

    private static string MetaError(string message) => "{\"meta\":{\"error\":\"" + message + "\"}}";

    private static string V2(string reason, string field, string message) =>
        "{\"errors\":[{\"reason\":\"" + reason + "\",\"field\":\"" + field + "\",\"message\":\"" + message + "\"}]}";

    private static string Admin(string message) => "{\"message\":\"" + message + "\"}";

    [Fact]
    public async Task An_undecodable_path_identifier_is_400_and_does_not_collide_with_the_literal_one()
    {
        // "%25FF%25FE" is the identifier really spelled "%FF%FE"; "%FF%FE" is not UTF-8 and used to become that same person.
        var literal = await Put("api/v1/customers/%25FF%25FE", """{"plan":"literal"}""");
        var undecodable = await Put("api/v1/customers/%FF%FE", """{"plan":"overwritten"}""");
        var other = await Put("api/v1/customers/%FE%FF", """{"plan":"other"}""");

        Assert.Equal(new Answer(200, "{}", null), literal);
        Assert.Equal(new Answer(400, MetaErrors(BadPath), null), undecodable);
        Assert.Equal(new Answer(400, MetaErrors(BadPath), null), other);
        var person = Assert.Single(Emulator.GetPeople());
        Assert.Equal("%FF%FE", person.Id);
        Assert.Equal("literal", person.Attributes["plan"].GetString());
        Assert.Equal(2, Emulator.GetCounters().RejectedByReason["invalid"]);
    }

    [Theory]
    [InlineData("%FF")]
    [InlineData("%C0%AF")]
    [InlineData("%ED%A0%80")]
    [InlineData("a%E2%82")]
    public async Task Every_endpoint_refuses_an_undecodable_path_in_its_shape(string bad)
    {
        await Put("api/v1/customers/keep", "{}");

        Assert.Equal(new Answer(400, MetaErrors(BadPath), null), await Post("api/v1/customers/" + bad + "/events", """{"name":"e"}"""));
        Assert.Equal(new Answer(400, MetaErrors(BadPath), null), await Delete("api/v1/customers/" + bad));
        Assert.Equal(new Answer(400, MetaErrors(BadPath), null), await Post("api/v1/customers/" + bad + "/suppress"));
        Assert.Equal(new Answer(400, MetaErrors(BadPath), null), await Delete("api/v1/customers/keep/devices/" + bad));
        Assert.Equal(new Answer(400, MetaError(BadPath), null), await Post("api/v1/segments/" + bad + "/add_customers", """{"ids":["keep"]}"""));
        Assert.Equal(new Answer(400, MetaError(BadPath), null), await Post("api/v1/forms/" + bad + "/submit", """{"data":{"id":"keep"}}"""));
        Assert.Equal(new Answer(400, MetaError(BadPath), null), await Post("unsubscribe/" + bad, """{"unsubscribe":true}"""));
        Assert.Equal(new Answer(400, MetaError(BadPath), null), await App(HttpMethod.Get, "v1/customers/" + bad + "/attributes"));
        Assert.Equal(new Answer(400, V2("invalid", "path", BadPath), null), await Pipelines("v1/track?x=" + bad, """{"userId":"keep","event":"E"}"""));
        Assert.Equal(new Answer(400, Admin(BadPath), null), await Get("_emulator/people/" + bad));
        Assert.Equal(new Answer(400, Admin(BadPath), null), await Get("_emulator/events?person=" + bad));

        Assert.Equal(["keep"], Emulator.GetPeople().Select(p => p.Id));
        Assert.Empty(Emulator.GetEvents());
        Assert.Empty(Emulator.GetFormSubmissions());
    }

    [Fact]
    public async Task Valid_percent_encoding_and_a_lone_percent_still_work()
    {
        Assert.Equal(200, (await Put("api/v1/customers/%C3%A9t%C3%A9", "{}")).Status);
        Assert.Equal(200, (await Put("api/v1/customers/100%25", "{}")).Status);
        Assert.Equal(200, (await Put("api/v1/customers/50%zz", "{}")).Status);

        Assert.Equal(["100%", "50%zz", "été"], Emulator.GetPeople().Select(p => p.Id!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Unknown_routes_answer_404_in_each_api_shape()
    {
        Assert.Equal(new Answer(404, MetaError("not found"), null), await Get("api/v1/nope"));
        Assert.Equal(new Answer(404, MetaErrors("not found"), null), await Post("api/v1/customers/1/nope", "{}"));
        Assert.Equal(new Answer(404, V2("not_found", "path", "not found"), null), await Post("api/v2/nope", "{}"));
        Assert.Equal(new Answer(404, V2("not_found", "path", "not found"), null), await Pipelines("v1/nope", "{}"));
        Assert.Equal(new Answer(404, MetaError("not found"), null), await App(HttpMethod.Get, "v1/nope"));
        Assert.Equal(new Answer(404, MetaError("not found"), null), await Get("nothing/here"));
        Assert.Equal(new Answer(404, Admin("not found"), null), await Get("_emulator/nope"));
    }

    [Fact]
    public async Task Other_methods_and_options_answer_405_with_allow_and_a_json_error()
    {
        var get = await Raw(HttpMethod.Get, "api/v1/customers/1");
        var options = await Raw(HttpMethod.Options, "api/v1/customers/1");
        var v2 = await Raw(HttpMethod.Get, "api/v2/batch");
        var pipelines = await Raw(HttpMethod.Get, "v1/track", PipelinesClient);
        var admin = await Raw(HttpMethod.Delete, "_emulator/people");

        Assert.Equal((405, "DELETE, PUT", "application/json", MetaErrors("GET is not allowed here; use DELETE, PUT")), get);
        Assert.Equal((405, "DELETE, PUT", "application/json", MetaErrors("OPTIONS is not allowed here; use DELETE, PUT")), options);
        Assert.Equal((405, "POST", "application/json", V2("method_not_allowed", "method", "GET is not allowed here; use POST")), v2);
        Assert.Equal((405, "POST", "application/json", V2("method_not_allowed", "method", "GET is not allowed here; use POST")), pipelines);
        Assert.Equal((405, "GET", "application/json", Admin("DELETE is not allowed here; use GET")), admin);
    }

    [Fact]
    public async Task Head_answers_the_headers_of_the_json_error()
    {
        // A HEAD answer never carries a body (RFC 9110), so the JSON error shows in its headers only.
        using var request = new HttpRequestMessage(HttpMethod.Head, "api/v1/customers/1");
        using var response = await Client.SendAsync(request);

        Assert.Equal(405, (int)response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Encoding.UTF8.GetByteCount(MetaErrors("HEAD is not allowed here; use DELETE, PUT")), response.Content.Headers.ContentLength);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Customer.io documents JSON bodies; the emulator reads every body as JSON whatever its Content-Type (a choice, documented).</summary>
    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData(null)]
    public async Task Bodies_are_read_as_json_whatever_their_content_type(string? contentType)
    {
        Assert.Equal(new Answer(200, "{}", null), await WithContentType(Client, HttpMethod.Put, "api/v1/customers/1", """{"plan":"v1"}""", contentType));
        Assert.Equal(new Answer(200, "{}", null), await WithContentType(Client, HttpMethod.Post, "api/v2/batch", """{"batch":[{"type":"person","action":"event","identifiers":{"id":"1"},"name":"v2"}]}""", contentType));
        Assert.Equal(new Answer(200, "{}", null), await WithContentType(PipelinesClient, HttpMethod.Post, "v1/track", """{"userId":"1","event":"cdp"}""", contentType));
        var app = await WithContentType(AppClient, HttpMethod.Post, "v1/send/email", """{"transactional_message_id":"welcome","identifiers":{"id":"1"},"to":"ada@example.com"}""", contentType);

        Assert.Equal(200, app.Status);
        Assert.Equal("v1", Emulator.FindPerson("1")!.Attributes["plan"].GetString());
        Assert.Equal(["v2", "cdp"], Emulator.GetEvents("1").Select(e => e.Name));
        Assert.Single(Emulator.GetDeliveries());
    }

    private async Task<(int Status, string Allow, string? ContentType, string Body)> Raw(HttpMethod method, string path, HttpClient? client = null)
    {
        using var request = new HttpRequestMessage(method, path);
        using var response = await (client ?? Client).SendAsync(request);
        return ((int)response.StatusCode, string.Join(", ", response.Content.Headers.Allow), response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    private static async Task<Answer> WithContentType(HttpClient client, HttpMethod method, string path, string body, string? contentType)
    {
        using var request = new HttpRequestMessage(method, path) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        if (contentType is not null)
        {
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        using var response = await client.SendAsync(request);
        return new Answer((int)response.StatusCode, await response.Content.ReadAsStringAsync(), null);
    }
}
