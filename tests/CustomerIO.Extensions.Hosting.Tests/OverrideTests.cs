using System.Globalization;
using CustomerIO.Extensions.Hosting.Internal;
using CustomerIO.Track;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CustomerIO.Extensions.Hosting.Tests;

/// <summary>
/// Each shared setting, set at the top of <c>CustomerIO</c> and differently in one API section: that API uses the
/// section's value, every other API the top-level one.
/// </summary>
public sealed class OverrideTests
{
    private static readonly string[] Sections = ["Track", "App", "Pipelines"];

    /// <summary>Each shared setting: how the client options show it, for comparing with the configured text.</summary>
    private static readonly Dictionary<string, Func<CustomerIOClientOptions, string?>> Shown = new()
    {
        ["Region"] = o => o.Region.Name,
        ["Timeout"] = o => o.Timeout.ToString("c", CultureInfo.InvariantCulture),
        ["TotalTimeout"] = o => o.TotalTimeout.ToString("c", CultureInfo.InvariantCulture),
        ["ApplicationId"] = o => o.ApplicationId,
        ["Retry:MaxRetries"] = o => o.Retry.MaxRetries.ToString(CultureInfo.InvariantCulture),
        ["Retry:BaseDelay"] = o => o.Retry.BaseDelay.ToString("c", CultureInfo.InvariantCulture),
        ["Retry:MaxDelay"] = o => o.Retry.MaxDelay.ToString("c", CultureInfo.InvariantCulture),
        ["Retry:MaxRetryAfter"] = o => o.Retry.MaxRetryAfter.ToString("c", CultureInfo.InvariantCulture),
        ["Retry:RetryUnsafeOperations"] = o => o.Retry.RetryUnsafeOperations ? "true" : "false",
    };

    /// <summary>A shared setting, its top-level value, a section's value (both different from the default), and the section.</summary>
    public static TheoryData<string, string, string, string> Overrides()
    {
        (string Key, string Top, string Section)[] values =
        [
            ("Region", "eu", "us"),
            ("Timeout", "00:00:05", "00:00:30"),
            ("TotalTimeout", "00:00:50", "00:02:00"),
            ("ApplicationId", "Shop/1.0", "Shop-Worker/2.0"),
            ("Retry:MaxRetries", "2", "7"),
            ("Retry:BaseDelay", "00:00:00.5000000", "00:00:01"),
            ("Retry:MaxDelay", "00:00:09", "00:00:20"),
            ("Retry:MaxRetryAfter", "00:00:45", "00:01:30"),
            ("Retry:RetryUnsafeOperations", "false", "true"),
        ];
        var data = new TheoryData<string, string, string, string>();
        foreach (var (key, top, section) in values)
        {
            foreach (var api in Sections)
            {
                data.Add(key, top, section, api);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Overrides))]
    public void A_section_s_own_value_wins_over_the_top_level_one_for_that_api_only(string key, string top, string value, string api)
    {
        var settings = HostFactory.AllApis();
        settings["CustomerIO:" + key] = top;
        settings[$"CustomerIO:{api}:{key}"] = value;

        var options = Bind(settings);

        foreach (var section in Sections)
        {
            Assert.Equal(section == api ? value : top, Shown[key](Resolve(options, section)));
        }
    }

    [Fact]
    public void A_section_s_retry_key_replaces_only_that_key()
    {
        var settings = HostFactory.AllApis();
        settings["CustomerIO:Retry:MaxRetries"] = "6";
        settings["CustomerIO:Retry:BaseDelay"] = "00:00:00.400";
        settings["CustomerIO:Track:Retry:MaxRetries"] = "0";

        var retry = Resolve(Bind(settings), "Track").Retry;

        Assert.Equal((0, TimeSpan.FromMilliseconds(400), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30), false),
            (retry.MaxRetries, retry.BaseDelay, retry.MaxDelay, retry.MaxRetryAfter, retry.RetryUnsafeOperations));
    }

    [Fact]
    public void An_empty_application_id_in_a_section_means_none_for_that_api()
    {
        var settings = HostFactory.AllApis();
        settings["CustomerIO:ApplicationId"] = "Shop/1.0";
        settings["CustomerIO:App:ApplicationId"] = "";

        var options = Bind(settings);

        Assert.Equal((null, "Shop/1.0"), (Resolve(options, "App").ApplicationId, Resolve(options, "Track").ApplicationId));
    }

    [Fact]
    public void Endpoints_belong_to_their_section_only()
    {
        var settings = HostFactory.AllApis();
        settings["CustomerIO:App:Endpoint"] = "http://127.0.0.1:4010/app/";

        var options = Bind(settings);

        Assert.Equal(new Uri("http://127.0.0.1:4010/app/"), Resolve(options, "App").Endpoint);
        Assert.Null(Resolve(options, "Track").Endpoint);
        Assert.Null(Resolve(options, "Pipelines").Endpoint);
    }

    [Fact]
    public async Task The_track_client_is_made_with_the_track_section_s_values()
    {
        var settings = HostFactory.AllApis();
        settings["CustomerIO:Region"] = "eu";
        settings["CustomerIO:Track:Region"] = "us";
        settings["CustomerIO:App:Region"] = "eu";
        using var host = HostFactory.Build(settings, (s, c) => s.AddCustomerIO(c.GetSection("CustomerIO")));
        await host.StartAsync();

        Assert.Equal(new Uri("https://track.customer.io/"), host.Services.GetRequiredService<TrackClient>().Endpoint);
        await host.StopAsync();
    }

    [Fact]
    public void Resolving_changes_neither_the_top_level_nor_the_section_s_settings()
    {
        var options = new CustomerIOOptions { Retry = { MaxRetries = 4 }, Track = { Retry = { BaseDelay = TimeSpan.FromSeconds(1) } } };

        var resolved = EffectiveSettings.ToClientOptions<TrackClientOptions>(options, options.Track, httpClient: null);
        resolved.Retry.MaxRetries = 9;

        Assert.Equal((4, TimeSpan.FromMilliseconds(200), null), (options.Retry.MaxRetries, options.Retry.BaseDelay, options.Track.Retry.MaxRetries));
    }

    private static CustomerIOOptions Bind(Dictionary<string, string?> settings)
    {
        using var host = HostFactory.Build(settings, (s, c) => s.AddCustomerIO(c.GetSection("CustomerIO")));
        return host.Services.GetRequiredService<IOptionsMonitor<CustomerIOOptions>>().Get(Options.DefaultName);
    }

    private static TrackClientOptions Resolve(CustomerIOOptions options, string section) =>
        EffectiveSettings.ToClientOptions<TrackClientOptions>(options, section switch
        {
            "Track" => options.Track,
            "App" => options.App,
            _ => options.Pipelines,
        }, httpClient: null);
}
