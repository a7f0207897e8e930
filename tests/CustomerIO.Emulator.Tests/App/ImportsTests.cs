using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Time.Testing;

namespace CustomerIO.Emulator.Tests.App;

/// <summary>Imports of CSV files served on loopback: people, events, objects and relationships applied; other hosts refused.</summary>
public sealed class ImportsTests : EmulatorTest
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.FromUnixTimeSeconds(1_800_000_000));

    protected override CustomerIOEmulatorOptions CreateOptions() => new() { TimeProvider = _time };

    [Fact]
    public async Task A_people_import_applies_its_rows_and_reads_back()
    {
        using var file = CsvFile.Serve("email,plan,seats\r\nann@example.com,pro,5\r\n,free,1\r\nbo@example.com,\"team, yearly\",\r\n");
        var body = "{\"import\":{\"name\":\"signups\",\"data_file_url\":\"" + file.Url + "\",\"type\":\"people\",\"identifier\":\"email\"}}";
        const string Expected =
            """{"import":{"name":"signups","description":null,"type":"people","state":"imported","data_to_process":"all","rows_to_import":3,"rows_imported":2,"created_at":1800000000,"updated_at":1800000000,"identifier":"email","people_to_process":"all","id":1}}""";

        Assert.Equal(new Answer(200, Expected, null), await App(HttpMethod.Post, "v1/imports", body));
        Assert.Equal(new Answer(200, Expected, null), await App(HttpMethod.Get, "v1/imports/1"));
        var bo = Emulator.FindPerson("bo@example.com")!;
        Assert.Equal(("bo@example.com", "team, yearly", false), (bo.Email, bo.Attributes["plan"].GetString(), bo.Attributes.ContainsKey("seats")));
        Assert.Equal("5", Emulator.FindPerson("ann@example.com")!.Attributes["seats"].GetString());
        Assert.Equal(new Answer(404, """{"meta":{"error":"import not found"}}""", null), await App(HttpMethod.Get, "v1/imports/2"));
    }

    [Fact]
    public async Task Events_objects_and_relationships_are_applied_and_only_existing_skips_new_people()
    {
        await Put("api/v1/customers/1", "{}");
        using var events = CsvFile.Serve("id,name,timestamp,total\n1,purchase,1700000000,12\n2,purchase,,3\n");
        using var objects = CsvFile.Serve("object_id,name\nacme,Acme\n");
        using var relationships = CsvFile.Serve("id,object_type_id,object_id\n1,1,acme\n");

        var imported = await App(HttpMethod.Post, "v1/imports", "{\"import\":{\"name\":\"e\",\"data_file_url\":\"" + events.Url + "\",\"type\":\"event\",\"identifier\":\"id\",\"data_to_process\":\"only_existing\"}}");
        await App(HttpMethod.Post, "v1/imports", "{\"import\":{\"name\":\"o\",\"data_file_url\":\"" + objects.Url + "\",\"type\":\"object\",\"object_type_id\":\"1\"}}");
        await App(HttpMethod.Post, "v1/imports", "{\"import\":{\"name\":\"r\",\"data_file_url\":\"" + relationships.Url + "\",\"type\":\"relationship\",\"identifier\":\"id\"}}");

        Assert.Contains("\"rows_to_import\":2,\"rows_imported\":1", imported.Body, StringComparison.Ordinal);
        var purchase = Assert.Single(Emulator.GetEvents("1"));
        Assert.Equal(("purchase", 1700000000L, "12"), (purchase.Name, purchase.Timestamp, purchase.Data!.Value.GetProperty("total").GetString()));
        Assert.Null(Emulator.FindPerson("2"));
        var acme = Assert.Single(Emulator.GetObjects());
        Assert.Equal(("Acme", Emulator.FindPerson("1")!.CioId), (acme.Attributes["name"].GetString(), Assert.Single(acme.Relationships).PersonCioId));
    }

    [Fact]
    public async Task Files_off_loopback_fail_and_malformed_imports_are_refused()
    {
        var remote = await App(HttpMethod.Post, "v1/imports", """{"import":{"name":"x","data_file_url":"https://files.example.com/x.csv","type":"people","identifier":"id"}}""");

        // A name is looked up, and a lookup may leave the machine: even "localhost" is refused, not fetched.
        var named = await App(HttpMethod.Post, "v1/imports", """{"import":{"name":"x","data_file_url":"http://localhost:9/x.csv","type":"people","identifier":"id"}}""");

        foreach (var refused in new[] { remote, named })
        {
            Assert.Contains("\"state\":\"failed\"", refused.Body, StringComparison.Ordinal);
            Assert.Contains("\"error\":\"the emulator downloads data files only from literal loopback addresses such as 127.0.0.1 (it never reaches the network)\"", refused.Body, StringComparison.Ordinal);
        }

        Assert.Equal(new Answer(400, """{"meta":{"error":"import is required"}}""", null), await App(HttpMethod.Post, "v1/imports", "{}"));
        Assert.Equal(new Answer(400, """{"meta":{"error":"import.identifier must be id or email"}}""", null),
            await App(HttpMethod.Post, "v1/imports", """{"import":{"name":"x","data_file_url":"http://127.0.0.1/x.csv","type":"people","identifier":"cio_id"}}"""));
        Assert.Equal(new Answer(400, """{"meta":{"error":"import.object_type_id is required"}}""", null),
            await App(HttpMethod.Post, "v1/imports", """{"import":{"name":"x","data_file_url":"http://127.0.0.1/x.csv","type":"object"}}"""));
        Assert.Equal(new Answer(400, """{"meta":{"error":"an event import takes only all or only_existing"}}""", null),
            await App(HttpMethod.Post, "v1/imports", """{"import":{"name":"x","data_file_url":"http://127.0.0.1/x.csv","type":"event","identifier":"id","data_to_process":"only_new"}}"""));
    }

    /// <summary>Serves one CSV file on 127.0.0.1 (a free port) until disposed.</summary>
    private sealed class CsvFile : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly byte[] _body;

        private CsvFile(string body, int port)
        {
            _body = Encoding.UTF8.GetBytes(body);
            Url = $"http://127.0.0.1:{port}/data.csv";
            _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            _listener.Start();
            _ = ServeAsync();
        }

        public string Url { get; }

        public static CsvFile Serve(string body)
        {
            using var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            return new CsvFile(body, port);
        }

        public void Dispose() => _listener.Close();

        private async Task ServeAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }

                await context.Response.OutputStream.WriteAsync(_body);
                context.Response.Close();
            }
        }
    }
}
