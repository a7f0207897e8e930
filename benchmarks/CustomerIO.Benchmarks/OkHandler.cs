using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace CustomerIO.Benchmarks;

/// <summary>Answers every request <c>200 {}</c> in process, so a queue's uploads cost nearly nothing and never leave the machine.</summary>
internal sealed class OkHandler : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{}") });
}
