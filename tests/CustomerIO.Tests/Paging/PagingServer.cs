using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerIO.Tests.Paging;

/// <summary>
/// A list endpoint on Kestrel at 127.0.0.1 (a free port): every request's method, path and raw query string is
/// recorded in order (<see cref="Requests"/>), then answered as the test's function says.
/// </summary>
internal sealed class PagingServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<string> _requests = new();

    private PagingServer(Func<int, IQueryCollection, (int Status, string Body)> answer)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.Run(async context =>
        {
            _requests.Enqueue($"{context.Request.Method} {context.Request.Path}{context.Request.QueryString}");
            var (status, body) = answer(_requests.Count, context.Request.Query);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(body);
        });
    }

    /// <summary>The root the list path is relative to.</summary>
    public Uri Root { get; private set; } = null!;

    /// <summary>Every request received, in order, as <c>GET /v1/items?limit=2</c>.</summary>
    public IReadOnlyList<string> Requests => _requests.ToArray();

    /// <summary>Starts a server; <paramref name="answer"/> gets the request's number (from 1) and its query.</summary>
    public static async Task<PagingServer> StartAsync(Func<int, IQueryCollection, (int Status, string Body)> answer)
    {
        var server = new PagingServer(answer);
        await server._app.StartAsync();
        var bound = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Root = new Uri(bound.TrimEnd('/') + "/");
        return server;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
