using CustomerIO.Emulator.Admin;
using CustomerIO.Emulator.Hosting;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.Track.V1;

/// <summary><c>GET /api/v1/accounts/region</c>: the emulator's own URL as the workspace's region endpoint.</summary>
internal sealed partial class TrackV1Handlers
{
    private Task Region(HttpContext context)
    {
        State.Counters.AddAccepted("v1.region");
        var url = runtime.BaseUri.GetLeftPart(UriPartial.Authority);
        return Responses.Json(context, new RegionAnswer(url, runtime.Options.Region, runtime.Options.EnvironmentId), EmulatorJsonContext.Default.RegionAnswer);
    }
}

/// <summary>The answer of <c>GET /api/v1/accounts/region</c>.</summary>
internal sealed record RegionAnswer(string Url, string Region, long EnvironmentId);
