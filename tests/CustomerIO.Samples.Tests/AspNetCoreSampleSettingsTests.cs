using CustomerIO.Extensions.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CustomerIO.Samples.Tests;

/// <summary>
/// The ASP.NET Core sample's own appsettings files, with nothing added: they are in the per-API shape
/// (<c>CustomerIO:Track:…</c>) the hosting package reads, so a key of the old flat shape would fail here.
/// </summary>
[Collection(SamplesCollection.Name)]
public sealed class AspNetCoreSampleSettingsTests
{
    [Fact]
    public async Task Without_credentials_the_sample_refuses_to_start_naming_the_track_keys()
    {
        await using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web.UseEnvironment("Production"));

        var error = Assert.Throws<OptionsValidationException>(() => app.CreateClient());

        Assert.Equal(
            [
                "CustomerIO:Track:SiteId is missing: set the workspace's site id.",
                "CustomerIO:Track:ApiKey is missing: set the workspace's Track API key.",
            ],
            error.Failures);
    }

    [Fact]
    public async Task The_development_settings_point_the_track_api_at_a_local_emulator()
    {
        await using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web.UseEnvironment("Development"));
        using var client = app.CreateClient();

        var options = app.Services.GetRequiredService<IOptions<CustomerIOOptions>>().Value;

        Assert.Equal(("emulator-site", new Uri("http://127.0.0.1:4010/"), "CustomerIO.Samples.AspNetCore/1.0"), (options.Track.SiteId, options.Track.Endpoint, options.ApplicationId));
        Assert.Equal(TimeSpan.FromSeconds(1), options.Track.Queue.FlushInterval);
    }
}
