using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CustomerIO.Emulator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace CustomerIO.Samples.Tests;

/// <summary>
/// The ASP.NET Core sample's own Program, in its Development environment, talking to an emulator on loopback:
/// refused input answers 400 with a problem-details body (no stack trace), good input reaches Customer.io.
/// </summary>
[Collection(SamplesCollection.Name)]
public sealed class AspNetCoreSampleTests : IAsyncLifetime
{
    private CustomerIOEmulator _emulator = null!;
    private WebApplicationFactory<Program> _root = null!;
    private WebApplicationFactory<Program> _app = null!;

    public async Task InitializeAsync()
    {
        _emulator = await CustomerIOEmulator.StartAsync();
        _root = new WebApplicationFactory<Program>();
        _app = _root.WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Development");
            web.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["CustomerIO:Track:SiteId"] = _emulator.SiteId,
                ["CustomerIO:Track:ApiKey"] = _emulator.TrackApiKey,
                ["CustomerIO:Track:Endpoint"] = _emulator.TrackUri.ToString(),
            }));
        });
    }

    public async Task DisposeAsync()
    {
        await _root.DisposeAsync(); // and the factory made from it
        await _emulator.DisposeAsync();
    }

    [Theory]
    [InlineData("""{"userId":"","email":"ada@example.com","plan":"pro"}""")]
    [InlineData("""{"userId":"   ","email":"ada@example.com","plan":"pro"}""")]
    [InlineData("""{"email":"ada@example.com","plan":"pro"}""")]
    public async Task A_sign_up_without_a_user_id_answers_400_with_problem_details(string body)
    {
        using var client = _app.CreateClient();

        using var answer = await client.PostAsync("/signup", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
        var problem = await ReadProblem(answer);
        var traceId = problem.Single(p => p.Name == "traceId").Value;
        Assert.Equal(
            [
                ("type", "https://tools.ietf.org/html/rfc9110#section-15.5.1"),
                ("title", "The request holds data Customer.io would refuse."),
                ("status", "400"),
                ("detail", "The person identifier must not be empty."),
                ("parameter", "identifier"),
                ("traceId", traceId),
            ],
            problem);
        Assert.StartsWith("00-", traceId, StringComparison.Ordinal); // a W3C trace id, not a stack trace
        Assert.Empty(_emulator.GetPeople());
    }

    [Fact]
    public async Task A_sign_up_reaches_customer_io()
    {
        using var client = _app.CreateClient();

        using var answer = await client.PostAsJsonAsync("/signup", new { userId = "42", email = "ada@example.com", plan = "pro" });
        Assert.Equal(HttpStatusCode.Accepted, answer.StatusCode);
        await _app.DisposeAsync(); // stopping the app drains its queue

        var person = _emulator.FindPerson("42");
        Assert.NotNull(person);
        Assert.Equal(("ada@example.com", "pro"), (person.Email, person.Attributes["plan"].GetString()));
        Assert.Equal(["signed_up"], _emulator.GetEvents("42").Select(e => e.Name));
    }

    [Fact]
    public async Task A_body_that_is_not_json_answers_400_without_a_stack_trace()
    {
        using var client = _app.CreateClient();

        using var answer = await client.PostAsync("/signup", new StringContent("{", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var problem = await ReadProblem(answer);
        Assert.Equal(
            ["type", "title", "status", "traceId"],
            problem.Select(p => p.Name));
        Assert.Equal(
            ("https://tools.ietf.org/html/rfc9110#section-15.5.1", "The request could not be read.", "400"),
            (problem[0].Value, problem[1].Value, problem[2].Value));
    }

    /// <summary>The problem's members as text, in the order they were written.</summary>
    private static async Task<List<(string Name, string Value)>> ReadProblem(HttpResponseMessage answer)
    {
        using var document = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
        return document.RootElement.EnumerateObject()
            .Select(p => (p.Name, p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText()))
            .ToList();
    }
}
