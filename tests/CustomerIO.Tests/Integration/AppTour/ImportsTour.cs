using System.Net;
using System.Net.Sockets;
using System.Text;
using CustomerIO.App;
using CustomerIO.Emulator;
using CustomerIO.Track;

namespace CustomerIO.Tests.Integration.AppTour;

/// <summary>Imports: a people CSV served on loopback imported and read back; one from another host fails, as the emulator never reaches the network.</summary>
internal sealed class ImportsTour : AppTourArea
{
    public override string Area => "Imports";

    public override async Task WalkAsync(AppClient app, TrackClient track, CustomerIOEmulator emulator)
    {
        using var file = LoopbackFile.Serve("id,email,plan\n10,ten@example.com,pro\n11,,\"free, for now\"\n,nobody@example.com,x\n");

        var people = CsvImport.People("october signups", file.Url, ImportIdentifier.Id);
        people.Description = "from the shop";
        var started = await app.Imports.CreateAsync(people);

        Assert.Equal((ImportState.Imported, ImportType.People, 3L, 2L), (started.State!.Value, started.Type!.Value, started.RowsToImport, started.RowsImported));
        var read = await app.Imports.GetAsync(started.Id);
        Assert.Equal(("october signups", "from the shop", ImportIdentifier.Id), (read.Name, read.Description, read.Identifier!.Value));
        Assert.Equal("free, for now", (await app.Customers.GetAttributesAsync("11")).Attributes!["plan"]);
        Assert.Equal("ten@example.com", emulator.FindPerson("10")!.Email);

        var remote = await app.Imports.CreateAsync(CsvImport.Objects("companies", new Uri("https://files.example.com/companies.csv"), "1"));
        Assert.Equal(ImportState.Failed, remote.State!.Value);
        Assert.Equal("the emulator downloads data files only from literal loopback addresses such as 127.0.0.1 (it never reaches the network)", remote.Error);
    }
}

/// <summary>Serves one text file on <c>127.0.0.1</c> (a free port) until disposed, as a file host would.</summary>
internal sealed class LoopbackFile : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly byte[] _body;

    private LoopbackFile(string body, int port)
    {
        _body = Encoding.UTF8.GetBytes(body);
        Url = new Uri($"http://127.0.0.1:{port}/data.csv");
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _ = ServeAsync();
    }

    public Uri Url { get; }

    public static LoopbackFile Serve(string body)
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new LoopbackFile(body, port);
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

            context.Response.ContentType = "text/csv";
            await context.Response.OutputStream.WriteAsync(_body);
            context.Response.Close();
        }
    }
}
