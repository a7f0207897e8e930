using CustomerIO.Emulator.Hosting;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.Track.V1;

/// <summary><c>GET /api/v1/accounts/region</c>: the emulator's own URL as the workspace's region endpoint.</summary>
internal sealed partial class TrackV1Handlers
{
    internal Reply Region(HttpContext context)
    {
        State.Counters.AddAccepted("v1.region");
        var url = runtime.BaseUri.GetLeftPart(UriPartial.Authority);
        return Reply.Json(new RegionAnswer(url, runtime.Options.Region, runtime.Options.EnvironmentId), TrackJsonContext.Default.RegionAnswer);
    }
}
